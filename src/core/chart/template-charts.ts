/**
 * The charts of a template, each where its data exists:
 * - capex vs D&A: clustered columns over the periods, with the capex/D&A ratio as a line
 *   on the secondary axis;
 * - segment growth: bars, one per segment;
 * - peers' market share: bars, one per company.
 * Series are bound to table columns (header names) and to their current cell ranges.
 * Placed by placeCharts: beside the tables, as high up as they fit on screen.
 */
import type { Lang } from "../errors";
import { cellAddress } from "../template/a1";
import type { FinancialsLayout } from "../template/financials";
import { PERCENT_FORMAT } from "../template/formats";
import { LABELS } from "../template/labels";
import type { PeersLayout } from "../template/peers";
import type { SegmentsLayout } from "../template/segments";
import { placeCharts } from "./placement";
import type { ChartPlan } from "./types";

function columnRange(firstRow: number, rows: number, col: number): string {
  return `${cellAddress(firstRow, col)}:${cellAddress(firstRow + rows - 1, col)}`;
}

/** Chart names are fixed per kind (unique on a template sheet). */
export const CHART_NAMES = {
  "capex-da": "CapCycle capex vs D&A",
  "segment-growth": "CapCycle segment growth",
  "peer-share": "CapCycle market share",
  "selection-capex-da": "CapCycle capex vs D&A (selection)",
} as const;

export function templateCharts(
  lang: Lang,
  /** How many columns each row of the sheet reaches (placement.ts rowExtents). */
  extents: readonly number[],
  fin: FinancialsLayout | null,
  seg: SegmentsLayout | null,
  peers: PeersLayout | null,
  /** Financials periods where capex or D&A is present. */
  capexOrDaPeriods: number,
): ChartPlan[] {
  const out: Omit<ChartPlan, "position">[] = [];
  if (fin && capexOrDaPeriods > 0) {
    const capex = fin.colOf.get("capex");
    const da = fin.colOf.get("da");
    const ratio = fin.colOf.get("capex_da_ratio_calc");
    if (capex !== undefined && da !== undefined) {
      const n = fin.periods.length;
      const series: ChartPlan["series"][number][] = [
        { name: fin.headerOf.get("capex")!, column: fin.headerOf.get("capex")!, values: columnRange(fin.firstRow, n, capex), chartType: "ColumnClustered", axis: "Primary" },
        { name: fin.headerOf.get("da")!, column: fin.headerOf.get("da")!, values: columnRange(fin.firstRow, n, da), chartType: "ColumnClustered", axis: "Primary" },
      ];
      if (ratio !== undefined) {
        const h = fin.headerOf.get("capex_da_ratio_calc")!;
        series.push({ name: h, column: h, values: columnRange(fin.firstRow, n, ratio), chartType: "Line", axis: "Secondary" });
      }
      out.push({
        kind: "capex-da",
        name: CHART_NAMES["capex-da"],
        title: LABELS.capexVsDa[lang],
        type: "ColumnClustered",
        tableRole: "financials",
        categoryColumn: fin.headerOf.get("period")!,
        categories: columnRange(fin.firstRow, n, fin.periodCol),
        series,
        valueFormat: "0.00",
      });
    }
  }
  if (seg?.chartColumn) {
    const c = seg.chartColumn;
    out.push({
      kind: "segment-growth",
      name: CHART_NAMES["segment-growth"],
      title: `${LABELS.segmentGrowth[lang]} ${c.period}`,
      type: "BarClustered",
      tableRole: "segments",
      categoryColumn: seg.categoryHeader,
      categories: columnRange(seg.firstRow, seg.segmentCount, 0),
      series: [{ name: c.header, column: c.header, values: columnRange(seg.firstRow, seg.segmentCount, c.col), chartType: "BarClustered", axis: "Primary" }],
      valueFormat: PERCENT_FORMAT,
    });
  }
  if (peers?.chartColumn) {
    const c = peers.chartColumn;
    out.push({
      kind: "peer-share",
      name: CHART_NAMES["peer-share"],
      title: `${LABELS.peerShare[lang]} ${c.period}`,
      type: "BarClustered",
      tableRole: "peers",
      categoryColumn: peers.categoryHeader,
      categories: columnRange(peers.firstRow, peers.rowCount, 0),
      series: [{ name: c.header, column: c.header, values: columnRange(peers.firstRow, peers.rowCount, c.col), chartType: "BarClustered", axis: "Primary" }],
      valueFormat: PERCENT_FORMAT,
    });
  }
  const slots = placeCharts(extents, out.length);
  return out.map((c, i) => ({ ...c, position: slots[i]! }));
}
