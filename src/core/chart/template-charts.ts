/**
 * The charts of a template, each where its data exists, read by rows from the model-layout
 * tables (fields, segments or companies down, periods across):
 * - capex vs D&A: clustered columns of the capex and D&A rows, with the capex/D&A ratio row
 *   as a line on the secondary axis;
 * - segment growth: bars, one series per segment;
 * - peers' market share: bars, one series per company.
 * Categories are the period headers of one frequency group: one chart per group that has
 * something to compare (capex and D&A in one period; two segments or companies with a value),
 * never annual and interim periods on one axis. Positions are set by the sheet builder
 * (placement.ts placeBand): in a band of empty rows right below the chart's table.
 */
import type { Lang } from "../errors";
import { LABELS } from "../template/labels";
import { PERCENT_FORMAT } from "../template/formats";
import { periodsWithBoth, type FinancialsLayout } from "../template/financials";
import { panelHeaderRange, panelRowRange, type PanelLayout } from "../template/panel";
import { frequencyLabel, type Frequency } from "../template/period-axis";
import type { PeersLayout } from "../template/peers";
import type { ChartBlock, SegmentsLayout } from "../template/segments";
import type { ChartKind, ChartPlan, ChartSeriesPlan, SeriesRow } from "./types";

/** Chart names are fixed per kind and frequency (unique on a template sheet). */
export const CHART_NAMES = {
  "capex-da": "CapCycle capex vs D&A",
  "segment-growth": "CapCycle segment growth",
  "peer-share": "CapCycle market share",
  "selection-capex-da": "CapCycle capex vs D&A (selection)",
} as const;

export type UnplacedChart = Omit<ChartPlan, "position">;

function chartName(kind: Exclude<ChartKind, "selection-capex-da">, f: Frequency): string {
  return `${CHART_NAMES[kind]} (${frequencyLabel(f, "en").toLowerCase()})`;
}

function chartTitle(title: string, f: Frequency, lang: Lang): string {
  return lang === "zh" ? `${title}（${frequencyLabel(f, "zh")}）` : `${title} — ${frequencyLabel(f, "en").toLowerCase()}`;
}

/** A series over one table row, across one frequency group. */
function rowSeries(panel: PanelLayout, rowId: string, label: string, section: string | undefined, f: Frequency, from: string | undefined, chartType: ChartSeriesPlan["chartType"], axis: ChartSeriesPlan["axis"]): ChartSeriesPlan {
  const row: SeriesRow = { label, ...(section !== undefined ? { section } : {}), index: panel.rowOf.get(rowId)! - panel.firstRow };
  return { name: label, row, values: panelRowRange(panel, rowId, f, from)!, chartType, axis };
}

/** The group's first period with a value among `has`: a chart starts there, not at empty periods. */
function firstWithValue(panel: PanelLayout, f: Frequency, has: (period: string) => boolean): string | undefined {
  return panel.axis.groups.find((g) => g.frequency === f)?.periods.find(has);
}

/** Capex vs D&A for each frequency group with a period that has both; else the group with most capex or D&A figures. */
export function capexDaCharts(lang: Lang, fin: FinancialsLayout | null, labelHeader: string): UnplacedChart[] {
  if (!fin || !fin.labelOf.has("capex") || !fin.labelOf.has("da")) return [];
  const groups = fin.panel.axis.groups;
  let chosen = groups.filter((g) => periodsWithBoth(fin, g.frequency).length > 0);
  if (chosen.length === 0) {
    const count = (ps: readonly string[]) => ps.filter((p) => fin.has("capex", p) || fin.has("da", p)).length;
    const best = [...groups].sort((a, b) => count(b.periods) - count(a.periods))[0];
    chosen = best && count(best.periods) > 0 ? [best] : [];
  }
  return chosen.map((g) => {
    const f = g.frequency;
    const from = firstWithValue(fin.panel, f, (p) => fin.has("capex", p) || fin.has("da", p));
    const series = [
      rowSeries(fin.panel, "capex", fin.labelOf.get("capex")!, undefined, f, from, "ColumnClustered", "Primary"),
      rowSeries(fin.panel, "da", fin.labelOf.get("da")!, undefined, f, from, "ColumnClustered", "Primary"),
    ];
    if (fin.metrics.includes("capex_da_ratio_calc")) series.push(rowSeries(fin.panel, "capex_da_ratio_calc", fin.labelOf.get("capex_da_ratio_calc")!, undefined, f, from, "Line", "Secondary"));
    return {
      kind: "capex-da",
      name: chartName("capex-da", f),
      title: chartTitle(LABELS.capexVsDa[lang], f, lang),
      type: "ColumnClustered",
      tableRole: "financials",
      categoryColumn: labelHeader,
      categories: panelHeaderRange(fin.panel, f, from)!,
      series,
      seriesBy: "rows",
      frequency: f,
      ...(from ? { firstPeriod: from } : {}),
      valueFormat: "0.00",
    } satisfies UnplacedChart;
  });
}

function blockCharts(lang: Lang, kind: "segment-growth" | "peer-share", role: "segments" | "peers", panel: PanelLayout, block: ChartBlock | undefined, labelHeader: string): UnplacedChart[] {
  if (!block) return [];
  return block.frequencies
    .filter((f) => panel.axis.groups.some((g) => g.frequency === f))
    .map((f) => {
      const rows = block.rows.filter((r) => r.frequencies.includes(f));
      const from = firstWithValue(panel, f, (p) => rows.some((r) => r.periods.includes(p)));
      return {
        kind,
        name: chartName(kind, f),
        title: chartTitle(block.title, f, lang),
        type: "BarClustered",
        tableRole: role,
        categoryColumn: labelHeader,
        categories: panelHeaderRange(panel, f, from)!,
        series: rows.map((r) => rowSeries(panel, r.id, r.label, block.section, f, from, "BarClustered", "Primary")),
        seriesBy: "rows",
        frequency: f,
        ...(from ? { firstPeriod: from } : {}),
        valueFormat: PERCENT_FORMAT,
      } satisfies UnplacedChart;
    });
}

export function segmentCharts(lang: Lang, seg: SegmentsLayout | null, labelHeader: string): UnplacedChart[] {
  return seg ? blockCharts(lang, "segment-growth", "segments", seg.panel, seg.chartBlock, labelHeader) : [];
}

export function peerCharts(lang: Lang, peers: PeersLayout | null, labelHeader: string): UnplacedChart[] {
  return peers ? blockCharts(lang, "peer-share", "peers", peers.panel, peers.chartBlock, labelHeader) : [];
}
