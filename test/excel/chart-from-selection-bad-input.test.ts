/**
 * Bad input of "Chart from selection" (issue 10, SPEC §9): every selection a person can make
 * before choosing it gives a chart or a sentence saying what to select — never Excel's error
 * code. One row per selection; the in-memory workbook behaves as Excel does for each (README
 * "Host behaviours": InvalidSelection for a chart, shape or several areas, whole-row addresses,
 * cell-edit mode, table auto-expansion).
 */
import { describe, expect, it } from "vitest";
import { chartFromSelection } from "../../src/excel/index";
import { EXCEL_MSG } from "../../src/excel/messages";
import { SELECTION_REASONS } from "../../src/core/chart/messages";
import type { FakeExcel } from "../support/workbook/index";
import { fakeWorkbook, upTo } from "./helpers";

/** A model with labels in column A, periods in row 1; capex in row 3, D&A in row 5. */
function model(fake: FakeExcel): void {
  fake.seed.sheet("Model", [
    ["", "'2021", "'2022", "'2023", "'2024"],
    ["Revenue", 100, 110, 120, 130],
    ["Capex", -30, -35, -40, -45],
    ["Gross margin", 0.3, 0.31, 0.32, 0.33],
    ["D&A", 20, 22, 25, 30],
  ]);
}

interface Case {
  readonly name: string;
  readonly supported?: string[];
  readonly arrange: (fake: FakeExcel) => Promise<void> | void;
  /** The sentence expected, or "chart" with the series' value ranges expected. */
  readonly expect: { reason: { en: string; zh: string } } | { chart: string[] };
}

const CASES: readonly Case[] = [
  { name: "one cell", arrange: (f) => (model(f), f.select("Model", "B3")), expect: { reason: SELECTION_REASONS.tooSmall } },
  {
    name: "two rows picked with Ctrl (capex and D&A, with their labels)",
    arrange: (f) => (model(f), f.select("Model", "A3:E3,A5:E5")),
    expect: { chart: ["=Model!$B$3:$E$3", "=Model!$B$5:$E$5", "=Model!$B$6:$E$6"] },
  },
  {
    name: "three rows picked with Ctrl, the period row included",
    arrange: (f) => (model(f), f.select("Model", "A1:E1,A3:E3,A5:E5")),
    expect: { chart: ["=Model!$B$3:$E$3", "=Model!$B$5:$E$5", "=Model!$B$6:$E$6"] },
  },
  {
    name: "several areas on Excel without ExcelApi 1.9",
    supported: upTo(8),
    arrange: (f) => (model(f), f.select("Model", "A3:E3,A5:E5")),
    expect: { reason: EXCEL_MSG.selectionAreasNeedApi },
  },
  { name: "areas that do not line up", arrange: (f) => (model(f), f.select("Model", "A3:E3,B5:C6")), expect: { reason: EXCEL_MSG.selectionAreasMisaligned } },
  {
    name: "whole rows picked by their headers (Model!3:5)",
    arrange: (f) => (model(f), f.select("Model", "3:5")),
    expect: { chart: ["=Model!$B$3:$E$3", "=Model!$B$5:$E$5", "=Model!$B$6:$E$6"] },
  },
  {
    name: "whole rows picked with Ctrl (Model!3:3,Model!5:5)",
    arrange: (f) => (model(f), f.select("Model", "3:3,5:5")),
    expect: { chart: ["=Model!$B$3:$E$3", "=Model!$B$5:$E$5", "=Model!$B$6:$E$6"] },
  },
  {
    name: "whole columns (Model!A:C of a model in columns)",
    arrange: (f) => {
      f.seed.sheet("Model", [
        ["Period", "Capex", "D&A"],
        ["'2023", 40, 20],
        ["'2024", 35, 25],
      ]);
      return f.select("Model", "A:C");
    },
    expect: { chart: ["=Model!$B$2:$B$3", "=Model!$C$2:$C$3", "=Model!$D$2:$D$3"] },
  },
  {
    name: "columns picked with Ctrl (periods, capex and D&A of a model in columns)",
    arrange: (f) => {
      f.seed.sheet("Model", [
        ["Period", "Capex", "Revenue", "D&A"],
        ["'2023", 40, 300, 20],
        ["'2024", 35, 320, 25],
      ]);
      return f.select("Model", "A1:A3,B1:B3,D1:D3");
    },
    expect: { chart: ["=Model!$B$2:$B$3", "=Model!$D$2:$D$3", "=Model!$E$2:$E$3"] },
  },
  {
    name: "the whole sheet",
    arrange: (f) => (model(f), f.select("Model", "1:1048576")),
    expect: { chart: ["=Model!$B$3:$E$3", "=Model!$B$5:$E$5", "=Model!$B$6:$E$6"] },
  },
  {
    name: "rows inside an Excel table (the ratio line keeps a blank row from it)",
    arrange: (f) => {
      model(f);
      f.seed.table("Model", "A1:E5", { name: "Fin" });
      return f.select("Model", "A3:E3,A5:E5");
    },
    expect: { chart: ["=Model!$B$3:$E$3", "=Model!$B$5:$E$5", "=Model!$B$7:$E$7"] },
  },
  {
    name: "a chart selected",
    arrange: async (f) => {
      model(f);
      f.seed.chart("Model", { name: "Mine", type: "ColumnClustered", source: "B3:E3", seriesBy: "Rows" });
      await f.selectObject("Model", "chart", "Mine");
    },
    expect: { reason: EXCEL_MSG.selectionIsObject },
  },
  { name: "a shape selected", arrange: (f) => (model(f), f.selectObject("Model", "shape", "Rectangle 1")), expect: { reason: EXCEL_MSG.selectionIsObject } },
  { name: "an empty sheet", arrange: (f) => f.select("Sheet1", "A1:C3"), expect: { reason: EXCEL_MSG.selectionEmpty } },
  { name: "a selection beside the data", arrange: (f) => (model(f), f.select("Model", "H1:J4")), expect: { reason: EXCEL_MSG.selectionEmpty } },
  {
    name: "cell-edit mode",
    arrange: async (f) => {
      model(f);
      await f.select("Model", "A1:E5");
      f.setCellEditMode(true);
    },
    expect: { reason: EXCEL_MSG.selectionCellEdit },
  },
];

