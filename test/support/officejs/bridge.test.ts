/**
 * The bridge itself: Microsoft's client library, driven by plain Office.js code, answered by
 * the in-memory workbook — and the library's own behaviours the README lists, each shown here.
 */
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../workbook/index";
import { createOfficeJsBridge, EXCEL_BUILDS } from "./index";

function bridged(build: (typeof EXCEL_BUILDS)[number] = "excel-web-16.00", supported?: string[]) {
  const fake = createFakeExcel(supported ? { supported } : {});
  fake.seed.sheet("Model", { A1: "Period", B1: "Capex", A2: "'2024", B2: 12.5 });
  const bridge = createOfficeJsBridge(build, fake);
  return { fake, bridge, run: bridge.env.run };
}

describe.each(EXCEL_BUILDS)("the %s client build", (build) => {
  it("loads, writes and reads through the library's proxies, in one request plus its clean-up", async () => {
    const { fake, bridge, run } = bridged(build);
    const got = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Model").getRange("A2:B3");
      range.values = [["'2025", 14]]; // refused: 1 row for 2
      range.load("address");
      return context.sync().then(
        () => "written",
        (e: { code?: string }) => e.code,
      );
    });
    expect(got).toBe("InvalidArgument");
    const values = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Model").getRange("A2:B3");
      range.values = [["'2025", 14], ["'2026", "=B2*2"]];
      range.load("values,address");
      await context.sync();
      return { values: range.values, address: range.address };
    });
    expect(values).toEqual({ values: [["2025", 14], ["2026", 28]], address: "Model!A2:B3" });
    expect(fake.values("Model!A3:B3")).toEqual([["2026", 28]]);
    // The batch's sync, then Excel.run's clean-up of the range it kept (SPEC §8 counts both).
    expect(bridge.requests.slice(-2).map((r) => r.names.filter((n) => !n.startsWith("_KeepReference")))).toEqual([["Values"], ["_RemoveReference"]]);
    expect(bridge.requests.every((r) => r.bytes > 0)).toBe(true);
    expect(bridge.problems).toEqual([]);
  });

  it("sends no clean-up request when the batch kept no range", async () => {
    const { bridge, run } = bridged(build);
    const names = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Sheet1", "Model"]);
    expect(bridge.requests).toHaveLength(1);
  });

  it("raises the workbook's errors as the library's OfficeExtension.Error, with the code and location", async () => {
    const { fake, bridge, run } = bridged(build);
    const error = await run(async (context) => {
      context.workbook.worksheets.getItem("Model").getRange("C1").values = [["done first"]];
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(bridge.library.OfficeExtension.Error);
    expect(error).toMatchObject({ code: "ItemNotFound", debugInfo: expect.objectContaining({ code: "ItemNotFound" }) });
    // Not transactional: the write before the failing call stayed, as in Excel.
    expect(fake.values("Model!C1")).toEqual([["done first"]]);
  });

  it("answers null objects: getItemOrNullObject, isNullObject after the sync", async () => {
    const { run } = bridged(build);
    const r = await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const there = context.workbook.worksheets.getItemOrNullObject("Model");
      there.load("name");
      await context.sync();
      return { missing: missing.isNullObject, there: there.isNullObject, name: there.name };
    });
    expect(r).toEqual({ missing: true, there: false, name: "Model" });
  });

  it("keeps objects across syncs: a sheet added in one request is written in the next", async () => {
    const { fake, run } = bridged(build);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.add("New");
      await context.sync();
      sheet.getRange("A1").values = [["x"]];
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1"));
      await context.sync();
      chart.name = "Renamed";
      await context.sync();
    });
    expect(fake.values("New!A1")).toEqual([["x"]]);
    expect(fake.snapshot().sheets["New"]!.charts.map((c) => c.name)).toEqual(["Renamed"]);
  });

  it("splits a write over 1,500 cells into row chunks (setRangePropertiesInBulk), with the same result", async () => {
    const { fake, bridge, run } = bridged(build);
    const grid = Array.from({ length: 40 }, (_, r) => Array.from({ length: 50 }, (_, c) => r * 100 + c));
    await run(async (context) => {
      context.workbook.worksheets.getItem("Model").getRange("D1:BA40").values = grid;
      await context.sync();
    });
    const write = bridge.requests[0]!;
    // 1,500 / 50 columns = 30 rows per chunk: rows 1–30, then 31–40.
    expect(write.names.filter((n) => n !== "_KeepReference")).toEqual(["_ValidateArraySize", "Values", "Values"]);
    expect(fake.values("Model!D1:BA40")).toEqual(grid);
  });

  it("refuses a chunked write whose array does not fit the range, as Excel's _ValidateArraySize does", async () => {
    const { fake, bridge, run } = bridged(build);
    const grid = Array.from({ length: 40 }, () => Array.from({ length: 50 }, () => 1));
    const error = await run(async (context) => {
      context.workbook.worksheets.getItem("Model").getRange("D1:BA41").values = grid; // 41 rows for 40
      await context.sync();
    }).catch((e: { code?: string; message?: string }) => e);
    expect(error).toMatchObject({ code: "InvalidArgument", message: expect.stringMatching(/doesn't match the size/) });
    // Each chunk would have fit its own rows: nothing was written.
    expect(fake.values("Model!D1:D41").flat().every((v) => v === "")).toBe(true);
    expect(bridge.requests[0]!.error).toBe("InvalidArgument");
  });

  it("lists what the workbook cannot answer instead of passing it off as an Excel error", async () => {
    const { bridge, run } = bridged(build);
    const error = await run(async (context) => {
      context.workbook.worksheets.getItem("Model").getRange("A1").getMergedAreasOrNullObject().load("address");
      await context.sync();
    }).catch((e: { code?: string }) => e.code);
    expect(error).toBe("GeneralException");
    expect(bridge.problems).toEqual([expect.stringMatching(/FakeRange has no method getMergedAreasOrNullObject/)]);
  });
});

describe("requirement sets the library checks itself", () => {
  // Every API of the library starts with `_throwIfApiNotSupported(name, "ExcelApi", version)`,
  // but in @microsoft/office-js 1.1.110 the check is inert: the build ends with
  // `OfficeExtension.Utility._doApiNotSupportedCheck = true`, while the check reads
  // `CommonUtility._doApiNotSupportedCheck` (Utility's base class), which stays false.
  const subscribe = (run: ReturnType<typeof bridged>["run"]) =>
    run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => undefined);
      await context.sync();
      return "subscribed";
    }).catch((e: { code?: string; debugInfo?: { errorLocation?: string } }) => e);

  it("as shipped, lets workbook.onSelectionChanged through on a host with ExcelApi 1.2 only: the host must refuse", async () => {
    const { run } = bridged("excel-web-16.00", ["ExcelApi 1.2"]);
    expect(await subscribe(run)).toBe("subscribed");
  });

  it("with its check switched on, gates workbook.onSelectionChanged at ExcelApi 1.3 (the typings say 1.2)", async () => {
    const { run, bridge } = bridged("excel-web-16.00", ["ExcelApi 1.2"]);
    (bridge.library.OfficeExtension as unknown as { CommonUtility: { _doApiNotSupportedCheck: boolean } }).CommonUtility._doApiNotSupportedCheck = true;
    expect(await subscribe(run)).toMatchObject({ code: "ApiNotFound", debugInfo: { errorLocation: "Workbook.onSelectionChanged" } });
    expect(bridge.requests).toHaveLength(0);
    const { run: run13, bridge: bridge13 } = bridged("excel-web-16.00", ["ExcelApi 1.3"]);
    (bridge13.library.OfficeExtension as unknown as { CommonUtility: { _doApiNotSupportedCheck: boolean } }).CommonUtility._doApiNotSupportedCheck = true;
    expect(await subscribe(run13)).toBe("subscribed");
  });

  it("throws PropertyNotLoaded itself, before any request", async () => {
    const { run, bridge } = bridged();
    const error = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Model").getRange("A1");
      return range.values;
    }).catch((e: { code?: string }) => e.code);
    expect(error).toBe("PropertyNotLoaded");
    expect(bridge.requests).toHaveLength(0);
  });
});
