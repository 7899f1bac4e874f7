import { describe, expect, it } from "vitest";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { loadTemplateWith } from "../../src/excel/load-template";
import { buildTemplatePlan } from "../../src/core/template/build";
import { planBands } from "../../src/core/template/blocks";
import { columnLetters } from "../../src/core/template/a1";
import { templateInputFor } from "../../src/core/template/from-dataset";
import { BINDINGS_NAMESPACE, parseBindings } from "../../src/core/chart/binding-xml";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { entitiesSummary } from "../../src/core/dataset/query";
import { diffSnapshots } from "../support/workbook/index";
import { acmeInput, sparseInput } from "../core/template/fixtures";
import { evaluatePlan } from "../core/template/evaluate";
import { fakeWorkbook, upTo } from "./helpers";
import type { TemplateInput } from "../../src/core/template/input";

const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Snapshot changes other than the new sheet, its tables, its record and the active sheet. */
function outside(changes: string[], sheet: string, tables: readonly string[]): string[] {
  return changes.filter(
    (c) =>
      !c.startsWith(`sheets.${sheet}`) &&
      !/^sheetOrder\.\d+: added$/.test(c) &&
      !tables.some((t) => c.startsWith(`tables.${t}:`) || c.startsWith(`tables.${t}.`)) &&
      !/^customXmlParts\.\d+: added$/.test(c) &&
      !/^activeSheet/.test(c) &&
      !/^selection/.test(c),
  );
}

