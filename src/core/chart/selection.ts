/**
 * "Chart from selection": the user selects capex and D&A rows (or columns) of their own
 * model, optionally with a label row/column and a period row/column; we find which line is
 * which, and plan the combo chart (capex and D&A as columns, capex/D&A as a line on the
 * secondary axis) beside the sheet's used range.
 *
 * Charts read cells, so the ratio needs cells: a ratio line of native formulas is written
 * just past the sheet's used range, aligned with the selection (below it for rows, to the
 * right for columns). No existing cell is changed.
 */
import type { Lang, Localized } from "../errors";
import type { CellValue } from "../values";
import { cellAddress, rectAddress, type CellRect } from "../template/a1";
import { CHART_NAMES } from "./template-charts";
import { CHART_COLS, CHART_ROWS } from "./placement";
import { SELECTION_CHART_LABELS, SELECTION_REASONS } from "./messages";
import type { ChartPlan } from "./types";

const CAPEX = /capex|capital\s*expend|资本开支|资本性支出|资本支出|购建固定资产|購建固定資產|資本開支/i;
const DA = /d\s*&\s*a|depreciation|amorti[sz]|折旧|摊销|折舊|攤銷/i;
const PERIOD_LIKE = /\d{4}|^FY|H[12]|Q[1-4]|年|月/i;

export interface SelectionChartPlan {
  readonly seriesBy: "rows" | "columns";
  readonly chart: ChartPlan;
  /** The ratio line written past the used range: its cells, formulas and number format. */
  readonly ratio: { readonly rect: CellRect; readonly formulas: readonly (readonly string[])[]; readonly label?: { readonly cell: string; readonly text: string } };
  readonly periods: number;
}

const isNum = (v: CellValue | undefined) => typeof v === "number";
const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === "";
const textOf = (v: CellValue | undefined) => (typeof v === "string" ? v : "");

interface Line {
  readonly index: number;
  readonly label: string;
  readonly cells: readonly CellValue[];
}

/** Lines (rows or columns) of the grid; the first cell is a label when it is text. */
function lines(grid: readonly (readonly CellValue[])[], byRows: boolean): Line[] {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const out: Line[] = [];
  const n = byRows ? rows : cols;
  const m = byRows ? cols : rows;
  for (let i = 0; i < n; i++) {
    const cells: CellValue[] = [];
    for (let j = 0; j < m; j++) cells.push(byRows ? grid[i]![j]! : grid[j]![i]!);
    out.push({ index: i, label: textOf(cells[0]), cells });
  }
  return out;
}

function pick(ls: Line[]): { capex: Line; da: Line; labelled: boolean } | null {
  const capex = ls.find((l) => CAPEX.test(l.label) && !DA.test(l.label));
  const da = ls.find((l) => DA.test(l.label) && !CAPEX.test(l.label));
  if (capex && da) return { capex, da, labelled: true };
  return null;
}

