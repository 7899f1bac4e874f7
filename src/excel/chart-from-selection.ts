/**
 * "Chart from selection" in 3 round trips:
 *   sync 1  what is selected — every area (ExcelApi 1.9 getSelectedRanges; below it the one
 *           range getSelectedRange gives) — the active sheet, its used range (values only), its
 *           charts and tables
 *   sync 2  the selected cells' values, each area cut to the used range first (a whole row is
 *           16,384 cells, a whole column 1,048,576), and the tables' ranges
 *   sync 3  the chart (the one chart writer) beside the used range, then the ratio line's
 *           formulas just past the used range — one row or column further where that would
 *           touch a table's edge, since Excel would absorb the cells into the table
 * Planning is core's (chart/selection.ts); several areas picked with Ctrl are stacked into one
 * block for it and its cell references mapped back (selection-grid.ts). Every selection a
 * person can make gives a chart or a sentence saying what to select: a chart or shape selected,
 * several areas below ExcelApi 1.9, areas that do not line up, an empty selection, cell-edit
 * mode — never Excel's error code. The chart's series read the person's own cells, so
 * "Refresh charts" can roll it forward later like any chart they made.
 */
import type { Lang, Localized } from "../core/errors";
import type { CellValue } from "../core/values";
import { planSelectionChart, type SelectionChartPlan } from "../core/chart/selection";
import { rectAddress, parseRect, type CellRect } from "../core/template/a1";
import { uniqueChartName } from "../core/chart/names";
import { reasonOf, runSafely } from "./batch";
import { queueChart } from "./chart-writer";
import { hasExcelApi } from "./env";
import { EXCEL_MSG } from "./messages";
import { intersectRects, parseSelectionAddress, stackAreas, toRealRefs, touchesTable, type StackedAreas } from "./selection-grid";
import type { ExcelEnv, Outcome } from "./types";

/** What "chart from selection" built. */
export interface ChartFromSelectionResult {
  readonly sheet: string;
  readonly chart: string;
  /** Whether the series ran across rows or down columns of the selection. */
  readonly seriesBy: "columns" | "rows";
  /** Number of periods charted. */
  readonly periods: number;
  /** Where the capex/D&A ratio line was written (A1 on the sheet). */
  readonly ratioRange: string;
  readonly roundTrips: number;
  /** What had to be left out (the ratio line or axis format on an older Excel). */
  readonly notes: readonly Localized[];
}

const fail = (reason: Localized) => ({ ok: false as const, reason });

/** The plan with every reference taken from the stacked block back to the real cells. */
function toReal(plan: SelectionChartPlan, stacked: StackedAreas): SelectionChartPlan {
  const real = (a1: string) => toRealRefs(a1, stacked);
  const chart = {
    ...plan.chart,
    categories: plan.chart.categories ? real(plan.chart.categories) : "",
    series: plan.chart.series.map((s) => ({ ...s, values: real(s.values) })),
  };
  const ratio = {
    ...plan.ratio,
    formulas: plan.ratio.formulas.map((row) => row.map(real)),
    ...(plan.ratio.label ? { label: { ...plan.ratio.label, cell: real(plan.ratio.label.cell) } } : {}),
  };
  return { ...plan, chart, ratio };
}

/**
 * Plans against `used`, grown by a row (series in rows) or a column (in columns) while the
 * ratio line or its label would touch a table: a blank line between keeps Excel from absorbing it.
 */
function planAwayFromTables(input: Parameters<typeof planSelectionChart>[0], tables: readonly CellRect[]): ReturnType<typeof planSelectionChart> {
  let used = input.used;
  for (let tries = 0; ; tries++) {
    const planned = planSelectionChart({ ...input, used });
    if (!planned.ok || tries > 20) return planned;
    const label = planned.plan.ratio.label ? parseRect(planned.plan.ratio.label.cell) : null;
    const written = [planned.plan.ratio.rect, ...(label ? [label] : [])];
    if (!written.some((w) => touchesTable(w, tables))) return planned;
    const base = used ?? input.selection;
    const bottom = Math.max(base.row + base.rowCount, input.selection.row + input.selection.rowCount);
    const right = Math.max(base.col + base.colCount, input.selection.col + input.selection.colCount);
    used =
      planned.plan.seriesBy === "rows"
        ? { row: base.row, col: base.col, rowCount: bottom - base.row + 1, colCount: base.colCount }
        : { row: base.row, col: base.col, rowCount: base.rowCount, colCount: right - base.col + 1 };
  }
}

