/**
 * Errors the fake raises, shaped like Office.js's `OfficeExtension.Error` (runtime name
 * "RichApi.Error"): `code`, `message`, `debugInfo.{code,message,errorLocation}`, so adapter code
 * that switches on `error.code` behaves as it would in Excel. Messages are Excel's where the
 * client library ships them (PropertyNotLoaded, ApiNotFound, InvalidObjectPath ...); host-side
 * messages are paraphrases of what Excel returns.
 *
 * `FakeLimitationError` is different on purpose: it means "the fake does not model this" (e.g. a
 * structured reference HyperFormula cannot evaluate). It is never an Office error code, so a test
 * cannot mistake it for Excel rejecting the adapter's request.
 */

export type OfficeErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "CannotUpdateReadOnlyProperty"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "InvalidRequestContext"
  | "InvalidSelection"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

const DEFAULT_MESSAGES: Record<OfficeErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  CannotUpdateReadOnlyProperty: "The property is read-only and it cannot be updated.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath:
    "The object path isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
  InvalidOperation: "The operation is not valid for the object in its current state.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict: "Cannot complete the operation: it would change only part of a merged cell.",
  PropertyNotLoaded:
    "The property is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    "The batch function passed to the \".run\" method didn't return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from \"context.sync()\".",
  ValueNotLoaded:
    "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.",
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** Stand-in for `OfficeExtension.Error` as Office.js throws it. */
export class FakeOfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: OfficeErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? DEFAULT_MESSAGES[code];
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message: text } : { code, message: text, errorLocation };
  }
}

export function officeError(code: OfficeErrorCode, message?: string, errorLocation?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}

/** Office.js's exact wording, kept so tests can match it. */
export function propertyNotLoaded(property: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

export function apiNotFound(api: string, requirementSet: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The method or property ${api} is part of the ${requirementSet} requirement set, which is not available in your version of Excel.`,
    api,
  );
}

/** The shape mismatch message Excel gives for values/formulas/numberFormat writes. */
export const SHAPE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** The fake met something it does not model; the test (or the fake) must change, not the adapter's error handling. */
export class FakeLimitationError extends Error {
  constructor(message: string) {
    super(`Fake Excel limitation: ${message}`);
    this.name = "FakeExcelLimitation";
  }
}