export function planSelectionChart(input: {
  readonly sheet: string;
  readonly selection: CellRect;
  readonly values: readonly (readonly CellValue[])[];
  /** The sheet's used range (values only), null for an empty sheet. */
  readonly used: CellRect | null;
  readonly lang: Lang;
}): { ok: true; plan: SelectionChartPlan } | { ok: false; reason: Localized } {
  const { selection: sel, values, lang } = input;
  if (values.length === 0 || (values[0]?.length ?? 0) === 0 || (sel.rowCount < 2 && sel.colCount < 2)) return { ok: false, reason: SELECTION_REASONS.tooSmall };

  // Labelled lines first (rows, then columns); else exactly two numeric lines, capex first.
  let byRows: boolean | null = null;
  let found: { capex: Line; da: Line; labelled: boolean } | null = null;
  for (const rowsFirst of [true, false]) {
    const f = pick(lines(values, rowsFirst));
    if (f) {
      byRows = rowsFirst;
      found = f;
      break;
    }
  }
  if (!found) {
    const wide = sel.colCount > sel.rowCount;
    for (const rowsFirst of wide ? [true, false] : [false, true]) {
      const ls = lines(values, rowsFirst);
      const numeric = ls.filter((l) => l.cells.every((c) => isNum(c) || isBlank(c)) && l.cells.some(isNum));
      const other = ls.filter((l) => !numeric.includes(l));
      // Without labels, a third line is accepted only as periods (2024, FY2024, 2025H1, 2024年...).
      if (numeric.length === 2 && other.length <= 1 && other.every((l) => l.cells.every((c) => isNum(c) || PERIOD_LIKE.test(textOf(c))))) {
        byRows = rowsFirst;
        found = { capex: numeric[0]!, da: numeric[1]!, labelled: false };
        break;
      }
    }
  }
  if (!found || byRows === null) return { ok: false, reason: SELECTION_REASONS.notFound };

  // Data positions along the line: skip a leading label cell.
  const all = lines(values, byRows);
  const first = found.labelled ? 1 : 0;
  const length = (byRows ? sel.colCount : sel.rowCount) - first;
  if (length < 1) return { ok: false, reason: SELECTION_REASONS.tooSmall };
  const dataCells = (l: Line) => l.cells.slice(first);
  if (!dataCells(found.capex).some(isNum) && !dataCells(found.da).some(isNum)) return { ok: false, reason: SELECTION_REASONS.noNumbers };
  // Categories: another line whose data cells are all filled and not both capex/D&A-like numbers.
  const cat = all.find((l) => l !== found.capex && l !== found.da && dataCells(l).every((c) => !isBlank(c)));

  const lineRect = (l: Line): CellRect =>
    byRows
      ? { row: sel.row + l.index, col: sel.col + first, rowCount: 1, colCount: length }
      : { row: sel.row + first, col: sel.col + l.index, rowCount: length, colCount: 1 };
  const capexRect = lineRect(found.capex);
  const daRect = lineRect(found.da);

  // The ratio line just past the used range (and the selection), aligned with the data.
  const used = input.used ?? sel;
  const bottom = Math.max(used.row + used.rowCount, sel.row + sel.rowCount);
  const right = Math.max(used.col + used.colCount, sel.col + sel.colCount);
  const ratioRect: CellRect = byRows
    ? { row: bottom, col: capexRect.col, rowCount: 1, colCount: length }
    : { row: capexRect.row, col: right, rowCount: length, colCount: 1 };
  const formulas: string[] = [];
  for (let k = 0; k < length; k++) {
    const c = byRows ? cellAddress(capexRect.row, capexRect.col + k) : cellAddress(capexRect.row + k, capexRect.col);
    const d = byRows ? cellAddress(daRect.row, daRect.col + k) : cellAddress(daRect.row + k, daRect.col);
    formulas.push(`=IF(OR(${c}="",${d}=""),"",ABS(${c})/ABS(${d}))`);
  }
  const ratioLabel = SELECTION_CHART_LABELS.ratio[lang];
  // The label goes where the selection has its labels: first column (rows) or header row (columns).
  const label = found.labelled
    ? { cell: byRows ? cellAddress(ratioRect.row, sel.col) : cellAddress(sel.row, ratioRect.col), text: ratioLabel }
    : undefined;
  const ratio = { rect: ratioRect, formulas: byRows ? [formulas] : formulas.map((f) => [f]), ...(label ? { label } : {}) };

  const name = (l: Line, fallback: string) => (found.labelled ? l.label.trim() : fallback);
  const position: CellRect = {
    row: sel.row,
    col: (byRows ? right : ratioRect.col + 1) + 1,
    rowCount: CHART_ROWS,
    colCount: CHART_COLS,
  };
  const chart: ChartPlan = {
    kind: "selection-capex-da",
    name: CHART_NAMES["selection-capex-da"],
    title: SELECTION_CHART_LABELS.title[lang],
    type: "ColumnClustered",
    categories: cat ? rectAddress(lineRect(cat)) : "",
    series: [
      { name: name(found.capex, SELECTION_CHART_LABELS.capex[lang]), values: rectAddress(capexRect), chartType: "ColumnClustered", axis: "Primary" },
      { name: name(found.da, SELECTION_CHART_LABELS.da[lang]), values: rectAddress(daRect), chartType: "ColumnClustered", axis: "Primary" },
      { name: ratioLabel, values: rectAddress(ratioRect), chartType: "Line", axis: "Secondary" },
    ],
    position,
    valueFormat: "0.00",
  };
  return { ok: true, plan: { seriesBy: byRows ? "rows" : "columns", chart, ratio, periods: length } };
}
