/**
 * Running one operation against Excel: sync counting (budgets are asserted in tests), and
 * every failure turned into a Localized reason — nothing is thrown at the pane.
 */
import type { Localized } from "../core/errors";
import type { ExcelEnv } from "./types";
import { NoExcelHostError } from "./env";
import { MSG } from "./messages";

/** Counts context.sync round trips of one operation. */
export class SyncCounter {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

/** Office.js error codes users can act on, in both languages. */
const CODES: Readonly<Record<string, Localized>> = {
  AccessDenied: {
    en: "Excel denied access: the sheet or workbook may be protected. Unprotect it (Review → Unprotect Sheet) and try again.",
    zh: "Excel 拒绝访问:工作表或工作簿可能受保护。请先取消保护(审阅 → 撤消工作表保护)再重试。",
  },
  MergedRangeConflict: {
    en: "Merged cells are in the way. Unmerge them (Home → Merge & Center) or select elsewhere, and try again.",
    zh: "有合并单元格挡住了写入位置。请先取消合并(开始 → 合并后居中)或改选其他位置,再重试。",
  },
  InvalidOperationInCellEditMode: {
    en: "Excel is editing a cell: press Enter or Esc, then try again.",
    zh: "Excel 正在编辑单元格:请按 Enter 或 Esc 后重试。",
  },
  ItemAlreadyExists: { en: "An item with that name already exists.", zh: "同名项目已存在。" },
  ItemNotFound: { en: "Something the operation needs no longer exists.", zh: "操作所需的对象已不存在。" },
  ApiNotFound: { en: "This version of Excel lacks an API the operation needs.", zh: "当前 Excel 版本缺少此操作所需的 API。" },
  RequestPayloadSizeLimitExceeded: { en: "The request is too large for Excel on the web.", zh: "请求超出 Excel 网页版的大小限制。" },
};

/** A reason for an error thrown by Office.js (or anything else), never empty. */
export function reasonOf(error: unknown): Localized {
  if (error instanceof NoExcelHostError) return MSG.notInExcel;
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" && e.message.trim() !== "" ? e.message.trim() : String(error);
  const known = CODES[code];
  if (known) return { en: `${known.en} (${message})`, zh: `${known.zh}(${message})` };
  return { en: `Excel reported an error: ${message}${code ? ` (${code})` : ""}`, zh: `Excel 报告错误:${message}${code ? `(${code})` : ""}` };
}

/** Where Office.js says the failing call was ("WorksheetCollection.add"), if it says. */
export function errorLocation(error: unknown): string {
  const loc = (error as { debugInfo?: { errorLocation?: unknown } })?.debugInfo?.errorLocation;
  return typeof loc === "string" ? loc : "";
}

/** Runs a batch; a thrown error (no Excel, Office.js failure, a bug) becomes { ok: false, reason }. */
export async function runSafely<T extends object>(
  env: ExcelEnv,
  batch: (context: Excel.RequestContext, syncs: SyncCounter) => Promise<({ ok: true } & T) | { ok: false; reason: Localized }>,
): Promise<({ ok: true } & T) | { ok: false; reason: Localized }> {
  try {
    return await env.run((context) => batch(context, new SyncCounter(context)));
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}
