/** Helpers for the fake's own tests (and the adapter's): await a rejection and check its Office error code. */
import { expect } from "vitest";
import { FakeOfficeError, type OfficeErrorCode } from "./errors";

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}

/** Awaits `promise`, expects a FakeOfficeError with `code` (and `message` text, if given); returns it. */
export async function expectOfficeError(promise: Promise<unknown>, code: OfficeErrorCode, message?: string | RegExp): Promise<FakeOfficeError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(FakeOfficeError);
  const office = error as FakeOfficeError;
  expect(office.code).toBe(code);
  expect(office.name).toBe("RichApi.Error");
  if (message !== undefined) expect(office.message).toMatch(message);
  return office;
}

/** The same for code that throws synchronously (PropertyNotLoaded, ApiNotFound). */
export function expectOfficeErrorNow(run: () => unknown, code: OfficeErrorCode, message?: string | RegExp): FakeOfficeError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FakeOfficeError);
  const office = caught as FakeOfficeError;
  expect(office.code).toBe(code);
  if (message !== undefined) expect(office.message).toMatch(message);
  return office;
}
