/**
 * Operations that hang (Excel busy with a dialog, a request that never returns) end with a
 * sentence in both languages instead of a spinner that never stops (issue 10).
 */
import { describe, expect, it } from "vitest";
import { activateSheet, chartFromSelection, loadTemplate, previewRefresh, readActiveCell, refreshChartsCommand } from "../../src/excel/index";
import type { ExcelEnv } from "../../src/excel/types";

/** Excel that takes every request and never answers. */
const hanging: ExcelEnv = { run: () => new Promise(() => undefined), isSetSupported: () => true, timing: { timeoutMs: 40 } };

describe("operations that hang", () => {
  it.each([
    ["Load template", () => loadTemplate({ company: "300015.SZ", lang: "en" }, undefined, hanging)],
    ["Refresh charts (preview)", () => previewRefresh(hanging)],
    ["Refresh charts (ribbon)", () => refreshChartsCommand(hanging)],
    ["Chart from selection", () => chartFromSelection(hanging)],
    ["Read the active cell", () => readActiveCell(hanging)],
    ["Go to sheet", () => activateSheet("Model", hanging)],
  ] as const)("%s times out with a message", async (_name, op) => {
    const started = Date.now();
    const r = await op();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toEqual({
      en: "Excel did not answer within 1 second. It may be busy (a dialog open, a long calculation): check the workbook, then try again.",
      zh: "Excel 在 1 秒内没有响应。它可能正忙（有对话框打开或正在长时间计算）：请检查工作簿后重试。",
    });
  });
});
