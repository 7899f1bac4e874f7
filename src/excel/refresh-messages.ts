/** Reasons and summaries of "Refresh charts", in both languages. */
import type { Localized } from "../core/errors";

export const REFRESH_MSG = {
  sheetGone: (sheet: string): Localized => ({ en: `Sheet "${sheet}" no longer exists.`, zh: `工作表“${sheet}”已不存在。` }),
  sheetProtected: (sheet: string): Localized => ({
    en: `Sheet "${sheet}" is protected: not changed. Unprotect it (Review → Unprotect Sheet) to refresh its charts.`,
    zh: `工作表“${sheet}”受保护：未作更改。请先取消保护（审阅 → 撤消工作表保护）再刷新其图表。`,
  }),
  tableGone: (table: string): Localized => ({ en: `Table ${table} no longer exists.`, zh: `表格 ${table} 已不存在。` }),
  chartGone: (chart: string): Localized => ({ en: `Chart "${chart}" no longer exists.`, zh: `图表“${chart}”已不存在。` }),
  missing: (chart: string): Localized => ({
    en: `Chart "${chart}" is missing; it can be rebuilt from its table.`,
    zh: `图表“${chart}”已缺失，可依据其表格重建。`,
  }),
  missingNotRebuilt: (chart: string): Localized => ({
    en: `Chart "${chart}" is missing and was not rebuilt (choose Rebuild to rebuild it).`,
    zh: `图表“${chart}”已缺失，未重建（选择“重建”可重建）。`,
  }),
  seriesGone: (series: string): Localized => ({
    en: `The chart no longer has its series "${series}": not changed.`,
    zh: `图表中已没有系列“${series}”：未作更改。`,
  }),
  newPeriods: (n: number): Localized => ({
    en: `${n} new period${n === 1 ? "" : "s"} after the chart's range: extend it?`,
    zh: `图表区域之后有 ${n} 个新期间：是否扩展？`,
  }),
  notChosen: { en: "Roll-forward not chosen.", zh: "未选择扩展。" },
  changedSincePreview: { en: "The chart changed since the preview: not changed.", zh: "图表在预览后已被修改：未作更改。" },
  recordGone: { en: "The chart's record is gone from the workbook.", zh: "工作簿中已没有该图表的记录。" },
  userChartInPane: {
    en: "A chart you made: extend it from the task pane's Refresh charts, which shows the change first.",
    zh: "您自建的图表：请在任务窗格的“刷新图表”中扩展，会先显示将作的更改。",
  },
  nothingToDo: { en: "Nothing to do.", zh: "无需操作。" },
  sourcesUnreadable: {
    en: "Excel could not report the charts' source ranges: charts you made are left unchanged.",
    zh: "Excel 无法提供图表的数据源区域：您自建的图表保持不变。",
  },
  chartUnreadable: (chart: string, reason: Localized): Localized => ({
    en: `Excel could not read chart "${chart}": skipped, the other charts are not affected. (${reason.en})`,
    zh: `Excel 无法读取图表“${chart}”：已跳过，其他图表不受影响。（${reason.zh}）`,
  }),
  chartSourcesUnreadable: (chart: string, reason: Localized): Localized => ({
    en: `Excel could not report the source ranges of chart "${chart}": left unchanged, the other charts are not affected. (${reason.en})`,
    zh: `Excel 无法提供图表“${chart}”的数据源区域：保持不变，其他图表不受影响。（${reason.zh}）`,
  }),
  sheetChartsUnreadable: (sheet: string, reason: Localized): Localized => ({
    en: `Excel could not list the charts on sheet "${sheet}": they are left unchanged. (${reason.en})`,
    zh: `Excel 无法列出工作表“${sheet}”上的图表：这些图表保持不变。（${reason.zh}）`,
  }),
  damagedRecords: (n: number): Localized => ({
    en: `${n} chart record${n === 1 ? " was" : "s were"} unreadable and ignored.`,
    zh: `有 ${n} 条图表记录无法读取，已忽略。`,
  }),
  summary: (refreshed: number, extended: number, rebuilt: number, skipped: number): Localized => ({
    en: `Charts: ${refreshed} refreshed, ${extended} extended, ${rebuilt} rebuilt, ${skipped} skipped.`,
    zh: `图表：刷新 ${refreshed} 个，扩展 ${extended} 个，重建 ${rebuilt} 个，跳过 ${skipped} 个。`,
  }),
} as const;
