/**
 * Every reason the adapter reports, in both languages. One catalogue so the pane shows
 * the same words for the same cause.
 */
import type { Localized } from "../core/errors";
import { MAX_COLUMNS, MAX_ROWS } from "../core/import/limits";
import { RIBBON_MSG } from "./ribbon-messages";
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

/** Office.js error codes users can act on (batch.ts reasonOf). */
export const OFFICE_ERRORS = {
  AccessDenied: {
    en: "Excel denied access: the sheet or workbook may be protected. Unprotect it (Review → Unprotect Sheet) and try again.",
    zh: "Excel 拒绝访问：工作表或工作簿可能受保护。请先取消保护（审阅 → 撤消工作表保护）再重试。",
  },
  MergedRangeConflict: {
    en: "Merged cells are in the way. Unmerge them (Home → Merge & Center) or select elsewhere, and try again.",
    zh: "有合并单元格挡住了写入位置。请先取消合并（开始 → 合并后居中）或改选其他位置，再重试。",
  },
  InvalidOperationInCellEditMode: {
    en: "Excel is editing a cell: press Enter or Esc, then try again.",
    zh: "Excel 正在编辑单元格：请按 Enter 或 Esc 后重试。",
  },
  ItemAlreadyExists: { en: "An item with that name already exists.", zh: "同名项目已存在。" },
  ItemNotFound: { en: "Something the operation needs no longer exists.", zh: "操作所需的对象已不存在。" },
  ApiNotFound: { en: "This version of Excel lacks an API the operation needs.", zh: "当前 Excel 版本缺少此操作所需的 API。" },
  RequestPayloadSizeLimitExceeded: { en: "The request is too large for Excel on the web.", zh: "请求超出 Excel 网页版的大小限制。" },
} as const satisfies Record<string, Localized>;