describe("applyTemplatePlan (fixture company)", () => {
  it("writes the plan in 3 round trips and Excel computes the metrics", async () => {
    const { fake, env } = fakeWorkbook();
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    const r = await applyTemplatePlan(env, plan);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.sheet).toBe("Acme Eye 600000.SH");
    expect(r.roundTrips).toBe(3);
    expect(fake.counters.roundTrips).toBe(3);
    expect(fake.counters.suspendCalculation).toBe(1);
    // Formats, then values and formulas, as one 2-D block per section: header, financials,
    // segments, peers, other figures, sources.
    expect(planBands(plan.cells)).toHaveLength(6);
    expect(fake.counters.calls["range.formulas"]).toBe(6);
    expect(fake.counters.calls["range.numberFormat"]).toBe(6);
    expect(r.tables).toEqual(["CapCycle_acme_Financials", "CapCycle_acme_Segments", "CapCycle_acme_Peers", "CapCycle_acme_Other", "CapCycle_acme_Sources"]);
    expect(r.charts).toEqual(["CapCycle capex vs D&A", "CapCycle segment growth", "CapCycle market share"]);
    expect(r.cyclePhase).toBe("Expansion slowing"); // FY2024 1.4 after FY2023 2.0: one frequency, 2025H1 stands alone
    expect(r.formulaErrors).toBe(0);
    expect(r.notes).toEqual([]);
    const v = (a: string) => fake.values(`${q(r.sheet)}!${a}`)[0]![0];
    expect(v("L12")).toBeCloseTo(2, 9);
    expect(v("O15")).toBeCloseTo(16, 9);
    expect(v("Q15")).toBeCloseTo((33 / 115.07) * 181, 6);
    expect(v("L13")).toBe(""); // blank in → blank out
    expect(v("F13")).toBe(""); // a missing figure is empty, not 0
    expect(v("A14")).toBe("2024"); // period ids stay text
    expect(fake.formulas(`${q(r.sheet)}!L12`)[0]![0]).toBe("=CAPCYCLE.CAPEX_DA_RATIO(F12,G12)");
  });

  it("builds tables over the written cells and charts bound to their columns", async () => {
    const { fake, env } = fakeWorkbook();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" }));
    expect(r.ok).toBe(true);
    const snap = fake.snapshot();
    const sheet = snap.sheets["Acme Eye 600000.SH"]!;
    expect(snap.tables["CapCycle_acme_Financials"]).toMatchObject({ sheet: "Acme Eye 600000.SH", address: "A11:T15", dataBody: "A12:T15", showHeaders: true });
    const capex = sheet.charts.find((c) => c.name === "CapCycle capex vs D&A")!;
    expect(capex.chartType).toBe("ColumnClustered");
    expect(capex.anchor).toEqual({ from: "V1", to: "AC16" });
    expect(capex.series.map((s) => [s.name, s.chartType, s.axisGroup, s.values, s.categories])).toEqual([
      ["Capex", "ColumnClustered", "Primary", "='Acme Eye 600000.SH'!$F$12:$F$15", "='Acme Eye 600000.SH'!$A$12:$A$15"],
      ["D&A", "ColumnClustered", "Primary", "='Acme Eye 600000.SH'!$G$12:$G$15", "='Acme Eye 600000.SH'!$A$12:$A$15"],
      ["Capex / D&A", "Line", "Secondary", "='Acme Eye 600000.SH'!$L$12:$L$15", "='Acme Eye 600000.SH'!$A$12:$A$15"],
    ]);
    expect(capex.title.text).toBe("Capex vs D&A");
  });

  it("records the chart bindings in a custom XML part of our namespace", async () => {
    const { fake, env } = fakeWorkbook();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" }));
    expect(r.ok).toBe(true);
    const parts = fake.snapshot().customXmlParts.filter((p) => p.xml.includes(BINDINGS_NAMESPACE));
    expect(parts).toHaveLength(1);
    const doc = parseBindings(parts[0]!.xml);
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    expect(doc.doc.charts.map((c) => [c.chart, c.table, c.categoryColumn, c.series.map((s) => s.column)])).toEqual([
      ["CapCycle capex vs D&A", "CapCycle_acme_Financials", "Period", ["Capex", "D&A", "Capex / D&A"]],
      ["CapCycle segment growth", "CapCycle_acme_Segments", "Segment", ["Revenue growth 2024"]],
      ["CapCycle market share", "CapCycle_acme_Peers", "Company", ["Market share 2024"]],
    ]);
    expect(doc.doc.templates[0]!.cells["B15"]).toBe("acme|revenue|2025H1|");
  });

  it("changes nothing outside the new sheet", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", { A1: "Capex", B1: 12, C1: "=B1*2" });
    fake.seed.table("Model", "A1:C2", { name: "CapCycle_acme_Financials" });
    const before = fake.snapshot();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "zh", style: "live" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // The user's table kept its name; ours got a suffix.
    expect(r.tables[0]).toBe("CapCycle_acme_Financials_2");
    const after = fake.snapshot();
    expect(outside(diffSnapshots(before, after), r.sheet, r.tables)).toEqual([]);
    expect(after.sheets["Model"]).toEqual(before.sheets["Model"]);
  });

  it("adds (2) on a name clash, case-insensitively", async () => {
    const { fake, env } = fakeWorkbook({ initialSheets: ["acme eye 600000.sh"] });
    const r1 = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    const r2 = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r1.ok && r1.sheet).toBe("Acme Eye 600000.SH (2)");
    expect(r2.ok && r2.sheet).toBe("Acme Eye 600000.SH (3)");
    // Sheet names clash with the user's sheet; table names only with our first template's.
    expect(r1.ok && r1.tables[0]).toBe("CapCycle_acme_Financials");
    expect(r2.ok && r2.tables[0]).toBe("CapCycle_acme_Financials_2");
    expect(fake.snapshot().sheetOrder).toEqual(["acme eye 600000.sh", "Acme Eye 600000.SH (2)", "Acme Eye 600000.SH (3)"]);
  });

  it("cuts long names to 31 characters before adding the suffix", async () => {
    const input: TemplateInput = { ...acmeInput(), entity: { ...acmeInput().entity, short_en: "A very long company short name", ticker: "600000.SH" } };
    const plan = buildTemplatePlan(input, { lang: "en", style: "live" });
    // "A very long company short name 600000.SH" is cut at 31 and trimmed.
    expect(plan.sheetName).toBe("A very long company short name");
    const { env } = fakeWorkbook({ initialSheets: [plan.sheetName] });
    const r = await applyTemplatePlan(env, plan);
    expect(r.ok && r.sheet).toBe("A very long company short n (2)");
    expect(r.ok && r.sheet.length).toBe(31);
  });
});

