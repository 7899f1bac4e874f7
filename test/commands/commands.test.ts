/**
 * The ribbon command entry: what it associates, and that Office always hears the command
 * completed, whatever the refresh does.
 */
import { describe, expect, it } from "vitest";
import { createRefreshChartsHandler, registerCommands, type CommandEvent } from "../../src/commands/commands";

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
    const outcome = await createRefreshChartsHandler(() => Promise.reject(new Error("sheet is protected")))(e);
    expect(e.completions).toBe(1);
    expect(outcome).toEqual({
      done: false,
      message: { en: "Refresh charts failed: sheet is protected", zh: "刷新图表失败：sheet is protected" },
    });
  });

  it("completes the event once and passes the refresh outcome through", async () => {
    const e = event();
    const refreshed = { done: true, message: { en: "2 charts refreshed.", zh: "已刷新 2 个图表。" } };
    const outcome = await createRefreshChartsHandler(() => Promise.resolve(refreshed))(e);
    expect(e.completions).toBe(1);
    expect(outcome).toBe(refreshed);
  });
});