export const EXCEL_MSG = {
  notInExcel: { en: "Excel is not available: open CapCycle inside Excel.", zh: "未连接 Excel：请在 Excel 中打开 CapCycle。" },
  needsApi: (feature: HostFeature, version: string): Localized => ({
    en: `${FEATURE_NAMES[feature].en} needs ExcelApi ${version}, which this version of Excel lacks.`,
    zh: `${FEATURE_NAMES[feature].zh}需要 ExcelApi ${version}，当前 Excel 版本不支持。`,
  }),
  selectionUnreadable: { en: "Could not read the selection's address.", zh: "无法读取所选区域的地址。" },
  progressPlanned: { en: "Template planned.", zh: "模板已生成。" },
  progressChecked: { en: "Workbook checked.", zh: "已检查工作簿。" },
  progressWritten: { en: "Sheet written.", zh: "工作表已写入。" },
  progressDone: { en: "Done.", zh: "完成。" },
  workbookProtected: {
    en: "The workbook's structure is protected: unprotect it (Review → Protect Workbook) to add a sheet.",
    zh: "工作簿结构受保护：请先取消保护（审阅 → 保护工作簿）再添加工作表。",
  },
  verifyFailed: { en: "The sheet was written, but its results could not be read back.", zh: "工作表已写入，但无法读回计算结果。" },
  templateFailed: (sheet: string, reason: Localized): Localized => ({
    en: `Could not load the template; the partial sheet "${sheet}" was removed. ${reason.en}`,
    zh: `未能加载模板，已删除未完成的工作表“${sheet}”。${reason.zh}`,
  }),
  partialNotRemoved: (sheet: string, reason: Localized, cleanup: Localized): Localized => ({
    en: `Could not load the template (${reason.en}), and the partial sheet "${sheet}" could not be removed (${cleanup.en}): delete it by hand.`,
    zh: `未能加载模板（${reason.zh}），且无法删除未完成的工作表“${sheet}”（${cleanup.zh}）：请手动删除。`,
  }),
  seriesLeftOut: (title: string, series: string): Localized => ({
    en: `${title}: the ${series} line was left out (needs ExcelApi 1.8).`,
    zh: `${title}：未添加“${series}”折线（需要 ExcelApi 1.8）。`,
  }),
  freezeLeftOut: {
    en: "The header rows and label column are not frozen (freezing panes needs ExcelApi 1.7).",
    zh: "未冻结表头行和标签列（冻结窗格需要 ExcelApi 1.7）。",
  },
  pageSetupLeftOut: {
    en: "The sheet prints with Excel's default page setup: print area, titles, orientation, margins, fit to width and page breaks need ExcelApi 1.9.",
    zh: "工作表按 Excel 默认页面设置打印：打印区域、打印标题、方向、页边距、按页宽缩放和分页符需要 ExcelApi 1.9。",
  },
  axisFormatLeftOut: {
    en: "Value axes keep Excel's default number format (setting it needs ExcelApi 1.8).",
    zh: "数值轴保留 Excel 默认的数字格式（设置格式需要 ExcelApi 1.8）。",
  },
  // ---- Chart from selection: what to select instead (never a raw Excel error code)
  selectionIsObject: {
    en: "A chart or shape is selected. Click a cell, then select the capex and D&A rows (or columns) of your model with their labels, and try again.",
    zh: "当前选中的是图表或形状。请先单击一个单元格，再选择模型中资本开支和折旧摊销所在的行（或列）及其标签，然后重试。",
  },
  selectionAreasNeedApi: {
    en: "Excel cannot hand this selection to add-ins: several areas (reading them needs ExcelApi 1.9, which this version lacks), or a chart or shape. Select one block of rows (or columns) that holds capex and D&A, and try again.",
    zh: "Excel 无法将当前选区提供给加载项：选中了多个区域（读取多个区域需要 ExcelApi 1.9，此版本不支持），或选中了图表或形状。请选择包含资本开支和折旧摊销的一整块行（或列），然后重试。",
  },
  selectionAreasMisaligned: {
    en: "The selected areas do not line up. Pick rows that span the same columns (or columns that span the same rows), for example the capex row and the D&A row with Ctrl, and try again.",
    zh: "所选的几个区域没有对齐。请选择覆盖相同列的几行（或覆盖相同行的几列），例如按住 Ctrl 选中资本开支行和折旧摊销行，然后重试。",
  },
  selectionEmpty: {
    en: "The selection holds no data. Select the capex and D&A rows (or columns) of your model with their labels, and try again.",
    zh: "所选区域中没有数据。请选择模型中资本开支和折旧摊销所在的行（或列）及其标签，然后重试。",
  },
  selectionCellEdit: {
    en: "Excel is editing a cell. Press Enter or Esc, then choose Chart from selection again.",
    zh: "Excel 正在编辑单元格。请按 Enter 或 Esc，然后再次选择“由选区生成图表”。",
  },
  // ---- Live templates: the custom functions answer after the sheet is written
  phaseFromPlan: {
    en: "The CAPCYCLE functions were still calculating when the sheet was read back; the cycle phase shown is the one the plan computed.",
    zh: "回读工作表时 CAPCYCLE 函数仍在计算；所示周期阶段为模板计划算出的结果。",
  },
  functionsPending: (n: number): Localized => ({
    en: `${n} CAPCYCLE formula cell${n === 1 ? " was" : "s were"} still calculating (#BUSY!) when the sheet was read back; Excel fills them in when the functions answer.`,
    zh: `回读工作表时有 ${n} 个 CAPCYCLE 公式单元格仍在计算（#BUSY!）；函数返回后 Excel 会自动填入结果。`,
  }),
  // ---- The ribbon's Refresh charts, shown in the task pane
  ...RIBBON_MSG,
  // ---- Operations that hang
  timedOut: (seconds: number): Localized => ({
    en: `Excel did not answer within ${seconds} second${seconds === 1 ? "" : "s"}. It may be busy (a dialog open, a long calculation): check the workbook, then try again.`,
    zh: `Excel 在 ${seconds} 秒内没有响应。它可能正忙（有对话框打开或正在长时间计算）：请检查工作簿后重试。`,
  }),
  templateLoaded: (sheet: string, tables: number, charts: number): Localized => ({
    en: `Added sheet "${sheet}" with ${tables} table${tables === 1 ? "" : "s"} and ${charts} chart${charts === 1 ? "" : "s"}.`,
    zh: `已添加工作表“${sheet}”，含 ${tables} 个表格和 ${charts} 个图表。`,
  }),
  // Snapshot for sharing (snapshot.ts).
  /** The copy's sheet name: "<sheet> snapshot". */
  snapshotWord: { en: "snapshot", zh: "快照" },
  snapshotNeedsApi: {
    en: "A snapshot copies the sheet, which needs ExcelApi 1.7; this version of Excel lacks it.",
    zh: "生成快照需要复制工作表（ExcelApi 1.7），当前 Excel 版本不支持。",
  },
  snapshotNothing: (sheet: string): Localized => ({
    en: `Sheet "${sheet}" has no CAPCYCLE formulas: it can be shared as it is.`,
    zh: `工作表“${sheet}”中没有 CAPCYCLE 公式，可以直接分享。`,
  }),
  snapshotProtected: (sheet: string): Localized => ({
    en: `Sheet "${sheet}" is protected: unprotect it (Review → Unprotect Sheet) to make a snapshot.`,
    zh: `工作表“${sheet}”受保护：请先取消保护（审阅 → 撤消工作表保护）再生成快照。`,
  }),
  snapshotFailed: (sheet: string, reason: Localized): Localized => ({
    en: `Could not make the snapshot; the partial copy "${sheet}" was removed. ${reason.en}`,
    zh: `未能生成快照，已删除未完成的副本“${sheet}”。${reason.zh}`,
  }),
  snapshotNotRemoved: (sheet: string, reason: Localized, cleanup: Localized): Localized => ({
    en: `Could not make the snapshot (${reason.en}), and the partial copy "${sheet}" could not be removed (${cleanup.en}): delete it by hand.`,
    zh: `未能生成快照（${reason.zh}），且无法删除未完成的副本“${sheet}”（${cleanup.zh}）：请手动删除。`,
  }),
  // ---- Office.js errors (batch.ts): a known code's advice, else Excel's own words
  officeErrorKnown: (known: Localized, message: string): Localized => ({ en: `${known.en} (${message})`, zh: `${known.zh}（${message}）` }),
  officeError: (message: string, code: string): Localized => ({
    en: `Excel reported an error: ${message}${code ? ` (${code})` : ""}`,
    zh: `Excel 报告错误：${message}${code ? `（${code}）` : ""}`,
  }),
  // ---- The Formula tab's active cell (active-cell.ts)
  notAFormula: { en: "A formula must start with \"=\".", zh: "公式必须以“=”开头。" },
  sheetNotFound: (name: string): Localized => ({ en: `There is no sheet "${name}".`, zh: `没有名为“${name}”的工作表。` }),
  // ---- Import from the selection (import-store.ts)
  importOneArea: { en: "Select one rectangular range (the table to import).", zh: "请选中一个矩形区域（要导入的数据表）。" },
  importEmpty: { en: "The selection is empty.", zh: "所选区域为空。" },
  importTooBig: (rows: number, cols: number): Localized => ({
    en: `The selection has ${rows.toLocaleString("en-US")} rows × ${cols.toLocaleString("en-US")} columns; an import takes at most ${MAX_ROWS.toLocaleString("en-US")} rows and ${MAX_COLUMNS} columns. Select the table only.`,
    zh: `所选区域为 ${rows.toLocaleString("en-US")} 行 × ${cols.toLocaleString("en-US")} 列；导入至多 ${MAX_ROWS.toLocaleString("en-US")} 行、${MAX_COLUMNS} 列。请只选中数据表。`,
  }),
} as const;
