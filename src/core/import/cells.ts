/**
 * One body cell of an imported table read as a number, the way terminals and models print
 * them: thousands separators (1,234 / 1，234), accounting negatives "(1,234)", a trailing or
 * leading unit glued on ("12.5%", "1,234万元"), full-width digits. Blank markers that terminals
 * write for "no figure" (--, -, —, N/A, 无) are blanks: a blank stays blank, never zero.
 * Anything else — words, a formula such as "=cmd|' /C calc'!A0", an error value — is text, and
 * text in a number cell is refused with its place named (never evaluated, never stored).
 */

export type CellRead =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number; readonly printed: string; readonly percent: boolean; readonly unitText?: string }
  | { readonly kind: "text"; readonly text: string };

const BLANK_MARKERS = new Set(["", "-", "--", "---", "—", "——", "–", "N/A", "NA", "N.A.", "#N/A", "NULL", "NONE", "NAN", "无", "暂无", "不适用"]);

const NUMBER = /^([+-]?)(\d{1,3}(?:[,，]\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A unit glued to the number ("1,234万元", "115.07亿"): the suffix must not contain digits. */
const GLUED = /^(.*?\d)\s*([^\d\s()（）.,，%+-][^\d]*)$/;

export function readCell(raw: string | number | boolean | null | undefined): CellRead {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "boolean") return { kind: "text", text: String(raw).toUpperCase() };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "text", text: String(raw) };
    return { kind: "number", value: raw, printed: String(raw), percent: false };
  }
  const printed = raw.trim();
  let s = printed.normalize("NFKC").replace(/\s+/g, "");
  if (BLANK_MARKERS.has(s.toUpperCase())) return { kind: "blank" };
  let negative = false;
  // Accounting negative: (1,234) or （1,234）, after NFKC both are ASCII parentheses.
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!;
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  let unitText: string | undefined;
  const glued = percent ? null : GLUED.exec(s);
  if (glued) {
    s = glued[1]!;
    unitText = glued[2]!;
  }
  const m = NUMBER.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { kind: "text", text: printed };
  const digits = `${m[1]}${m[2] ?? "0"}${m[3] !== undefined ? `.${m[3]}` : ""}${m[4] !== undefined ? `e${m[4]}` : ""}`.replace(/[,，]/g, "");
  let value = Number(digits);
  if (!Number.isFinite(value)) return { kind: "text", text: printed };
  if (negative) {
    if (m[1] === "-") return { kind: "text", text: printed };
    value = -value;
  }
  return { kind: "number", value: value === 0 ? 0 : value, printed, percent, ...(unitText !== undefined ? { unitText } : {}) };
}

/** True for text that a spreadsheet would run as a formula if written as a value (=, +, -, @ first). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text.trim()) && readCell(text).kind !== "number";
}
