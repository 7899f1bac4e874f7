import { describe, expect, it } from "vitest";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { loadTemplateWith } from "../../src/excel/load-template";
import { buildTemplatePlan } from "../../src/core/template/build";
import { planBands } from "../../src/core/template/blocks";
import { cellAddress, columnLetters, parseRect, rectAddress, rectsOverlap } from "../../src/core/template/a1";
import { templateInputFor, templateInputForCompany } from "../../src/core/template/from-dataset";
import { BINDINGS_NAMESPACE, parseBindings } from "../../src/core/chart/binding-xml";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { entitiesSummary } from "../../src/core/dataset/query";
import { diffSnapshots } from "../support/workbook/index";
import { acmeInput, sparseInput } from "../core/template/fixtures";
import { evaluatePlan } from "../core/template/evaluate";
import { fakeWorkbook, upTo } from "./helpers";
import type { TemplateInput } from "../../src/core/template/input";
import type { TemplatePlan } from "../../src/core/template/types";

const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/**
 * A1 address of a financials cell in the model layout (fields down the rows, periods across):
 * the row whose label is `label`, the column whose header is `period` — read from the plan, so
 * the tests follow the layout instead of hard-coding it.
 */
function financialsCell(plan: TemplatePlan, label: string, period: string): string {
  const t = plan.tables.find((x) => x.role === "financials")!;
  const col = t.columns.findIndex((c) => c.header === period);
  let row = -1;
  for (let i = t.rect.row + 1; i < t.rect.row + t.rect.rowCount; i++) {
    const c = plan.cells[i]![t.rect.col]!;
    if (c.kind === "text" && c.text === label) row = i;
  }
  expect(col, `period ${period}`).toBeGreaterThan(0);
  expect(row, `row ${label}`).toBeGreaterThan(t.rect.row);
  return cellAddress(row, t.rect.col + col);
}