describe("Aier Eye (300015.SZ) in the workbook", () => {
  it("loads in 3 round trips: statement financials, other figures, charts on screen beside the narrow tables", async () => {
    const { fake, env } = fakeWorkbook();
    const r = await loadTemplateWith(env, { company: "300015.SZ", lang: "en", style: "live" }, () => undefined, getDataset);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.roundTrips).toBe(3);
    expect(fake.counters.roundTrips).toBe(3);
    expect(r.tables).toEqual(["CapCycle_aier_eye_Financials", "CapCycle_aier_eye_Segments", "CapCycle_aier_eye_Peers", "CapCycle_aier_eye_Other", "CapCycle_aier_eye_Sources"]);
    expect(r.formulaErrors).toBe(0);
    expect(r.cyclePhase).toBe("Contraction"); // capex / D&A 0.78 after 1.02 (H1 2025 after H1 2024, the statement reading)
    const snap = fake.snapshot();
    expect(snap.tables["CapCycle_aier_eye_Financials"]).toMatchObject({ address: "A11:AQ14" });
    const v = (a: string) => fake.values(`${q(r.sheet)}!${a}`)[0]![0];
    expect(v("B4")).toBe("2025-06-30 (H1 2025)");
    expect(v("A14")).toBe("2025H1");
    expect(v("B14")).toBe(115.07);
    expect(v("AK14")).toBeCloseTo(9.07 / 11.63, 9); // capex / D&A, the article's 0.78 (capex of the statement reading, line 25)
    const sheet = snap.sheets[r.sheet]!;
    expect(sheet.charts.map((c) => [c.name, c.anchor.from, c.anchor.to])).toEqual([
      ["CapCycle capex vs D&A", "K15", "R30"],
      ["CapCycle segment growth", "K32", "R47"],
      ["CapCycle market share", "K49", "R64"],
    ]);
    // Table text wraps rather than widening the columns of numbers.
    expect(sheet.cells["D11"]?.style?.wrapText).toBe(true);
  });
});

describe("a failure half-way leaves the workbook exactly as it was", () => {
  it.each([
    ["the second chart", { call: "charts.add", nth: 2 }],
    ["the first table", { call: "tables.add", nth: 1 }],
    ["the values block", { call: "range.formulas", nth: 1 }],
    ["the binding record", { call: "customXmlParts.add", nth: 1 }],
    ["the whole write request, after 40 operations", { sync: 2, afterOps: 40 }],
  ])("%s fails → partial sheet removed, reason reported", async (_, failAt) => {
    const { fake, env } = fakeWorkbook({ failAt });
    fake.seed.sheet("Model", { A1: "Capex", B1: 12 });
    const before = fake.snapshot();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.en).toMatch(/^Could not load the template; the partial sheet "Acme Eye 600000.SH" was removed\./);
    expect(r.reason.zh).toMatch(/^未能加载模板/);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
  });

  it("when the sheet cannot be added, nothing is deleted", async () => {
    const { fake, env } = fakeWorkbook({ failAt: { call: "worksheets.add", nth: 1, code: "ItemAlreadyExists" } });
    const before = fake.snapshot();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r.ok).toBe(false);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
    expect(fake.counters.calls["worksheet.delete"] ?? 0).toBe(0);
  });

  it("a protected workbook structure is refused before anything is written", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.protectWorkbook();
    const before = fake.snapshot();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r).toEqual({ ok: false, reason: expect.objectContaining({ en: expect.stringMatching(/structure is protected/) }) });
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
    expect(fake.counters.roundTrips).toBe(1);
  });
});

describe("text stays text", () => {
  it("a company whose name starts with =, + or @ and printed figures like -38.87% are written as text", async () => {
    const base = sparseInput();
    const input: TemplateInput = {
      ...base,
      entity: { ...base.entity, name_en: "=SUM(1,2)", short_en: "+Plus" },
      figures: [...base.figures, { field: "revenue", period: "2023", value: 3e8, sources: [{ id: "x", printed: "-38.87%", file: "003_b3fdc93d999670b0.txt", line: 9, primary: true }] }],
    };
    const { fake, env } = fakeWorkbook();
    const r = await applyTemplatePlan(env, buildTemplatePlan(input, { lang: "en", style: "portable" }));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.sheet).toBe("+Plus");
    const a1 = fake.cell(`${q(r.sheet)}!A1`);
    expect(a1.value).toBe("=SUM(1,2) — capital-cycle template");
    expect(JSON.stringify(a1)).not.toContain('"formula"');
    const texts = fake.values(`${q(r.sheet)}!A1:I40`).flat();
    expect(texts).toContain("-38.87%");
    expect(texts).toContain("@3.5亿");
    expect(texts).toContain("2024");
  });
});

