/**
 * The custom-functions runtime's own messages, in both languages: what the functions say when
 * an input is not a plain value, the data has not loaded, or something unexpected happened.
 * (Each function's help and its errors are the core's: core/functions/table.ts, core/<area>/messages.ts.)
 */
import type { Localized } from "../core/errors";

export const FUNCTIONS_MSG = {
  otherError: (code: string): Localized => ({
    en: `An input cell holds the error ${code}. Fix that cell (or wrap it in IFERROR); this result then updates.`,
    zh: `输入单元格中含有错误 ${code}。请先修正该单元格（或用 IFERROR 处理），本结果会随之更新。`,
  }),
  unsupported: {
    en: "An input holds a value that is not a number, text, logical value or error (for example a linked data type). Refer to cells holding plain numbers or text.",
    zh: "输入中含有既非数字、文本、逻辑值也非错误的值（例如链接数据类型）。请改为引用含有普通数字或文本的单元格。",
  },
  gettingData: {
    en: "An input is still loading (#GETTING_DATA). Wait for it: this result updates when it has loaded.",
    zh: "输入数据仍在加载中（#GETTING_DATA）。请稍候：加载完成后本结果会自动更新。",
  },
  empty: { en: "There is nothing to show. Check the arguments.", zh: "没有可显示的内容。请检查参数。" },
  internal: (detail: string): Localized => ({
    en: `Unexpected internal problem: ${detail}. Recalculate (Ctrl+Alt+F9); if it persists, reload the add-in.`,
    zh: `意外的内部问题：${detail}。请重新计算（Ctrl+Alt+F9）；若仍出现，请重新加载加载项。`,
  }),
  dataNotLoaded: {
    en: "The CapCycle data did not load. Reload the add-in (close and reopen the task pane), then recalculate.",
    zh: "CapCycle 数据未能加载。请重新加载加载项（关闭并重新打开任务窗格），然后重新计算。",
  },
} as const;
