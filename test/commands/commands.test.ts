/**
 * The ribbon command entry: what it associates, and that Office always hears the command
 * completed, whatever the refresh does.
 */
import { describe, expect, it, vi } from "vitest";
import { createRefreshChartsHandler, logOutcome, registerCommands, type CommandEvent } from "../../src/commands/commands";

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
    const outcome = await createRefreshChartsHandler(() => Promise.resolve(refreshed), (o) => reported.push(o))(e);
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
