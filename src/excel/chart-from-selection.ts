/**
 * "Chart from selection" in 2 round trips:
 *   sync 1  the selection (address, values), its sheet's used range and chart names
 *   sync 2  the chart (capex and D&A columns, the ratio line on the secondary axis) beside the
 *           used range, then the ratio line's formulas just past the used range
 * Planning is core's (chart/selection.ts). The chart's series read the user's own cells, so
 * "Refresh charts" can roll it forward later like any chart the user made.
 */
import type { Lang } from "../core/errors";
import { seriesByOf } from "../core/chart/series-by";
import type { CellValue } from "../core/values";
import { planSelectionChart } from "../core/chart/selection";
import { parseRangeAddress } from "../core/chart/source-address";
import { cellAddress, rectAddress } from "../core/template/a1";
import { uniqueChartName } from "../core/chart/names";
import { reasonOf, runSafely } from "./batch";
import { hasExcelApi } from "./env";
import { MSG } from "./messages";
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
}

export async function chartFromSelectionWith(env: ExcelEnv, lang: Lang = "en"): Promise<Outcome<ChartFromSelectionResult>> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: MSG.notInExcel };
  if (!hasExcelApi(env, "1.7")) return { ok: false, reason: MSG.needsApi("chartFromSelection", "1.7") };
  const secondary = hasExcelApi(env, "1.8");
  return runSafely<ChartFromSelectionResult>(env, async (context, syncs) => {
    const sel = context.workbook.getSelectedRange();
    sel.load("address,values");
    const ws = sel.worksheet;
    ws.load("name");
    ws.charts.load("items/name,items/id");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    await syncs.sync();

    const selection = parseRangeAddress(sel.address);
    if (!selection) return { ok: false, reason: MSG.selectionUnreadable };
    const usedRect = used.isNullObject ? null : (parseRangeAddress(used.address)?.rect ?? null);
    const planned = planSelectionChart({
      sheet: ws.name,
      selection: selection.rect,
      values: sel.values.map((row) => row.map((v) => (v === undefined ? null : (v as CellValue)))),
      used: usedRect,
      lang,
    });
    if (!planned.ok) return { ok: false, reason: planned.reason };
    const { chart, ratio } = planned.plan;
    // Chart names are unique per sheet.
    const name = uniqueChartName(chart.name, ws.charts.items.map((c) => c.name));
    const existed = new Set(ws.charts.items.map((c) => c.id));

    try {
      const first = chart.series[0]!;
      const ch = ws.charts.add(chart.type as Excel.ChartType, ws.getRange(first.values), seriesByOf(first.values) as Excel.ChartSeriesBy);
      ch.name = name;
      ch.title.text = chart.title;
      const cats = chart.categories ? ws.getRange(chart.categories) : undefined;
      const s0 = ch.series.getItemAt(0);
      s0.name = first.name;
      if (cats) s0.setXAxisValues(cats);
      for (const s of chart.series.slice(1)) {
        if (s.axis === "Secondary" && !secondary) continue;
        const series = ch.series.add(s.name);
        series.setValues(ws.getRange(s.values));
        if (cats) series.setXAxisValues(cats);
        if (s.chartType !== chart.type) series.chartType = s.chartType;
        if (s.axis === "Secondary") series.axisGroup = "Secondary";
      }
      const p = chart.position;
      ch.setPosition(cellAddress(p.row, p.col), cellAddress(p.row + p.rowCount - 1, p.col + p.colCount - 1));
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
      return { ok: false, reason };
    }
    return {
      ok: true,
      sheet: ws.name,
      chart: name,
      seriesBy: planned.plan.seriesBy,
      periods: planned.plan.periods,
      ratioRange: rectAddress(ratio.rect),
      roundTrips: syncs.count,
    };
  });
}
