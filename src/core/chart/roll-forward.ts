/**
 * Roll-forward planning for charts the user made: where every series reads one row or one
 * column of cells and new periods were added right after that range, extend each series
 * (and the categories) by the same number of cells. Two pure steps around one read:
 *   1. rollForwardProbe(chart)          → the cells to read after each range (or why not);
 *   2. rollForwardPlan(chart, cells)    → the new source of every series (or nothing to do).
 * A chart whose sources are not all plain, aligned, one-dimensional ranges on one sheet is
 * "not understood" and is never changed.
 */
import type { Localized } from "../errors";
import type { CellValue } from "../values";
import type { CellRect } from "../template/a1";
import { frequencyOfHeader } from "../template/period-axis";
import { ROLL_REASONS } from "./messages";
import { formatSourceAddress, parseSourceAddress, type SourceRange } from "./source-address";

/** How many cells after a range are read to look for new periods. */
export const LOOKAHEAD = 60;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export interface ChartSourceStrings {
  /** Per series: name and the source strings Excel reports ("" or null when unreadable). */
  readonly series: readonly { readonly name: string; readonly values: string | null; readonly categories: string | null }[];
}

export type Direction = "down" | "right";

export interface Probe {
  readonly direction: Direction;
  readonly values: readonly SourceRange[];
  readonly categories: SourceRange | null;
  /** Window to read after each values range (same order). */
  readonly valueWindows: readonly SourceRange[];
  /**
   * Window over the categories' last cell and the cells after it: the last category tells the
   * frequency of the periods the chart shows, so a different frequency next to it (the
   * half-year columns right of a model's annual ones) is not taken for new periods.
   */
  readonly categoryWindow: SourceRange | null;
}

function directionOf(r: CellRect): Direction | "cell" | "block" {
  if (r.rowCount === 1 && r.colCount === 1) return "cell";
  if (r.colCount === 1) return "down";
  if (r.rowCount === 1) return "right";
  return "block";
}

function windowAfter(src: SourceRange, dir: Direction): SourceRange | null {
  const r = src.rect;
  if (dir === "down") {
    const row = r.row + r.rowCount;
    const n = Math.min(LOOKAHEAD, MAX_ROWS - row);
    return n <= 0 ? null : { sheet: src.sheet, rect: { row, col: r.col, rowCount: n, colCount: 1 } };
  }
  const col = r.col + r.colCount;
  const n = Math.min(LOOKAHEAD, MAX_COLS - col);
  return n <= 0 ? null : { sheet: src.sheet, rect: { row: r.row, col, rowCount: 1, colCount: n } };
}

/** The range's last cell and the window after it. */
function lastAndAfter(src: SourceRange, dir: Direction): SourceRange | null {
  const w = windowAfter(src, dir);
  if (!w) return null;
  const r = w.rect;
  return { sheet: src.sheet, rect: dir === "down" ? { ...r, row: r.row - 1, rowCount: r.rowCount + 1 } : { ...r, col: r.col - 1, colCount: r.colCount + 1 } };
}

/** Position along the direction and its extent. */
function span(r: CellRect, dir: Direction): [number, number] {
  return dir === "down" ? [r.row, r.rowCount] : [r.col, r.colCount];
}

