/**
 * Citation checks for the seed figures (run by `npm run check:citations -- <articles folder>`):
 * each figure's cited line contains its printed text (line.includes(printed)), and the printed
 * text contains the stored value — directly ("115.07" in "115.07 亿元"), with thousand
 * separators ("8,520 万元" for 8520), or in another scale written in the text ("1200万元" for
 * 0.12 亿元, "千万元" for 1000 万元), and for percentages in words ("六成" 60%, "过半" 50%,
 * "三分之一" 33.33%). Derived figures cite the figure they derive from, so only
 * their printed text is checked. Pure: the caller reads the articles.
 */
import { figureId } from "../../src/core/dataset/figure-id";
import { exponentOf, numberTokens, shiftDecimal, unitDef } from "../../src/core/dataset/numbers";
import type { FigureInput, SourceInput } from "../../src/core/dataset/types";

export interface CitationFailure {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly printed: string;
  readonly problem: string;
}

/** Scale words that may follow a number in the text (longest first). */
const SCALE_WORDS: readonly [string, number][] = [
  ["万亿", 12],
  ["萬億", 12],
  ["千万", 7],
  ["千萬", 7],
  ["百万", 6],
  ["百萬", 6],
  ["亿", 8],
  ["億", 8],
  ["万", 4],
  ["萬", 4],
  ["千", 3],
];

function scaleAfter(text: string): number {
  const rest = text.trimStart();
  for (const [word, exp] of SCALE_WORDS) if (rest.startsWith(word)) return exp;
  return 0;
}

const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** A number written in Chinese numerals ("千万" → 10,000,000, "三十五" → 35, "两百亿" → 2e10); NaN if none. */
export function chineseNumber(text: string): number {
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit = -1;
  let any = false;
  const head = (): number => section + Math.max(digit, 0) || 1;
  for (const ch of text) {
    any = true;
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]!;
    else if (ch in CN_SMALL) {
      section += (digit < 0 ? 1 : digit) * CN_SMALL[ch]!;
      digit = -1;
    } else if (CN_BIG[ch] === 1e4) {
      wan += head() * 1e4;
      [section, digit] = [0, -1];
    } else if (CN_BIG[ch] === 1e8) {
      yi = (yi + wan + (section + Math.max(digit, 0))) * 1e8 || 1e8;
      [wan, section, digit] = [0, 0, -1];
    } else return NaN;
  }
  return any ? yi + wan + section + Math.max(digit, 0) : NaN;
}

const CN_RUN = /[零〇一二两兩三四五六七八九十百千万萬亿億]+/g;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-12;
}

/** True when the printed text states the figure's value (see the file header for the forms). */
export function printedHasValue(value: number, unitId: string, printed: string): boolean {
  const target = Math.abs(value);
  const unit = unitDef(unitId);
  const base = unit ? shiftDecimal(target, exponentOf(unit.factor)) : target;
  const text = printed.normalize("NFKC");
  for (const t of numberTokens(text)) {
    if (close(t.value, target)) return true;
    const exp = scaleAfter(text.slice(t.end));
    if (exp > 0 && close(shiftDecimal(t.value, exp), base)) return true;
  }
  for (const m of text.matchAll(CN_RUN)) {
    const n = chineseNumber(m[0]);
    if (Number.isFinite(n) && (close(n, base) || close(n, target))) return true;
  }
  return unit?.kind === "percent" && percentWords(text).some((p) => close(p, target) || close(Number(p.toFixed(2)), target));
}

/** Shares written in words, in percent: 六成 / 6成 → 60, 一半 / 半数 / 过半 → 50, 三分之一 → 33.33…. */
function percentWords(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/([零〇一二两兩三四五六七八九十]|\d+(?:\.\d+)?)\s*成/g)) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
    if (Number.isFinite(n)) out.push(n * 10);
  }
  for (const m of text.matchAll(/([零〇一二两兩三四五六七八九十百]+|\d+)分之([零〇一二两兩三四五六七八九十百]+|\d+)/g)) {
    const den = /\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
    const num = /\d/.test(m[2]!) ? Number(m[2]) : chineseNumber(m[2]!);
    if (den > 0 && Number.isFinite(num)) out.push((num / den) * 100);
  }
  if (/半/.test(text)) out.push(50);
  return out;
}

/**
 * Checks every figure against the article lines. `articles` maps a file name to its lines
 * (index 0 = line 1), as split on "\n".
 */
export function checkCitations(figures: Iterable<FigureInput>, articles: ReadonlyMap<string, readonly string[]>): CitationFailure[] {
  const failures: CitationFailure[] = [];
  for (const f of figures) {
    const at = { id: figureId(f), file: f.file, line: f.line, printed: f.printed };
    const lines = articles.get(f.file);
    if (!lines) {
      failures.push({ ...at, problem: "article not found" });
      continue;
    }
    const line = lines[f.line - 1];
    if (line === undefined) {
      failures.push({ ...at, problem: `line ${f.line} is past the end (${lines.length} lines)` });
      continue;
    }
    if (!line.includes(f.printed)) {
      failures.push({ ...at, problem: "printed text is not on the cited line" });
      continue;
    }
    if (!f.derived && !printedHasValue(f.value, f.unit, f.printed))
      failures.push({ ...at, problem: `printed text does not contain the value ${f.value}` });
  }
  return failures;
}

/**
 * Checks the source records (seeds/sources.json): the title, date, author and platform each
 * stand on the line the record names, and every cited article has a record.
 */
export function checkSources(sources: readonly SourceInput[], figures: Iterable<FigureInput>, articles: ReadonlyMap<string, readonly string[]>): CitationFailure[] {
  const failures: CitationFailure[] = [];
  const byFile = new Map(sources.map((s) => [s.file, s]));
  for (const file of new Set([...figures].map((f) => f.file)))
    if (!byFile.has(file)) failures.push({ id: `source ${file}`, file, line: 0, printed: "", problem: "no source record in sources.json" });
  for (const s of sources) {
    const lines = articles.get(s.file);
    if (!lines) {
      failures.push({ id: `source ${s.file}`, file: s.file, line: 0, printed: "", problem: "article not found" });
      continue;
    }
    const parts: [string, string | undefined, number | undefined][] = [
      ["title", s.title, s.title_line],
      ["date", s.date, s.date_line],
      ["author", s.author, s.author_line],
      ["platform", s.platform, s.platform_line],
    ];
    for (const [what, text, line] of parts) {
      if (text === undefined) continue;
      const at = line === undefined ? undefined : lines[line - 1];
      if (at === undefined || !at.includes(text))
        failures.push({ id: `source ${s.file} ${what}`, file: s.file, line: line ?? 0, printed: text, problem: `the ${what} is not on the line named` });
    }
  }
  return failures;
}
