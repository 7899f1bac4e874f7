/**
 * Following the selected cell in the shared runtime (issue 10): while the task pane is hidden
 * the follower makes no calls to Excel, and reads once when the pane is shown again; a read
 * that meets cell-edit mode waits it out instead of failing.
 */
import { describe, expect, it } from "vitest";
import { onPaneVisibilityChanged, onSelectionChanged, readActiveCell } from "../../src/excel/index";
import { createSelectionFollower } from "../../src/taskpane/views/use-follow-selection";
import { installFakeOffice } from "../support/workbook/index";
import { fakeWorkbook } from "./helpers";

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the selection follower", () => {
  it("pauses while the pane is hidden: no request reaches Excel, one read when it is shown again", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", { A1: "Capex", B1: 12 });
    const globals: { Office?: unknown } = {};
    const office = installFakeOffice(globals, fake);
    const read: string[] = [];
    const follower = createSelectionFollower(() => {
      void readActiveCell(env).then((r) => r.ok && read.push(r.cell.address));
    }, 1);
    const sub = await onSelectionChanged(() => follower.selectionChanged(), env);
    expect(sub.ok).toBe(true);
    const unwatch = await onPaneVisibilityChanged((v) => follower.visibilityChanged(v), globals.Office as Parameters<typeof onPaneVisibilityChanged>[1]);
    expect(unwatch).not.toBeNull();

    await fake.select("Model", "B1");
    await tick();
    expect(read).toEqual(["Model!B1"]);

    await office.setVisibility("Hidden");
    fake.resetCounters();
    await fake.select("Model", "A1");
    await fake.select("Model", "A2");
    await tick();
    expect(fake.counters.runs).toBe(0);

    await office.setVisibility("Taskpane");
    await tick();
    expect(read).toEqual(["Model!B1", "Model!A2"]);
    expect(fake.counters.runs).toBe(1);
    follower.dispose();
    await unwatch!();
  });

  it("shown again without a selection change in between: nothing to read", async () => {
    const reads: number[] = [];
    const follower = createSelectionFollower(() => reads.push(1), 1);
    follower.visibilityChanged(false);
    follower.visibilityChanged(true);
    follower.selectionChanged();
    follower.dispose();
    await tick();
    expect(reads).toEqual([]);
  });

  it("without the shared runtime's visibility events it counts the pane as visible", async () => {
    expect(await onPaneVisibilityChanged(() => undefined, {})).toBeNull();
    expect(await onPaneVisibilityChanged(() => undefined, undefined)).toBeNull();
  });
});

describe("reading the active cell in cell-edit mode", () => {
  it("waits until the person leaves the cell, then reads it", async () => {
    const { fake } = fakeWorkbook();
    fake.seed.sheet("Model", { B2: 7 });
    fake.seed.select("Model!B2");
    fake.setCellEditMode(true);
    const env = { run: fake.run, isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v), timing: { cellEditRetryMs: [5, 5, 20, 40, 80] } };
    const pending = readActiveCell(env);
    await tick(15);
    fake.setCellEditMode(false);
    const r = await pending;
    expect(r.ok && [r.cell.address, r.cell.value]).toEqual(["Model!B2", 7]);
  });

  it("gives up with a sentence, in both languages, when the person stays in the cell", async () => {
    const { fake } = fakeWorkbook();
    fake.setCellEditMode(true);
    const env = { run: fake.run, isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v), timing: { cellEditRetryMs: [1, 1] } };
    const r = await readActiveCell(env);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.en).toMatch(/^Excel is editing a cell: press Enter or Esc, then try again\./);
    expect(r.reason.zh).toMatch(/^Excel 正在编辑单元格/);
    expect(fake.counters.runs).toBe(3);
  });
});

describe("selection events on an older Excel", () => {
  it("a host with ExcelApi 1.2 gets a sentence (the client library gates the event at 1.3), not ApiNotFound", async () => {
    const { env } = fakeWorkbook({ supported: ["ExcelApi 1.2"] });
    const r = await onSelectionChanged(() => undefined, env);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.en).toBe("Following the selected cell needs ExcelApi 1.3, which this version of Excel lacks.");
  });
});
