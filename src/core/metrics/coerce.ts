/**
 * Reading one cell as a number the way Excel arithmetic does: numbers as they are, numeric text
 * ("12.5", "1,234", "12.5%", " 3 ", full-width "１２３") as numbers, blank (null or "") as missing.
 * Anything else is an error value naming the function and argument. Hot path: called once per
 * cell, so numbers return without allocating and errors are built only when they happen.
 */
import { cellError, isCellError, type CellError } from "../errors";
import { METRICS_MSG } from "./messages";

/** Shared error values without a message (Excel shows none for these codes). */
/** A result too large to show (every function: the cause is the inputs together, not one of them). */
export const NUM: CellError = Object.freeze(cellError("#NUM!", METRICS_MSG.tooLarge));

/** #DIV/0! naming the divisor argument of `fn`. */
export function divByZero(fn: string, arg: string): CellError {
  return Object.freeze(cellError("#DIV/0!", METRICS_MSG.divByZero(fn, arg)));
}

/** #NUM! saying `arg` of `fn` must be more than 0. */
export function notPositive(fn: string, arg: string): CellError {
  return Object.freeze(cellError("#NUM!", METRICS_MSG.notPositive(fn, arg)));
}

/** Digits with optional thousands separators (groups of exactly three), decimals and exponent. */
const NUMERIC_BODY = /^(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:e[+-]?\d+)?$/i;
const HAS_MANTISSA_DIGIT = /^[^e]*\d/i;
/** Minus signs NFKC leaves alone (U+2212 minus, dashes) that people paste from documents. */
const MINUS_LIKE = /[\u2212\u2012\u2013\uFE63]/g;
const NON_ASCII = /[^\x20-\x7e]/;

/**
 * Parse numeric text. Returns the number, `null` for text that is blank after trimming (a cell
 * holding only spaces is missing data, not an error), or `undefined` when the text is not a number.
 * Accepts a sign, accounting parentheses "(1,234)" = −1234 and a trailing percent sign, as Excel does.
 */
export function parseNumericText(raw: string): number | null | undefined {
  let s = NON_ASCII.test(raw) ? raw.normalize("NFKC").replace(MINUS_LIKE, "-") : raw;
  s = s.trim();
  if (s === "") return null;
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  } else if (s.startsWith("-") || s.startsWith("+")) {
    negative = s.startsWith("-");
    s = s.slice(1).trimStart();
  }
  if (!NUMERIC_BODY.test(s) || !HAS_MANTISSA_DIGIT.test(s)) return undefined;
  let body = s.includes(",") ? s.replace(/,/g, "") : s;
  if (percent) {
    // Shift the decimal exponent in the text rather than divide: "9.12%" must read exactly as
    // 0.0912 does, and 9.12 / 100 is 0.09119999999999999.
    const [mantissa, exponent = "0"] = body.split(/e/i) as [string, string?];
    body = `${mantissa}e${Number(exponent) - 2}`;
  }
  const n = Number(body);
  return negative ? -n : n;
}

/**
 * One cell as a number: a finite number, `null` for blank, or an error value (an input error
 * passes through unchanged; text and booleans give #VALUE! naming `fn` and `arg`; NaN, ±Infinity
 * or numeric text that overflows give #NUM!).
 */
export function toNumber(value: unknown, fn: string, arg: string): number | null | CellError {
  if (typeof value === "number") return Number.isFinite(value) ? value : cellError("#NUM!", METRICS_MSG.notFinite(fn, arg));
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    if (value === "") return null;
    const n = parseNumericText(value);
    if (n === undefined) return cellError("#VALUE!", METRICS_MSG.notNumber(fn, arg, value));
    if (n !== null && !Number.isFinite(n)) return cellError("#NUM!", METRICS_MSG.notFinite(fn, arg));
    return n;
  }
  if (typeof value === "boolean") return cellError("#VALUE!", METRICS_MSG.notBoolean(fn, arg, value));
  if (isCellError(value)) return value;
  return cellError("#VALUE!", METRICS_MSG.unsupported(fn, arg));
}

/** A result number as Excel may show it: non-finite → #NUM!, −0 → 0. */
export function finite(x: number): number | CellError {
  if (!Number.isFinite(x)) return NUM;
  return x === 0 ? 0 : x;
}
