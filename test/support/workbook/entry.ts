/**
 * How Excel reads what is written through `range.values` / `range.formulas`: like a person
 * typing into the cell. This is where adapters go wrong, so the fake models it strictly:
 * - "=…" is a formula; per the Range.values docs, text starting with "+" or "-" is read as a
 *   formula too ("-abc" → `=-abc`), and so is "@…" (Excel's Lotus-style entry; modelled strictly
 *   because SPEC §9 requires names starting with "@" to stay text).
 * - A leading apostrophe keeps the rest as text ("'=1+1" → the text "=1+1").
 * - Text in a cell formatted "@" is stored exactly as written, whatever it looks like.
 * - Numeric text becomes a number ("2024" → 2024, "1,234" → 1234, "12.5%" → 0.125), "TRUE" a
 *   boolean, "#N/A" an error, ISO or US dates ("2025-06-30", "6/30/2025") a date serial.
 * - null (and NaN/Infinity, which JSON sends as null) leaves the cell unchanged; "" clears it.
 * Not modelled: currency, times, fractions, and locale-specific date orders.
 */
import { ERROR_LITERALS } from "./engine";

export type Entry =
  | { readonly kind: "skip" }
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number; readonly impliedFormat?: string }
  | { readonly kind: "text"; readonly value: string; readonly quotePrefix: boolean }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "formula"; readonly formula: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

function parseNumber(text: string): { value: number; impliedFormat?: string } | null {
  let body = text;
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  if (!/\d/.test(body) || !NUMBER.test(body)) return null;
  const grouped = body.includes(",");
  const value = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  const decimals = /\.(\d+)/.exec(body)?.[1]?.length ?? 0;
  if (percent) return { value: value / 100, impliedFormat: decimals > 0 ? "0.00%" : "0%" };
  if (grouped) return { value, impliedFormat: decimals > 0 ? "#,##0.00" : "#,##0" };
  return { value };
}

/** Excel's serial day number (1900 date system) for a calendar date, or null if the date is invalid. */
export function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const serial = Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
  return serial >= 61 ? serial : null;
}

function parseDate(text: string): number | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return dateSerial(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

/** Reads one entry written through values/formulas into a cell whose number format is `numberFormat`. */
export function interpretEntry(raw: unknown, numberFormat: string): Entry | "invalid" {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "number", value: raw } : { kind: "skip" };
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  if (typeof raw !== "string") return "invalid";
  if (raw === "") return { kind: "blank" };
  if (numberFormat === "@") return { kind: "text", value: raw, quotePrefix: false };
  if (raw.startsWith("'")) return { kind: "text", value: raw.slice(1), quotePrefix: true };
  if (raw.startsWith("=")) return { kind: "formula", formula: raw };
  const trimmed = raw.trim();
  const number = parseNumber(trimmed);
  if (number) return { kind: "number", ...number };
  const date = parseDate(trimmed);
  if (date !== null) return { kind: "number", value: date, impliedFormat: "m/d/yyyy" };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  if ((ERROR_LITERALS as readonly string[]).includes(upper)) return { kind: "error", value: upper };
  if ((raw.startsWith("+") || raw.startsWith("-")) && raw.length > 1) return { kind: "formula", formula: `=${raw}` };
  if (raw.startsWith("@") && raw.length > 1) return { kind: "formula", formula: `=${raw.slice(1)}` };
  return { kind: "text", value: raw, quotePrefix: false };
}
