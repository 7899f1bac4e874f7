/**
 * What "good Chinese" means for the catalogue test, as checks on one text:
 * - full-width punctuation: no ASCII , ; : ? ! ( ) beside a Chinese character. ASCII stays
 *   right inside code, formulas, numbers and Latin terms: "FIELDS(公司)" (a call: the "(" follows
 *   a letter), "ExcelApi 1.7", "12:30", "(Chinese)" in an English word;
 * - the glossary's rejected terms (docs/glossary.md) appear nowhere.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const ASCII_MARKS = new Set([",", ";", ":", "?", "!", "(", ")"]);

function neighbour(chars: readonly string[], from: number, step: 1 | -1): string {
  for (let i = from + step; i >= 0 && i < chars.length; i += step) if (chars[i] !== " ") return chars[i]!;
  return "";
}

/** ASCII marks beside Chinese in `text`, each with a little context, e.g. "的来源(查看". */
export function asciiPunctuationInChinese(text: string): string[] {
  const chars = [...text];
  const found: string[] = [];
  const calls: number[] = []; // depth of "(" opened as a call: their ")" is code too
  chars.forEach((ch, i) => {
    if (!ASCII_MARKS.has(ch)) return;
    const before = neighbour(chars, i, -1);
    const after = neighbour(chars, i, 1);
    if (ch === "(") {
      // A call ("FIELDS(公司)"), or a Latin aside ("English (Chinese)"): no Chinese before the
      // "(" and none inside the brackets.
      const close = chars.indexOf(")", i);
      const inside = close < 0 ? "" : chars.slice(i + 1, close).join("");
      const call = /[A-Za-z0-9_.]/.test(chars[i - 1] ?? "") || (!HAN.test(before) && close > 0 && !HAN.test(inside));
      calls.push(call ? 1 : 0);
      if (call) return;
    } else if (ch === ")") {
      if (calls.pop() === 1) return;
    }
    if (HAN.test(before) || HAN.test(after)) found.push(chars.slice(Math.max(0, i - 6), i + 6).join(""));
  });
  return found;
}

export interface Glossary {
  /** Rejected term → the term to use. */
  readonly rejected: ReadonlyMap<string, string>;
  /** Compounds that contain a rejected term and stay (e.g. 净资产收益率, the name of ROE). */
  readonly allowedCompounds: readonly string[];
}

/**
 * docs/glossary.md's table: | Concept | English | Chinese | Rejected | Why |; "Rejected" lists
 * terms separated by "、". A line "Allowed compounds: a、b" lists compounds that stay.
 */
export function readGlossary(root: string): Glossary {
  const text = readFileSync(join(root, "docs", "glossary.md"), "utf8");
  const rejected = new Map<string, string>();
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 6 || cells[1] === "Concept" || /^-+$/.test(cells[1] ?? "")) continue;
    const chosen = cells[3] ?? "";
    for (const term of (cells[4] ?? "").split("、").map((t) => t.trim()).filter((t) => t !== "" && t !== "—")) rejected.set(term, chosen);
  }
  const allowed = /^Allowed compounds:\s*(.+)$/m.exec(text)?.[1]?.split("、").map((t) => t.trim()).filter(Boolean) ?? [];
  return { rejected, allowedCompounds: allowed };
}

/** Rejected terms used in `text` (outside the allowed compounds). */
export function rejectedTermsIn(text: string, glossary: Glossary): string[] {
  let rest = text;
  for (const compound of glossary.allowedCompounds) rest = rest.split(compound).join("");
  return [...glossary.rejected.keys()].filter((term) => rest.includes(term));
}