/** Office.js error codes look like "InvalidSelection", "ItemNotFound": none may reach the person. */
const RAW_CODE = /\b(Invalid[A-Z]\w+|ItemNotFound|GeneralException|ApiNotFound|AccessDenied|\w+LimitExceeded)\b/;

describe("Chart from selection: every selection gives a chart or says what to select", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    for (const lang of ["en", "zh"] as const) {
      const { fake, env } = fakeWorkbook(c.supported ? { supported: c.supported } : {});
      await c.arrange(fake);
      const before = fake.snapshot();
      const r = await chartFromSelection(env, lang);
      if ("reason" in c.expect) {
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.reason).toEqual(c.expect.reason);
        expect(r.reason.en).not.toMatch(RAW_CODE);
        expect(r.reason.zh).not.toMatch(RAW_CODE);
        // Nothing written.
        fake.setCellEditMode(false);
        expect(fake.snapshot()).toEqual(before);
        continue;
      }
      expect(r.ok, JSON.stringify(!r.ok && r.reason)).toBe(true);
      if (!r.ok) return;
      const charts = fake.snapshot().sheets["Model"]!.charts;
      expect(charts.at(-1)!.series.map((s) => s.values)).toEqual(c.expect.chart);
      // Tables keep their extent: the ratio line never lands where Excel would absorb it.
      expect(Object.values(fake.snapshot().tables).map((t) => t.address)).toEqual(Object.values(before.tables).map((t) => t.address));
    }
  });
});

describe("Chart from selection over areas picked with Ctrl", () => {
  it("the ratio formulas and the categories read the real rows, not the stacked block's", async () => {
    const { fake, env } = fakeWorkbook();
    model(fake);
    await fake.select("Model", "A1:E1,A3:E3,A5:E5");
    const r = await chartFromSelection(env, "en");
    expect(r.ok && [r.seriesBy, r.periods, r.ratioRange]).toEqual(["rows", 4, "B6:E6"]);
    expect(fake.formulas("Model!B6")).toEqual([['=IF(OR(B3="",B5=""),"",ABS(B3)/ABS(B5))']]);
    expect(fake.values("Model!A6:E6")).toEqual([["Capex / D&A", 1.5, expect.closeTo(35 / 22, 9), 1.6, 1.5]]);
    const chart = fake.snapshot().sheets["Model"]!.charts[0]!;
    expect(chart.series.map((s) => [s.name, s.categories])).toEqual([
      ["Capex", "=Model!$B$1:$E$1"],
      ["D&A", "=Model!$B$1:$E$1"],
      ["Capex / D&A", "=Model!$B$1:$E$1"],
    ]);
  });
});

describe("Chart from selection over columns picked with Ctrl", () => {
  it("the ratio column reads the real capex and D&A columns", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", [
      ["Period", "Capex", "Revenue", "D&A"],
      ["'2023", 40, 300, 20],
      ["'2024", 35, 320, 25],
    ]);
    await fake.select("Model", "A1:A3,B1:B3,D1:D3");
    const r = await chartFromSelection(env, "en");
    expect(r.ok && [r.seriesBy, r.ratioRange]).toEqual(["columns", "E2:E3"]);
    expect(fake.formulas("Model!E2")).toEqual([['=IF(OR(B2="",D2=""),"",ABS(B2)/ABS(D2))']]);
    expect(fake.values("Model!E1:E3")).toEqual([["Capex / D&A"], [2], [1.4]]);
  });
});