/** The range a chart plan reads, as Excel reports it on the series: absolute, with the sheet. */
const onSheet = (sheet: string, a1: string) => `=${q(sheet)}!${rectAddress(parseRect(a1)!, true)}`;

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
    // One chart per frequency group with figures: capex vs D&A annual and half-year, segment
    // growth and market share annual.
    expect(r.charts).toEqual(plan.charts.map((c) => c.name));
    expect(r.charts).toEqual(["CapCycle capex vs D&A (annual)", "CapCycle capex vs D&A (half-year)", "CapCycle segment growth (annual)", "CapCycle market share (annual)"]);
    expect(r.cyclePhase).toBe("Expansion slowing"); // FY2024 1.4 after FY2023 2.0: one frequency, 2025H1 stands alone
    expect(r.formulaErrors).toBe(0);
    expect(r.notes).toEqual([]);
    const v = (a: string) => fake.values(`${q(r.sheet)}!${a}`)[0]![0];
    const at = (label: string, period: string) => financialsCell(plan, label, period);
    expect(v(at("Capex / D&A", "2023"))).toBeCloseTo(2, 9);
    expect(v(at("Free cash flow", "2025H1"))).toBeCloseTo(16, 9);
    expect(v(at("Receivable days", "2025H1"))).toBeCloseTo((33 / 115.07) * 181, 6);
    expect(v(at("Capex / D&A", "2024H1"))).toBe(""); // blank in → blank out
    expect(v(at("Capex", "2024H1"))).toBe(""); // a missing figure is empty, not 0
    // Period ids are the header row and stay text.
    const fin = plan.tables.find((t) => t.role === "financials")!;
    expect(fake.values(`${q(r.sheet)}!${rectAddress({ ...fin.rect, rowCount: 1 })}`)[0]).toEqual(["CNY 100m (亿元)", "2023", "2024", "2024H1", "2025H1"]);
    const capex = at("Capex", "2023");
    const da = at("D&A", "2023");
    expect(fake.formulas(`${q(r.sheet)}!${at("Capex / D&A", "2023")}`)[0]![0]).toBe(`=CAPCYCLE.CAPEX_DA_RATIO(${capex},${da})`);
  });

  it("builds tables over the written cells and charts bound to their rows, one per frequency group", async () => {
    const { fake, env } = fakeWorkbook();
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" });
    const r = await applyTemplatePlan(env, plan);
    expect(r.ok).toBe(true);
    const snap = fake.snapshot();
    const sheet = snap.sheets["Acme Eye 600000.SH"]!;
    const fin = plan.tables.find((t) => t.role === "financials")!;
    expect(snap.tables["CapCycle_acme_Financials"]).toMatchObject({
      sheet: "Acme Eye 600000.SH",
      address: rectAddress(fin.rect),
      dataBody: rectAddress({ ...fin.rect, row: fin.rect.row + 1, rowCount: fin.rect.rowCount - 1 }),
      showHeaders: true,
    });
    expect(sheet.charts.map((c) => c.name)).toEqual(plan.charts.map((c) => c.name));
    const at = (label: string, period: string) => financialsCell(plan, label, period);
    // Annual: 2023 and 2024 across; half-year: 2025H1 alone (2024H1 has no capex).
    for (const [frequency, first, last] of [["annual", "2023", "2024"], ["half-year", "2025H1", "2025H1"]] as const) {
      const planned = plan.charts.find((c) => c.name === `CapCycle capex vs D&A (${frequency})`)!;
      const capex = sheet.charts.find((c) => c.name === planned.name)!;
      expect(capex.chartType).toBe("ColumnClustered");
      expect(capex.anchor.from).toBe(cellAddress(planned.position.row, planned.position.col));
      const span = (label: string) => (first === last ? at(label, first) : `${at(label, first)}:${at(label, last)}`);
      const headers = first === last ? cellAddress(fin.rect.row, parseRect(at("Capex", first))!.col) : `${cellAddress(fin.rect.row, parseRect(at("Capex", first))!.col)}:${cellAddress(fin.rect.row, parseRect(at("Capex", last))!.col)}`;
      expect(capex.series.map((s) => [s.name, s.chartType, s.axisGroup, s.values, s.categories])).toEqual([
        ["Capex", "ColumnClustered", "Primary", onSheet(r.ok ? r.sheet : "", span("Capex")), onSheet(r.ok ? r.sheet : "", headers)],
        ["D&A", "ColumnClustered", "Primary", onSheet(r.ok ? r.sheet : "", span("D&A")), onSheet(r.ok ? r.sheet : "", headers)],
        ["Capex / D&A", "Line", "Secondary", onSheet(r.ok ? r.sheet : "", span("Capex / D&A")), onSheet(r.ok ? r.sheet : "", headers)],
      ]);
      expect(capex.title.text).toBe(planned.title);
    }
    expect(sheet.charts.find((c) => c.name === "CapCycle capex vs D&A (half-year)")!.series[0]!.values).toBe("='Acme Eye 600000.SH'!$E$19");
  });

  it("records the chart bindings in a custom XML part of our namespace", async () => {
    const { fake, env } = fakeWorkbook();
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" });
    const r = await applyTemplatePlan(env, plan);
    expect(r.ok).toBe(true);
    const parts = fake.snapshot().customXmlParts.filter((p) => p.xml.includes(BINDINGS_NAMESPACE));
    expect(parts).toHaveLength(1);
    const doc = parseBindings(parts[0]!.xml);
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    // Records by rows: the series are table rows found by label, the categories one frequency group.
    expect(doc.doc.charts.map((c) => [c.chart, c.table, c.categoryColumn, c.seriesBy, c.frequency, c.firstPeriod, c.series.map((s) => s.row?.label)])).toEqual([
      ["CapCycle capex vs D&A (annual)", "CapCycle_acme_Financials", "CNY 100m (亿元)", "rows", "annual", "2023", ["Capex", "D&A", "Capex / D&A"]],
      ["CapCycle capex vs D&A (half-year)", "CapCycle_acme_Financials", "CNY 100m (亿元)", "rows", "half", "2025H1", ["Capex", "D&A", "Capex / D&A"]],
      ["CapCycle segment growth (annual)", "CapCycle_acme_Segments", "Segment", "rows", "annual", "2024", ["Refractive", "Cataract"]],
      ["CapCycle market share (annual)", "CapCycle_acme_Peers", "Company", "rows", "annual", "2024", ["Acme Eye 600000.SH", "Beta 301267.SZ", "Gamma"]],
    ]);
    expect(doc.doc.charts.map((c) => c.chart)).toEqual(plan.charts.map((c) => c.name));
    expect(doc.doc.templates[0]!.cells[financialsCell(plan, "Revenue", "2025H1")]).toBe("acme|revenue|2025H1|");
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
    const r = await loadTemplateWith(env, { company: "300015.SZ", lang: "en", style: "live", unit: "亿" }, () => undefined, getDataset);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.roundTrips).toBe(3);
    expect(fake.counters.roundTrips).toBe(3);
    expect(r.tables).toEqual(["CapCycle_aier_eye_Financials", "CapCycle_aier_eye_Segments", "CapCycle_aier_eye_Peers", "CapCycle_aier_eye_Other", "CapCycle_aier_eye_Sources"]);
    expect(r.formulaErrors).toBe(0);
    expect(r.cyclePhase).toBe("Contraction"); // capex / D&A 0.78 after 1.02 (H1 2025 after H1 2024, the statement reading)
    const input = templateInputForCompany(getDataset(), "300015.SZ");
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    const plan = buildTemplatePlan(input.input, { lang: "en", style: "live", unit: "亿" });
    const snap = fake.snapshot();
    const fin = plan.tables.find((t) => t.role === "financials")!;
    expect(snap.tables["CapCycle_aier_eye_Financials"]).toMatchObject({ address: rectAddress(fin.rect) });
    const v = (a: string) => fake.values(`${q(r.sheet)}!${a}`)[0]![0];
    expect(v("B4")).toBe("2025-06-30 (H1 2025)");
    expect(v(cellAddress(fin.rect.row, fin.rect.col + fin.columns.findIndex((c) => c.header === "2025H1")))).toBe("2025H1");
    expect(v(financialsCell(plan, "Revenue", "2025H1"))).toBe(115.07);
    expect(v(financialsCell(plan, "Capex / D&A", "2025H1"))).toBeCloseTo(9.07 / 11.63, 9); // capex / D&A, the article's 0.78 (capex of the statement reading, line 25)
    const sheet = snap.sheets[r.sheet]!;
    // Charts sit where the plan placed them (below each narrow table, overlapping no cell).
    expect(sheet.charts.map((c) => [c.name, c.anchor.from, c.anchor.to])).toEqual(
      plan.charts.map((c) => [c.name, cellAddress(c.position.row, c.position.col), cellAddress(c.position.row + c.position.rowCount - 1, c.position.col + c.position.colCount - 1)]),
    );
    expect(sheet.charts.map((c) => c.name)).toContain("CapCycle capex vs D&A (half-year)");
    // Table text wraps rather than widening the columns of numbers, and sits at the top of its
    // row (every table's range, the label column included); period headers sit right, over their numbers.
    expect(plan.formats).toContainEqual({ range: rectAddress(fin.rect), wrap: true, valign: "top" });
    expect(sheet.cells[cellAddress(fin.rect.row + 1, fin.rect.col)]?.style?.wrapText).toBe(true);
    expect(sheet.cells[cellAddress(fin.rect.row + 1, fin.rect.col)]?.style?.verticalAlignment).toBe("Top");
    const periodHeader = cellAddress(fin.rect.row, fin.rect.col + fin.columns.findIndex((c) => c.header === "2025H1"));
    const header = parseRect(periodHeader)!;
    expect(plan.formats.some((f) => f.align === "right" && rectsOverlap(parseRect(f.range)!, header))).toBe(true);
    expect(sheet.cells[periodHeader]?.style?.horizontalAlignment).toBe("Right");
  });
});