export function rollForwardProbe(chart: ChartSourceStrings): { ok: true; probe: Probe } | { ok: false; reason: Localized } {
  if (chart.series.length === 0) return { ok: false, reason: ROLL_REASONS.noSeries };
  const values: SourceRange[] = [];
  const cats: (SourceRange | null)[] = [];
  for (const s of chart.series) {
    const v = s.values ? parseSourceAddress(s.values) : null;
    if (!v) return { ok: false, reason: ROLL_REASONS.unreadable };
    values.push(v);
    const c = s.categories ? parseSourceAddress(s.categories) : null;
    if (s.categories && s.categories.trim() !== "" && !c) return { ok: false, reason: ROLL_REASONS.unreadable };
    cats.push(c);
  }
  const sheet = values[0]!.sheet;
  if (values.some((v) => v.sheet !== sheet) || cats.some((c) => c !== null && c.sheet !== sheet)) return { ok: false, reason: ROLL_REASONS.otherSheets };
  const categories = cats.find((c) => c !== null) ?? null;
  // Direction: from the first multi-cell range (values, else categories).
  const dirs = [...values, ...(categories ? [categories] : [])].map((v) => directionOf(v.rect));
  if (dirs.includes("block")) return { ok: false, reason: ROLL_REASONS.notLine };
  const dir = dirs.find((d): d is Direction => d === "down" || d === "right");
  if (!dir) return { ok: false, reason: ROLL_REASONS.notLine };
  if (dirs.some((d) => d !== dir && d !== "cell")) return { ok: false, reason: ROLL_REASONS.notLine };
  // Aligned: every range starts and ends at the same position along the direction.
  const [start, len] = span(values[0]!.rect, dir);
  const all = [...values, ...cats.filter((c): c is SourceRange => c !== null)];
  if (all.some((v) => span(v.rect, dir)[0] !== start || span(v.rect, dir)[1] !== len)) return { ok: false, reason: ROLL_REASONS.notAligned };
  if (cats.some((c) => c !== null && categories !== null && (c.rect.row !== categories.rect.row || c.rect.col !== categories.rect.col))) {
    return { ok: false, reason: ROLL_REASONS.notAligned };
  }
  const valueWindows = values.map((v) => windowAfter(v, dir));
  if (valueWindows.some((w) => w === null)) return { ok: false, reason: ROLL_REASONS.atEdge };
  return {
    ok: true,
    probe: {
      direction: dir,
      values,
      categories,
      valueWindows: valueWindows as SourceRange[],
      categoryWindow: categories ? lastAndAfter(categories, dir) : null,
    },
  };
}

const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";
const isNumberLike = (v: CellValue | undefined): boolean => typeof v === "number" || (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v.replace(/,/g, ""))));
/** A totals row is not a new period. */
const TOTAL = /^\s*(total|sum|合计|总计|小计|average|平均)/i;

export interface RollForwardPlan {
  /** Cells added to every range. */
  readonly added: number;
  readonly changes: readonly { readonly series: string; readonly dimension: "Values" | "Categories"; readonly from: string; readonly to: string }[];
}

/**
 * Given the cells after each range (flattened in reading order, same order as the probe's
 * windows; the categories' window starts at their last cell), how many new periods follow: the
 * longest run of positions where the category (if any) is present, not a total and — where it
 * and the chart's last category read as periods — of the same frequency, and at least one
 * series has a number while none has text.
 */
export function rollForwardPlan(
  chart: ChartSourceStrings,
  probe: Probe,
  after: { readonly values: readonly (readonly CellValue[])[]; readonly categories: readonly CellValue[] | null },
): { ok: true; plan: RollForwardPlan } | { ok: false; reason: Localized } {
  let n = 0;
  const last = after.categories ? frequencyOfHeader(after.categories[0]) : null;
  for (; n < LOOKAHEAD; n++) {
    const cat = after.categories ? after.categories[n + 1] : undefined;
    if (probe.categories && (isBlank(cat) || (typeof cat === "string" && TOTAL.test(cat)))) break;
    const freq = frequencyOfHeader(cat);
    if (last !== null && freq !== null && freq !== last) break;
    const cells = after.values.map((w) => w[n]);
    if (cells.some((c) => !isBlank(c) && !isNumberLike(c))) break;
    if (!cells.some((c) => isNumberLike(c))) break;
  }
  if (n === 0) return { ok: false, reason: ROLL_REASONS.upToDate };
  const grow = (src: SourceRange): SourceRange => ({
    sheet: src.sheet,
    rect: probe.direction === "down" ? { ...src.rect, rowCount: src.rect.rowCount + n } : { ...src.rect, colCount: src.rect.colCount + n },
  });
  const changes: RollForwardPlan["changes"][number][] = [];
  chart.series.forEach((s, i) => {
    const v = probe.values[i]!;
    changes.push({ series: s.name, dimension: "Values", from: formatSourceAddress(v), to: formatSourceAddress(grow(v)) });
  });
  if (probe.categories) {
    const c = probe.categories;
    chart.series.forEach((s) => {
      if (s.categories) changes.push({ series: s.name, dimension: "Categories", from: formatSourceAddress(c), to: formatSourceAddress(grow(c)) });
    });
  }
  return { ok: true, plan: { added: n, changes } };
}