export async function chartFromSelectionWith(env: ExcelEnv, lang: Lang = "en"): Promise<Outcome<ChartFromSelectionResult>> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  if (!hasExcelApi(env, "1.7")) return { ok: false, reason: EXCEL_MSG.needsApi("chartFromSelection", "1.7") };
  const secondaryAxis = hasExcelApi(env, "1.8");
  const areasApi = hasExcelApi(env, "1.9");
  return runSafely<ChartFromSelectionResult>(env, async (context, syncs) => {
    // ---- sync 1: what is selected, and the sheet around it
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    ws.charts.load("items/name,items/id");
    ws.tables.load("items/name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    const many = areasApi ? context.workbook.getSelectedRanges() : undefined;
    many?.load("areas/items/address");
    const one = areasApi ? undefined : context.workbook.getSelectedRange();
    one?.load("address");
    try {
      await syncs.sync();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // A chart or shape selected (office-js #8, #2268), or several areas where Excel lacks 1.9.
      if (code === "InvalidSelection") return fail(areasApi ? EXCEL_MSG.selectionIsObject : EXCEL_MSG.selectionAreasNeedApi);
      if (code === "InvalidOperationInCellEditMode") return fail(EXCEL_MSG.selectionCellEdit);
      throw error;
    }
    const addresses = many ? many.areas.items.map((r) => r.address) : [one!.address];
    const parsed = addresses.map(parseSelectionAddress);
    if (parsed.some((p) => p === null)) return fail(EXCEL_MSG.selectionUnreadable);
    const usedRect = used.isNullObject ? null : (parseSelectionAddress(used.address)?.rect ?? null);
    if (!usedRect) return fail(EXCEL_MSG.selectionEmpty);
    // Cut every area to the used range before reading it (whole rows and columns, the whole sheet).
    const cut = parsed.map((p) => intersectRects(p!.rect, usedRect)).filter((r): r is CellRect => r !== null);
    if (cut.length === 0) return fail(EXCEL_MSG.selectionEmpty);
    const stacked = stackAreas(cut);
    if (!stacked) return fail(EXCEL_MSG.selectionAreasMisaligned);

    // ---- sync 2: the values, and where the tables are
    const reads = stacked.areas.map((r) => {
      const range = ws.getRange(rectAddress(r));
      range.load("values");
      return range;
    });
    const tableRanges = ws.tables.items.map((t) => {
      const range = t.getRange();
      range.load("address");
      return range;
    });
    await syncs.sync();
    const cell = (v: unknown): CellValue => (v === undefined ? null : (v as CellValue));
    const grids = reads.map((r) => r.values.map((row) => row.map(cell)));
    // The stacked block's values: areas one under the other (rows) or side by side (columns).
    const values: CellValue[][] =
      stacked.by === "rows" ? grids.flat() : grids[0]!.map((_, i) => grids.flatMap((g) => g[i] ?? []));
    const tables = tableRanges.map((r) => parseSelectionAddress(r.address)?.rect).filter((r): r is CellRect => r !== undefined);

    const planned = planAwayFromTables({ sheet: ws.name, selection: stacked.virtual, values, used: usedRect, lang }, tables);
    if (!planned.ok) return fail(planned.reason);
    const plan = toReal(planned.plan, stacked);
    const { chart, ratio } = plan;
    // Chart names are unique per sheet.
    const name = uniqueChartName(chart.name, ws.charts.items.map((c) => c.name));
    const existed = new Set(ws.charts.items.map((c) => c.id));

    // ---- sync 3: the chart and the ratio line
    let notes: Localized[];
    try {
      notes = queueChart(ws, ws, chart, name, { secondaryAxis });
      // The ratio line: formats first, then native formulas (blank stays blank).
      const ratioRange = ws.getRange(rectAddress(ratio.rect));
      ratioRange.numberFormat = ratio.formulas.map((r) => r.map(() => "0.00"));
      ratioRange.formulas = ratio.formulas.map((r) => [...r]);
      if (ratio.label) {
        const l = ws.getRange(ratio.label.cell);
        l.numberFormat = [["@"]];
        l.values = [[ratio.label.text]];
      }
      await syncs.sync();
    } catch (error) {
      const reason = reasonOf(error);
      // Best effort: take our partial ratio cells (contents and the number formats set first;
      // they were empty, past the used range) and our chart away again. The chart is found by
      // id, not name: a failure right after charts.add leaves it with Excel's default name.
      try {
        const cells = ws.getRange(rectAddress(ratio.rect));
        cells.clear("Contents");
        cells.numberFormat = ratio.formulas.map((r) => r.map(() => "General"));
        if (ratio.label) {
          const l = ws.getRange(ratio.label.cell);
          l.clear("Contents");
          l.numberFormat = [["General"]];
        }
        const now = ws.charts;
        now.load("items/id");
        await syncs.sync();
        for (const c of now.items) if (!existed.has(c.id)) c.delete();
        await syncs.sync();
      } catch {
        // nothing more of ours was left
      }
      return fail(reason);
    }
    return {
      ok: true,
      sheet: ws.name,
      chart: name,
      seriesBy: plan.seriesBy,
      periods: plan.periods,
      ratioRange: rectAddress(ratio.rect),
      roundTrips: syncs.count,
      notes,
    };
  });
}
