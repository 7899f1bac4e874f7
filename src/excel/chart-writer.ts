/**
 * The one chart writer: queues a ChartPlan (core's plain data) as Office.js calls. "Load
 * template", the rebuild of a missing chart in "Refresh charts" and "Chart from selection" all
 * write their charts here, so they cannot drift apart again (they had: notes dropped in two
 * copies, an axis format planned and never applied in one).
 *
 * Every series' values are set explicitly, the first one's included. `charts.add` needs a
 * source range, and Excel guesses headers in it: when its first cell is blank, that cell is
 * taken as the series name and the values start one cell late, so the bars shift against
 * their labels (Aier's segment-growth chart starts with two blanks). Setting the values again
 * after `add` removes the guess. No extra round trip: everything is queued, nothing is read.
 */
import type { Localized } from "../core/errors";
import { seriesByOf } from "../core/chart/series-by";
import type { ChartPlan } from "../core/chart/types";
import { cellAddress, type CellRect } from "../core/template/a1";
import { EXCEL_MSG } from "./messages";

export interface ChartCapabilities {
  /** ExcelApi 1.8: a series on the secondary axis, and the value axis's number format. */
  readonly secondaryAxis: boolean;
}

/**
 * Queues `plan` as a chart named `name` on `host`, reading its ranges on `data` (the same
 * sheet for templates and selections; the table's sheet for a rebuild). Returns what had to be
 * left out, one sentence each (empty when nothing was); the axis-format note is the same
 * sentence for every chart, so callers list it once (`uniqueNotes`).
 */
export function queueChart(
  host: Excel.Worksheet,
  data: Excel.Worksheet,
  plan: Pick<ChartPlan, "type" | "title" | "categories" | "series" | "position" | "valueFormat">,
  name: string,
  caps: ChartCapabilities,
): Localized[] {
  const notes: Localized[] = [];
  const first = plan.series[0];
  if (!first) return notes;
  const chart = host.charts.add(plan.type as Excel.ChartType, data.getRange(first.values), seriesByOf(first.values) as Excel.ChartSeriesBy);
  chart.name = name;
  chart.title.text = plan.title;
  const categories = plan.categories ? data.getRange(plan.categories) : undefined;
  plan.series.forEach((s, i) => {
    if (i > 0 && s.axis === "Secondary" && !caps.secondaryAxis) {
      notes.push(EXCEL_MSG.seriesLeftOut(plan.title, s.name));
      return;
    }
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    // Explicit, also for the first series: undoes Excel's header guess (see the file header).
    series.setValues(data.getRange(s.values));
    if (i === 0) series.name = s.name;
    if (categories) series.setXAxisValues(categories);
    if (s.chartType !== plan.type) series.chartType = s.chartType;
    if (s.axis === "Secondary") series.axisGroup = "Secondary";
  });
  if (plan.valueFormat) {
    if (caps.secondaryAxis) chart.axes.valueAxis.numberFormat = plan.valueFormat;
    else notes.push(EXCEL_MSG.axisFormatLeftOut);
  }
  chart.setPosition(...corners(plan.position));
  return notes;
}

function corners(p: CellRect): [string, string] {
  return [cellAddress(p.row, p.col), cellAddress(p.row + p.rowCount - 1, p.col + p.colCount - 1)];
}

/** Notes without repeats (the axis-format note comes once per chart). */
export function uniqueNotes(notes: readonly Localized[]): Localized[] {
  const seen = new Set<string>();
  return notes.filter((n) => !seen.has(n.en) && seen.add(n.en));
}
