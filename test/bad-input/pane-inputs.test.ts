/**
 * Pane inputs as the adapter and the pane's pure helpers receive them (the React views are
 * tested in test/taskpane): template options, the formula builder's picks and its insert,
 * refresh choices, and the selection given to "chart from selection". Every bad input ends
 * in a reason the pane can show, and leaves the workbook as it was.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTemplateWith } from "../../src/excel/load-template";
import { insertFormulaWith } from "../../src/excel/active-cell";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import { chartFromSelectionWith } from "../../src/excel/chart-from-selection";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { buildTemplatePlan } from "../../src/core/template/build";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { companyRows, dataPreview, pickedGroup } from "../../src/taskpane/data/browse";
import { dataFormula } from "../../src/taskpane/data/formula";
import { pickReducer, EMPTY_PICK } from "../../src/taskpane/state/figure-pick";
import type { LoadTemplateOptions } from "../../src/excel/types";
import { diffSnapshots } from "../support/workbook/index";
import { acmeInput } from "../core/template/fixtures";
import { fakeWorkbook } from "../excel/helpers";
import { anyText } from "./support";

const ds = getDataset();

describe("template options", () => {
  it.each<[string, Partial<LoadTemplateOptions>]>([
    ["an unknown company", { company: "No Such Company" }],
    ["a blank company", { company: "   " }],
    ["a unit outside the list", { company: "300015.SZ", unit: "kg" as never }],
    ["a formula style outside the list", { company: "300015.SZ", style: "fancy" as never }],
    ["a language outside the list", { company: "300015.SZ", lang: "fr" as never }],
  ])("%s: a reason in both languages, nothing written", async (_, options) => {
    const { fake, env } = fakeWorkbook();
    const before = fake.snapshot();
    const r = await loadTemplateWith(env, { company: "", lang: "en", ...options }, undefined, getDataset);
    if (r.ok) {
      // An option outside the list may fall back to a default, but then the load is complete.
      expect(r.formulaErrors).toBe(0);
      return;
    }
    expect(r.reason.en.length).toBeGreaterThan(5);
    expect(r.reason.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("an unknown company's reason names the closest companies", async () => {
    const { env } = fakeWorkbook();
    const r = await loadTemplateWith(env, { company: "Aier Eye Hospitl", lang: "en" }, undefined, getDataset);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(/Closest: .*Aier/);
  });
});

describe("formula builder", () => {
  it("picks out of order or of ids that do not exist never make a formula", () => {
    let pick = pickReducer(EMPTY_PICK, { type: "series", series: "revenue|" });
    expect(pick).toBe(EMPTY_PICK);
    pick = pickReducer(pick, { type: "company", company: "gone_company" });
    pick = pickReducer(pick, { type: "series", series: "revenue|" });
    expect(dataPreview(ds, pick, "", "en")).toBeUndefined();
    expect(pickedGroup(ds, { company: "aier_eye", series: "no_such_field|" })).toBeUndefined();
  });

  it("a stale period pick previews DATA's own #N/A with its message, in the pane's language", () => {
    const p = dataPreview(ds, { company: "aier_eye", series: "revenue|", period: "1999" }, "", "zh");
    expect(p?.formula).toBe('=CAPCYCLE.DATA("300015.SZ","revenue","1999")');
    expect(p?.error?.zh).toMatch(/可用期间/);
  });

  it("any text as a formula argument stays inside its quotes (property)", () => {
    fc.assert(
      fc.property(anyText, anyText, (company, field) => {
        const f = dataFormula({ company, field });
        const m = /^=CAPCYCLE\.DATA\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/s.exec(f);
        expect(m, f).not.toBeNull();
        expect(m![1]!.replace(/""/g, '"')).toBe(company);
        expect(m![2]!.replace(/""/g, '"')).toBe(field);
      }),
      { numRuns: 500 },
    );
  });

  it("inserting while Excel is editing a cell: the reason says to press Enter or Esc; nothing written", async () => {
    const { fake, env } = fakeWorkbook({ failAt: { sync: 1, code: "InvalidOperationInCellEditMode" } });
    fake.seed.select("Sheet1!C3");
    const before = fake.snapshot();
    const r = await insertFormulaWith(env, '=CAPCYCLE.DATA("300015.SZ","capex")');
    expect(!r.ok && r.reason.en).toMatch(/press Enter or Esc/);
    expect(!r.ok && r.reason.zh).toMatch(/Enter 或 Esc/);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it.each(["", "   ", "CAPCYCLE.DATA(1)", "+1", "@x"])("text that is not a formula (%j) is refused, nothing written", async (text) => {
    const { fake, env } = fakeWorkbook();
    const before = fake.snapshot();
    const r = await insertFormulaWith(env, text);
    expect(r.ok).toBe(false);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });
});

describe("search box", () => {
  it("any text, however long or strange, lists matches or none, never throws (property)", () => {
    fc.assert(
      fc.property(anyText, (query) => {
        const rows = companyRows(ds, query);
        expect(rows.every((r) => ds.entityById.get(r.entity.id) === r.entity)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(companyRows(ds, "").length).toBe(ds.entities.length);
    expect(companyRows(ds, ".*").length).toBe(ds.entities.length); // punctuation is ignored, like the lookups
    expect(companyRows(ds, "３００１０１５").map((r) => r.entity.id)).toEqual([]);
    expect(companyRows(ds, "ＡＩＥＲ").map((r) => r.entity.id)).toContain("aier_eye");
  });
});

describe("refresh choices", () => {
  async function withTemplate() {
    const w = fakeWorkbook();
    const r = await applyTemplatePlan(w.env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    if (!r.ok) throw new Error(r.reason.en);
    return w;
  }

  it("choices naming charts that are not in the preview are ignored", async () => {
    const { fake, env } = await withTemplate();
    const p = await previewRefreshWith(env);
    if (!p.ok) throw new Error(p.reason.en);
    const before = fake.snapshot();
    const r = await applyRefreshWith(env, p.preview, { rebuild: ["nope", ""], rollForward: ["Sheet1|nothing", "'; DROP"] });
    expect(r.ok && r.charts.map((c) => c.status)).toEqual(["refreshed", "refreshed", "refreshed", "refreshed"]);
    // The charts were up to date: re-binding wrote the same sources.
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("a preview applied to another workbook (the person switched documents) skips every chart with the reason", async () => {
    const a = await withTemplate();
    const p = await previewRefreshWith(a.env);
    if (!p.ok) throw new Error(p.reason.en);
    const b = fakeWorkbook();
    const before = b.fake.snapshot();
    const r = await applyRefreshWith(b.env, p.preview, { rebuild: p.preview.items.map((i) => i.id) });
    expect(r.ok && r.charts.map((c) => [c.status, c.reason?.en])).toEqual(Array(4).fill(["skipped", "The chart's record is gone from the workbook."]));
    expect(diffSnapshots(before, b.fake.snapshot())).toEqual([]);
  });
});

describe("the selection for chart from selection", () => {
  const model = (w: ReturnType<typeof fakeWorkbook>) =>
    w.fake.seed.sheet("Model", [
      ["", "'2021", "'2022", "'2023"],
      ["Capex", -30, "n/a", -40],
      ["D&A", 20, 22, { value: "#DIV/0!" }],
      ["Note", "text", "only", "here"],
    ]);

  it.each([
    ["one cell", "Model!B2", /at least two rows or columns/],
    ["one row, of text", "Model!A4:D4", /Could not tell capex from D&A/],
    ["the label column only", "Model!A1:A4", /at least two rows or columns/],
    ["an empty area", "Model!H10:J12", /The selection holds no data/],
  ])("%s: a reason, nothing written", async (_, address, reason) => {
    const w = fakeWorkbook();
    model(w);
    w.fake.seed.select(address);
    const before = w.fake.snapshot();
    const r = await chartFromSelectionWith(w.env);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(reason);
    expect(diffSnapshots(before, w.fake.snapshot())).toEqual([]);
  });

  it("text and errors among the numbers: charted; the ratio line shows blank or the error there", async () => {
    const w = fakeWorkbook();
    model(w);
    w.fake.seed.select("Model!A1:D3");
    const r = await chartFromSelectionWith(w.env);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const ratio = w.fake.values(`Model!${r.ratioRange}`)[0]!;
    expect(ratio[0]).toBeCloseTo(1.5, 12);
    expect(typeof ratio[1] === "string" && ratio[1].startsWith("#")).toBe(true);
    expect(ratio[2]).toBe("#DIV/0!");
  });

  it("a selection of 5,000 periods: charted in 3 round trips", async () => {
    const w = fakeWorkbook();
    const rows = 5_000;
    w.fake.seed.sheet("Long", [["Period", "Capex", "D&A"], ...Array.from({ length: rows }, (_, i) => [`'P${i}`, i + 2, i + 1])]);
    w.fake.seed.select(`Long!A1:C${rows + 1}`);
    const r = await chartFromSelectionWith(w.env);
    expect(r.ok, JSON.stringify(r).slice(0, 300)).toBe(true);
    expect(r.ok && [r.periods, r.roundTrips]).toEqual([rows, 3]);
  }, 60_000);
});
