/**
 * Spreadsheet errors as values. Core code never throws for bad user input: it returns a
 * `CellError`, and only the custom-functions edge turns it into `CustomFunctions.Error`.
 * Messages are carried in both languages so the edge can pick Excel's display language.
 */

/** The Excel error kinds core can produce or receive. Only #VALUE! and #N/A carry a message in Excel. */
export type ErrorKind = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#REF!" | "#NAME?" | "#NULL!" | "#GETTING_DATA";

/** A message in both languages users read. */
export interface Localized {
  readonly en: string;
  readonly zh: string;
}

export interface CellError {
  readonly error: ErrorKind;
  readonly message?: Localized;
}

export function cellError(error: ErrorKind, message?: Localized): CellError {
  return message ? { error, message } : { error };
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

/** Display language for messages and labels. */
export type Lang = "en" | "zh";

/** zh-* → Chinese, everything else → English (SPEC section 6). */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === "string" && /^zh\b/i.test(locale.trim()) ? "zh" : "en";
}

export function pick(message: Localized, lang: Lang): string {
  return lang === "zh" ? message.zh : message.en;
}