describe("requirement sets", () => {
  it("without ExcelApi 1.7 the sheet is written and the charts are reported as skipped", async () => {
    const { fake, env } = fakeWorkbook({ supported: upTo(6) });
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.charts).toEqual([]);
    expect(r.chartsSkipped.map((c) => c.reason.en)).toEqual(Array(3).fill("Charts needs ExcelApi 1.7, which this version of Excel lacks."));
    expect(fake.counters.calls["charts.add"] ?? 0).toBe(0);
    expect(r.roundTrips).toBeLessThanOrEqual(3);
  });

  it("without ExcelApi 1.8 the ratio line and the axis formats are left out and noted", async () => {
    const { env } = fakeWorkbook({ supported: upTo(7) });
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r.ok && r.charts.length).toBe(3);
    expect(r.ok && r.notes.map((n) => n.en)).toEqual([
      "Capex vs D&A: the Capex / D&A line was left out (needs ExcelApi 1.8).",
      "Value axes keep Excel's default number format (setting it needs ExcelApi 1.8).",
    ]);
  });

  it("without ExcelApi 1.5 nothing is recorded, and it says so", async () => {
    const { fake, env } = fakeWorkbook({ supported: upTo(4) });
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r.ok).toBe(true);
    expect(r.ok && r.notes.map((n) => n.en)).toContain("Recording chart bindings in the workbook needs ExcelApi 1.5, which this version of Excel lacks.");
    expect(fake.snapshot().customXmlParts).toEqual([]);
  });

  it("without ExcelApi 1.4 templates are refused with the reason", async () => {
    const { fake, env } = fakeWorkbook({ supported: upTo(3) });
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r).toEqual({ ok: false, reason: { en: "Templates needs ExcelApi 1.4, which this version of Excel lacks.", zh: "模板需要 ExcelApi 1.4，当前 Excel 版本不支持。" } });
    expect(fake.counters.roundTrips).toBe(0);
  });

  it("outside Excel every entry point answers with a reason", async () => {
    const r = await applyTemplatePlan({ run: () => Promise.reject(new Error("no")), isSetSupported: () => false }, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r.ok).toBe(false);
  });
});

describe("a template for every seed company with data", () => {
  const ds = getDataset();
  const companies = entitiesSummary(ds).filter((s) => s.figures > 0 && s.entity.kind !== "industry" && s.entity.kind !== "government");

  it.each(companies.map((c) => [c.entity.id, c.entity.ticker ?? c.entity.name_zh]))("%s (%s): live and portable compute the same numbers in ≤ 3 round trips", async (id, company) => {
    const results: Record<string, (string | number | boolean)[][]> = {};
    for (const style of ["live", "portable"] as const) {
      const { fake, env } = fakeWorkbook();
      const progress: string[] = [];
      const r = await loadTemplateWith(env, { company: String(company), lang: "zh", style }, (p) => progress.push(p.step), getDataset);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      expect(r.roundTrips).toBeLessThanOrEqual(3);
      expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
      expect(r.formulaErrors).toBe(0);
      expect(progress).toEqual(["plan", "check", "write", "done"]);
      const plan = buildTemplatePlan(templateInputFor(ds, id)!, { lang: "zh", style });
      const range = `${q(r.sheet)}!A1:${columnLetters(plan.cells[0]!.length - 1)}${plan.cells.length}`;
      results[style] = fake.values(range);
      // The workbook computes what the plan computes in HyperFormula directly.
      const expected = evaluatePlan(plan);
      plan.cells.forEach((row, rI) =>
        row.forEach((c, cI) => {
          if (c.kind !== "formula") return;
          const got = results[style]![rI]![cI];
          const want = expected.grid[rI]![cI];
          if (typeof want === "number") expect(got as number).toBeCloseTo(want, 9);
          else expect(got).toEqual(typeof want === "string" ? want : got);
        }),
      );
    }
    const L = results.live!;
    const P = results.portable!;
    L.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === 5) return; // the formula-style line differs by design
        const w = P[r]![c];
        if (typeof v === "number") expect(w as number).toBeCloseTo(v, 9);
        else expect(w).toEqual(v);
      }),
    );
  });
});
