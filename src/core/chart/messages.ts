/**
 * The chart layer's catalogue, in both languages: why a chart is not extended (roll-forward),
 * not re-bound to its table (refresh), or not drawn from a selection; and the words of the chart
 * drawn from a selection (the template's own: a capex vs D&A chart reads the same everywhere).
 */
import type { Localized } from "../errors";
import { CORE_FIELD_LABELS, LABELS, METRIC_LABELS } from "../template/messages";

/** Why roll-forward leaves a chart as it is (roll-forward.ts). */
export const ROLL_REASONS = {
  noSeries: { en: "The chart has no series.", zh: "图表没有数据系列。" },
  unreadable: {
    en: "A series' source is not a plain range (several areas, typed values or a name): not changed.",
    zh: "某个系列的数据源不是普通区域（多个区域、常量数组或名称）：未作更改。",
  },
  otherSheets: { en: "The series read from different sheets: not changed.", zh: "各系列的数据源位于不同工作表：未作更改。" },
  notLine: { en: "A series reads a block, not one row or column: not changed.", zh: "某个系列的数据源不是单行或单列：未作更改。" },
  notAligned: { en: "The series do not cover the same periods: not changed.", zh: "各系列覆盖的期间不一致：未作更改。" },
  atEdge: { en: "The range already reaches the sheet's edge.", zh: "数据区域已到达工作表边缘。" },
  upToDate: { en: "No new periods after the chart's range.", zh: "图表区域之后没有新的期间。" },
} as const satisfies Record<string, Localized>;

/** Why refresh cannot bind a chart to its table again (bindings.ts). */
export const REBIND_REASONS = {
  column: (table: string, column: string): Localized => ({
    en: `Column "${column}" is no longer in table ${table}.`,
    zh: `表格 ${table} 中已没有“${column}”列。`,
  }),
  row: (table: string, row: string): Localized => ({
    en: `Row "${row}" is no longer in table ${table}.`,
    zh: `表格 ${table} 中已没有“${row}”行。`,
  }),
  periods: (table: string): Localized => ({
    en: `Table ${table} no longer has period columns of the chart's frequency.`,
    zh: `表格 ${table} 中已没有该图表所用频率的期间列。`,
  }),
  empty: (table: string): Localized => ({ en: `Table ${table} has no data rows.`, zh: `表格 ${table} 没有数据行。` }),
} as const;

/** Why no chart is drawn from the selection (selection.ts). */
export const SELECTION_REASONS = {
  tooSmall: { en: "Select at least two rows or columns of numbers (capex and D&A).", zh: "请至少选择两行或两列数字（资本开支和折旧摊销）。" },
  notFound: {
    en: "Could not tell capex from D&A: label the rows or columns (e.g. \"Capex\", \"D&A\"), or select exactly two lines, capex first.",
    zh: "无法区分资本开支与折旧摊销：请为行或列加上标签（如“资本开支”“折旧摊销”），或只选择两行/两列且资本开支在前。",
  },
  noNumbers: { en: "The selected capex and D&A cells hold no numbers.", zh: "所选资本开支和折旧摊销单元格中没有数字。" },
} as const satisfies Record<string, Localized>;

/** The chart from a selection: its title and series names where the selection has no labels. */
export const SELECTION_CHART_LABELS = {
  title: LABELS.capexVsDa,
  ratio: METRIC_LABELS.capex_da_ratio_calc,
  capex: CORE_FIELD_LABELS.capex,
  da: CORE_FIELD_LABELS.da,
} as const satisfies Record<string, Localized>;
