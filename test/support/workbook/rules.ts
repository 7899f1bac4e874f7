/**
 * Excel's naming rules, enforced where Excel enforces them (at sync, with Excel's error codes).
 * Sheet names: 1–31 characters, none of \ / ? * [ ] :, not starting or ending with an
 * apostrophe, not the reserved "History", unique case-insensitively.
 * Table and defined names: a letter, "_" or "\" first, then letters, digits, "." or "_";
 * no spaces; ≤ 255 characters; not "C"/"R"; not readable as a cell reference (A1 or R1C1);
 * unique case-insensitively across tables and defined names.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex } from "./address";
import { officeError, type FakeOfficeError } from "./errors";

const SHEET_FORBIDDEN = /[\\/?*[\]:]/;

/** Why `name` cannot name a sheet, or null when it can (uniqueness is checked separately). */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "A sheet name must be text.";
  if (name.trim().length === 0) return "A sheet name cannot be blank.";
  if (name.length > 31) return `A sheet name can have at most 31 characters; "${name}" has ${name.length}.`;
  if (SHEET_FORBIDDEN.test(name)) return `A sheet name cannot contain any of \\ / ? * [ ] : ("${name}").`;
  if (name.startsWith("'") || name.endsWith("'")) return `A sheet name cannot begin or end with an apostrophe ("${name}").`;
  if (name.toLowerCase() === "history") return 'The sheet name "History" is reserved by Excel.';
  return null;
}

export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** True for names Excel would read as a cell: "A1", "xfd1048576", "R1C1", "R2", "C3". */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const col = columnIndex(a1[1]!);
    const row = Number(a1[2]);
    if (col < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS) return true;
  }
  return /^[Rr]\d*[Cc]\d*$/.test(name) || /^[Rr]\d+$/.test(name) || /^[Cc]\d+$/.test(name);
}

/** Why `name` cannot name a table or a defined name, or null when it can. */
export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.length === 0) return "A name cannot be blank.";
  if (name.length > 255) return "A name can have at most 255 characters.";
  if (/\s/u.test(name)) return `A name cannot contain spaces ("${name}").`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return `A name must start with a letter, underscore or backslash and contain only letters, digits, periods and underscores ("${name}").`;
  }
  if (/^[CcRr]$/.test(name)) return `"${name}" is reserved by Excel.`;
  if (looksLikeCellReference(name)) return `"${name}" reads as a cell reference.`;
  return null;
}

export function invalidName(problem: string, location: string): FakeOfficeError {
  return officeError("InvalidArgument", problem, location);
}