describe("a failure half-way leaves the workbook exactly as it was", () => {
  it.each([
    ["the second chart", { call: "charts.add", nth: 2 }],
    ["the first table", { call: "tables.add", nth: 1 }],
    ["the values block", { call: "range.formulas", nth: 1 }],
    ["the binding record", { call: "customXmlParts.add", nth: 1 }],
    ["the frozen panes", { call: "freezePanes.freezeAt", nth: 1 }],
    ["the print area", { call: "pageLayout.setPrintArea", nth: 1 }],
    ["the page break", { call: "horizontalPageBreaks.add", nth: 1 }],
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
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    const r = await applyTemplatePlan(env, plan);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.charts).toEqual([]);
    expect(r.chartsSkipped.map((c) => c.reason.en)).toEqual(Array(plan.charts.length).fill("Charts needs ExcelApi 1.7, which this version of Excel lacks."));
    expect(fake.counters.calls["charts.add"] ?? 0).toBe(0);
    expect(r.roundTrips).toBeLessThanOrEqual(3);
  });

  it("without ExcelApi 1.8 the ratio line and the axis formats are left out and noted", async () => {
    const { env } = fakeWorkbook({ supported: upTo(7) });
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    const r = await applyTemplatePlan(env, plan);
    expect(r.ok && r.charts.length).toBe(plan.charts.length);
    // One note per chart that has a ratio line (its title), and the axis-format note once.
    const withRatio = plan.charts.filter((c) => c.series.some((x) => x.axis === "Secondary"));
    expect(withRatio.length).toBeGreaterThan(0);
    expect(r.ok && [...r.notes.map((n) => n.en)].sort()).toEqual(
      [
        ...withRatio.map((c) => `${c.title}: the Capex / D&A line was left out (needs ExcelApi 1.8).`),
        "Value axes keep Excel's default number format (setting it needs ExcelApi 1.8).",
        // ExcelApi 1.8 < 1.9: the page setup is left out too (sheet-setup.test.ts)
        "The sheet prints with Excel's default page setup: print area, titles, orientation, margins, fit to width and page breaks need ExcelApi 1.9.",
      ].sort(),
    );
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
        if (L[r]![0] === "公式类型") return; // the formula-style line differs by design
        const w = P[r]![c];
        if (typeof v === "number") expect(w as number).toBeCloseTo(v, 9);
        else expect(w).toEqual(v);
      }),
    );
  });
});
