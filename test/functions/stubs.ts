/**
 * A stand-in for the custom-functions runtime globals: CustomFunctions.Error and ErrorCode as
 * the runtime defines them, and Office.context.displayLanguage. Install with vi.stubGlobal.
 */
export class StubError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const stubCustomFunctions = {
  Error: StubError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};

export function stubOffice(displayLanguage: string) {
  return { context: { displayLanguage } };
}
