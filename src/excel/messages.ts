/**
 * Every reason the adapter reports, in both languages. One catalogue so the pane shows
 * the same words for the same cause.
 */
import type { Localized } from "../core/errors";
import type { HostFeature } from "./types";

const FEATURE_NAMES: Readonly<Record<HostFeature, Localized>> = {
  templates: { en: "Templates", zh: "模板" },
  charts: { en: "Charts", zh: "图表" },
  secondaryAxis: { en: "The ratio line on a secondary axis", zh: "次坐标轴上的比率折线" },
  bindings: { en: "Recording chart bindings in the workbook", zh: "在工作簿中记录图表绑定" },
  rollForward: { en: "Reading and extending a chart's source ranges", zh: "读取并扩展图表的数据源区域" },
  chartFromSelection: { en: "Chart from selection", zh: "由选区生成图表" },
  selectionEvents: { en: "Following the selected cell", zh: "跟踪所选单元格" },
};

export const MSG = {
  notInExcel: { en: "Excel is not available: open CapCycle inside Excel.", zh: "未连接 Excel:请在 Excel 中打开 CapCycle。" },
  needsApi: (feature: HostFeature, version: string): Localized => ({
    en: `${FEATURE_NAMES[feature].en} needs ExcelApi ${version}, which this version of Excel lacks.`,
    zh: `${FEATURE_NAMES[feature].zh}需要 ExcelApi ${version},当前 Excel 版本不支持。`,
  }),
  selectionUnreadable: { en: "Could not read the selection's address.", zh: "无法读取所选区域的地址。" },
  progressPlanned: { en: "Template planned.", zh: "模板已生成。" },
  progressChecked: { en: "Workbook checked.", zh: "已检查工作簿。" },
  progressWritten: { en: "Sheet written.", zh: "工作表已写入。" },
  progressDone: { en: "Done.", zh: "完成。" },
  workbookProtected: {
    en: "The workbook's structure is protected: unprotect it (Review → Protect Workbook) to add a sheet.",
    zh: "工作簿结构受保护:请先取消保护(审阅 → 保护工作簿)再添加工作表。",
  },
  verifyFailed: { en: "The sheet was written, but its results could not be read back.", zh: "工作表已写入,但无法读回计算结果。" },
  templateFailed: (sheet: string, reason: Localized): Localized => ({
    en: `Could not load the template; the partial sheet "${sheet}" was removed. ${reason.en}`,
    zh: `未能加载模板,已删除未完成的工作表“${sheet}”。${reason.zh}`,
  }),
  partialNotRemoved: (sheet: string, reason: Localized, cleanup: Localized): Localized => ({
    en: `Could not load the template (${reason.en}), and the partial sheet "${sheet}" could not be removed (${cleanup.en}): delete it by hand.`,
    zh: `未能加载模板(${reason.zh}),且无法删除未完成的工作表“${sheet}”(${cleanup.zh}):请手动删除。`,
  }),
  templateLoaded: (sheet: string, tables: number, charts: number): Localized => ({
    en: `Added sheet "${sheet}" with ${tables} table${tables === 1 ? "" : "s"} and ${charts} chart${charts === 1 ? "" : "s"}.`,
    zh: `已添加工作表“${sheet}”,含 ${tables} 个表格和 ${charts} 个图表。`,
  }),
} as const;
