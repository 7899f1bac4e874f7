/**
 * The ribbon command entry: what it associates, and that Office always hears the command
 * completed, whatever the refresh does.
 */
import { describe, expect, it, vi } from "vitest";
import { createRefreshChartsHandler, logOutcome, registerCommands, type CommandEvent } from "../../src/commands/commands";
import { clearRibbonOutcome, subscribeRibbonOutcome, type RibbonOutcome } from "../../src/excel/ribbon-outcome";
import { createFakeExcel, installFakeOffice, type FakeExcel, type InstalledOffice } from "../support/workbook/index";

/** Office and Excel globals backed by a fake workbook, removed again by the returned function. */
function officeWith(fake: FakeExcel): InstalledOffice {
  clearRibbonOutcome();
  return installFakeOffice(globalThis, fake);
}

function event(): CommandEvent & { completions: number } {
  return {
    completions: 0,
    completed() {
      this.completions++;
    },
  };
}

describe("registerCommands", () => {
  it("does nothing outside Office", () => {
    expect(registerCommands(undefined)).toBe(false);
    expect(registerCommands({})).toBe(false);
  });

  it("associates refreshCharts, the manifest's FunctionName", () => {
    const names: string[] = [];
    expect(registerCommands({ actions: { associate: (name) => names.push(name) } })).toBe(true);
    expect(names).toEqual(["refreshCharts"]);
  });
});

describe("the refreshCharts handler", () => {
  it("completes the event when the refresh throws, and reports why", async () => {
    const e = event();
    const outcome = await createRefreshChartsHandler(() => Promise.reject(new Error("sheet is protected")), () => undefined)(e);
    expect(e.completions).toBe(1);
    expect(outcome).toEqual({
      done: false,
      message: { en: "Refresh charts failed: sheet is protected", zh: "刷新图表失败：sheet is protected" },
    });
  });

  it("completes the event once and passes the refresh outcome through", async () => {
    const e = event();
    const refreshed = { done: true, message: { en: "2 charts refreshed.", zh: "已刷新 2 个图表。" } };
    const reported: unknown[] = [];
    const outcome = await createRefreshChartsHandler(() => Promise.resolve(refreshed), (o) => void reported.push(o))(e);
    expect(reported).toEqual([refreshed]);
    expect(e.completions).toBe(1);
    expect(outcome).toBe(refreshed);
  });

  it("completes the event when reporting throws", async () => {
    const e = event();
    const refreshed = { done: true, message: { en: "ok", zh: "好" } };
    const outcome = await createRefreshChartsHandler(() => Promise.resolve(refreshed), () => {
      throw new Error("no console");
    })(e);
    expect(e.completions).toBe(1);
    expect(outcome).toBe(refreshed);
  });
});

describe("logOutcome", () => {
  it("logs the message in Office's display language: info when done, a warning when not", () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const g = globalThis as { Office?: unknown };
    const before = g.Office;
    try {
      g.Office = { context: { displayLanguage: "zh-CN" } };
      logOutcome({ done: true, message: { en: "Charts: 3 refreshed.", zh: "图表:刷新 3 个。" } });
      g.Office = undefined;
      logOutcome({ done: false, message: { en: "Excel is not available.", zh: "未连接 Excel。" } });
      expect(info.mock.calls).toEqual([["CapCycle: 图表:刷新 3 个。"]]);
      expect(warn.mock.calls).toEqual([["CapCycle: Excel is not available."]]);
    } finally {
      g.Office = before;
      info.mockRestore();
      warn.mockRestore();
    }
  });
});

describe("the ribbon's outcome reaches the person", () => {
  it("a failure is posted to the pane and the task pane is shown (shared runtime), in both languages", async () => {
    const fake = createFakeExcel();
    const office = officeWith(fake);
    try {
      await office.setVisibility("Hidden");
      registerCommands((globalThis as { Office?: Parameters<typeof registerCommands>[0] }).Office);
      fake.setCellEditMode(true);
      const e = event();
      await office.actions.get("refreshCharts")!(e);
      expect(e.completions).toBe(1);
      const heard: RibbonOutcome[] = [];
      const stop = subscribeRibbonOutcome((o) => void heard.push(o));
      stop();
      expect(heard).toHaveLength(1);
      expect(heard[0]!.done).toBe(false);
      expect(heard[0]!.message.en).toMatch(/^Excel is editing a cell: press Enter or Esc, then try again\./);
      expect(heard[0]!.message.zh).toMatch(/^Excel 正在编辑单元格/);
      expect(office.addinCalls).toEqual(["showAsTaskpane"]);
      expect(office.visibility).toBe("Taskpane");
    } finally {
      office.uninstall();
    }
  });

  it("a success is shown the same way", async () => {
    const fake = createFakeExcel();
    const office = officeWith(fake);
    try {
      registerCommands((globalThis as { Office?: Parameters<typeof registerCommands>[0] }).Office);
      await office.actions.get("refreshCharts")!(event());
      const heard: RibbonOutcome[] = [];
      subscribeRibbonOutcome((o) => void heard.push(o))();
      expect(heard).toEqual([{ done: true, message: { en: "Charts: 0 refreshed, 0 extended, 0 rebuilt, 0 skipped.", zh: "图表：刷新 0 个，扩展 0 个，重建 0 个，跳过 0 个。" } }]);
      expect(office.addinCalls).toEqual(["showAsTaskpane"]);
    } finally {
      office.uninstall();
    }
  });

  it("without the shared runtime (no Office.addin.showAsTaskpane) it goes to the console", async () => {
    const fake = createFakeExcel({ supported: ["ExcelApi 1.17"] });
    const office = officeWith(fake);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await createRefreshChartsHandler(() => Promise.resolve({ done: false, message: { en: "No.", zh: "否。" } }))(event());
      expect(office.addinCalls).toEqual([]);
      expect(warn.mock.calls).toEqual([["CapCycle: No."]]);
    } finally {
      warn.mockRestore();
      office.uninstall();
    }
  });
});
