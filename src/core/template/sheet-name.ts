/**
 * Worksheet names: Excel allows at most 31 characters, none of \ / ? * [ ] :, not blank,
 * not starting or ending with an apostrophe, and compares names case-insensitively.
 */

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

/** Removes forbidden characters, trims apostrophes and spaces, cuts to 31; "Sheet" if nothing is left. */
export function sanitizeSheetName(raw: string): string {
  // eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name; this removes them
  let s = raw.replace(FORBIDDEN, " ").replace(/[\u0000-\u001f]/g, "").replace(/\s+/g, " ").trim();
  s = s.replace(/^'+/, "").replace(/'+$/, "").trim();
  s = cut(s, SHEET_NAME_MAX).replace(/'+$/, "").trim();
  return s === "" ? "Sheet" : s;
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair (Excel counts UTF-16 units). */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/** The base name of a company's sheet: short name and ticker ("爱尔眼科 300015.SZ"), sanitized. */
export function companySheetName(shortName: string, ticker: string | undefined): string {
  return sanitizeSheetName(ticker ? `${shortName} ${ticker}` : shortName);
}

/**
 * `base` when no existing sheet has that name (case-insensitively), else "base (2)",
 * "base (3)", ... with the base shortened so the whole stays within 31 characters.
 */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const name of existing) taken.add(name.toLocaleUpperCase());
  const clean = sanitizeSheetName(base);
  if (!taken.has(clean.toLocaleUpperCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head = cut(clean, SHEET_NAME_MAX - suffix.length).replace(/'+$/, "").trimEnd();
    const candidate = `${head}${suffix}`;
    if (!taken.has(candidate.toLocaleUpperCase())) return candidate;
  }
}

/** Why a name is not a valid sheet name, or null when it is. */
export function sheetNameProblem(name: string): "blank" | "too-long" | "forbidden-character" | "apostrophe" | null {
  if (name.trim() === "") return "blank";
  if (name.length > SHEET_NAME_MAX) return "too-long";
  if (/[\\/?*[\]:]/.test(name)) return "forbidden-character";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  return null;
}
