import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./index";
import { expectOfficeError } from "./office-error-matchers";

describe("round trips and counters", () => {
  it("counts context.sync calls, requests actually sent, and operations per request", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      await context.sync(); // nothing queued: no request
      sheet.getRange("A2").values = [[2]]; // sent by Excel.run's implicit final sync
    });
    expect(fake.counters.runs).toBe(1);
    expect(fake.counters.syncCount).toBe(2);
    expect(fake.counters.roundTrips).toBe(2);
    expect(fake.counters.opNamesPerRoundTrip).toEqual([
      ["worksheets.getItem", "worksheet.getRange", "range.values"],
      ["worksheet.getRange", "range.values"],
    ]);
    expect(fake.counters.opsPerRoundTrip).toEqual([3, 2]);
    expect(fake.counters.calls["range.values"]).toBe(2);
    fake.resetCounters();
    expect(fake.counters.roundTrips).toBe(0);
  });

  it("does not send queued operations when the batch throws", async () => {
    const fake = createFakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add("Never");
        throw new Error("batch failed");
      }),
    ).rejects.toThrow("batch failed");
    expect(fake.counters.roundTrips).toBe(0);
    expect(fake.snapshot().sheetOrder).toEqual(["Sheet1"]);
  });
});

describe("requests are not transactional (as in Excel)", () => {
  it("keeps the operations before a failing one and drops the ones after it", async () => {
    const fake = createFakeExcel();
    await expectOfficeError(
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.add("First");
        sheets.add("bad/name");
        sheets.add("Third");
        await context.sync();
      }),
      "InvalidArgument",
    );
    expect(fake.snapshot().sheetOrder).toEqual(["Sheet1", "First"]);
  });
});

describe("failure injection", () => {
  it("{ sync: n } fails the n-th request before anything in it applies", async () => {
    const fake = createFakeExcel({ failAt: { sync: 2 } });
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.add("One");
        await context.sync();
        context.workbook.worksheets.add("Two");
        await context.sync();
      }),
      "GeneralException",
    );
    expect(fake.snapshot().sheetOrder).toEqual(["Sheet1", "One"]);
  });

  it("{ sync: n, afterOps: k } lets the first k operations apply", async () => {
    const fake = createFakeExcel({ failAt: { sync: 1, afterOps: 1 } });
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.add("One");
        context.workbook.worksheets.add("Two");
        await context.sync();
      }),
      "GeneralException",
    );
    expect(fake.snapshot().sheetOrder).toEqual(["Sheet1", "One"]);
  });

  it("{ call, nth } fails that execution of that operation, once", async () => {
    const fake = createFakeExcel({ failAt: { call: "charts.add", nth: 2 } });
    fake.seed.sheet("Sheet1", { A1: "Year", B1: "Capex", A2: "'2024", B2: 3 });
    const addChart = () =>
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("D1").values = [["before"]];
        sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"));
        sheet.getRange("D2").values = [["after"]];
        await context.sync();
      });
    await addChart();
    fake.seed.sheet("Sheet1", { D1: "", D2: "" });
    await expectOfficeError(addChart(), "GeneralException");
    expect(fake.values("Sheet1!D1:D2")).toEqual([["before"], [""]]);
    expect(fake.snapshot().sheets.Sheet1!.charts).toHaveLength(1);
    await addChart(); // fired once only
    expect(fake.snapshot().sheets.Sheet1!.charts).toHaveLength(2);
  });

  it("failNext arms a failure later, with a chosen code", async () => {
    const fake = createFakeExcel();
    fake.failNext({ call: "worksheets.add", code: "AccessDenied" });
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.add("X");
        await context.sync();
      }),
      "AccessDenied",
    );
  });

  it("can simulate Excel in cell-edit mode for the first request, so a retry succeeds", async () => {
    const fake = createFakeExcel({ failAt: { sync: 1, code: "InvalidOperationInCellEditMode" } });
    const write = () =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      });
    await expectOfficeError(write(), "InvalidOperationInCellEditMode", /cell-editing mode/);
    await write();
    expect(fake.values("Sheet1!A1")).toEqual([[1]]);
  });
});

describe("limits", () => {
  it("rejects a request over 5 MB before applying any of it", async () => {
    const fake = createFakeExcel();
    const big = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => "x".repeat(600)));
    await expectOfficeError(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("Z1").values = [["small"]];
        sheet.getRange("A1:J1000").values = big;
        await context.sync();
      }),
      "RequestPayloadSizeLimitExceeded",
    );
    expect(fake.values("Sheet1!Z1")).toEqual([[""]]);
  });

  it("rejects reading more than the cell cap", async () => {
    const fake = createFakeExcel({ limits: { readCells: 100 } });
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:K10").load("values");
        await context.sync();
      }),
      "ResponsePayloadSizeLimitExceeded",
    );
  });
});

describe("requirement sets", () => {
  it("answers isSetSupported cumulatively", () => {
    const fake = createFakeExcel({ supported: ["ExcelApi 1.8"] });
    expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.15")).toBe(false);
    expect(fake.isSetSupported("excelapi", 1.1)).toBe(true);
    expect(fake.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});
