import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { entitiesSummary } from "../../../src/core/dataset/query";
import { templateInputFor } from "../../../src/core/template/from-dataset";
import { sourceName } from "../../../src/core/dataset/citation";
import { phaseReadingsFor } from "../../../src/core/template/phase";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { isFinancialField } from "../../../src/core/template/financial-fields";
import { isActual, figureKey } from "../../../src/core/template/figures";
import { MAX_SEGMENT_BLOCKS } from "../../../src/core/template/segments";
import { bindingFor, rebindRanges } from "../../../src/core/chart/bindings";
import { latestPeriod } from "../../../src/core/periods";
import { frequencyOfHeader } from "../../../src/core/template/period-axis";
import { parseCell, parseRect, rectAddress } from "../../../src/core/template/a1";
import type { PlanCell, TemplatePlan } from "../../../src/core/template/types";
import { chartsCoverNothing, keysByTable, textBeyondPrintArea } from "./layout-checks";
import { evaluatePlan } from "./evaluate";

const ds = getDataset();
const at = (plan: TemplatePlan, a: string): PlanCell => {
  const p = parseCell(a)!;
  return plan.cells[p.row]![p.col]!;
};
const textOf = (c: PlanCell | undefined) => (c?.kind === "text" ? c.text : "");

describe("Aier Eye (300015.SZ): an analyst's sheet, not a data dump", () => {
  const input = templateInputFor(ds, "aier_eye")!;
  const plan = buildTemplatePlan(input, { lang: "en", style: "live" });
  const fin = plan.tables.find((t) => t.role === "financials")!;
  const label = (p: TemplatePlan, row: number) => textOf(at(p, `A${row}`));

  it("reads as a model: statement rows down, annual | half-year columns across, oldest at the left", () => {
    expect(rectAddress(fin.rect)).toBe("A15:F62");
    expect(["B14", "E14"].map((a) => textOf(at(plan, a)))).toEqual(["Annual", "Half-year"]);
    expect(fin.columns.map((c) => c.header)).toEqual(["CNY 100m (亿元)", "2017", "2024", "2025", "2024H1", "2025H1"]);
    expect([16, 30, 40, 50, 55].map((r) => label(plan, r))).toEqual(["Income statement", "Cash flow statement", "Balance sheet (at period end)", "Operating data", "Capital-cycle metrics (formulas)"]);
    expect([label(plan, 17), label(plan, 35), label(plan, 37)]).toEqual(["Revenue", "Capital expenditure", "Depreciation and amortization"]);
    expect(at(plan, "F17")).toEqual({ kind: "number", value: 115.07, format: "0.00" });
    expect(at(plan, "E17")).toEqual({ kind: "number", value: 105.45, format: "0.00" });
    // Capex: 20 亿 for 2024 in the annual group, 9.665 and 9.07 (the statement reading's capex, line 25) in the half-year group.
    expect(["C35", "E35", "F35"].map((a) => at(plan, a))).toEqual([
      { kind: "number", value: 20, format: "0.00" },
      { kind: "number", value: 9.665, format: "0.00" },
      { kind: "number", value: 9.07, format: "0.00" },
    ]);
    // One row per financials field with a whole-company actual figure (35), no more: 31 × 6 instead of 43 columns mostly blank.
    const fields = new Set(input.figures.filter((f) => !f.segment && isActual(f) && isFinancialField(input.fields.find((x) => x.id === f.field)!)).map((f) => f.field));
    expect(fields.size).toBe(35);
    const valueRows = plan.cells.slice(16, 62).filter((r) => r.slice(1).some((c) => c.kind === "number"));
    expect(valueRows).toHaveLength(35);
    expect(plan.cells[0]!.length).toBe(7);
  });

  it("computes capex / D&A in each half year's own column, under the statement reading (1.02, then 0.78)", () => {
    expect(at(plan, "F56")).toEqual({ kind: "formula", formula: "=CAPCYCLE.CAPEX_DA_RATIO(F35,F37)", format: "0.00" });
    expect(at(plan, "E56")).toEqual({ kind: "formula", formula: "=CAPCYCLE.CAPEX_DA_RATIO(E35,E37)", format: "0.00" });
    // 2024 has capex but no annual D&A: no ratio, and never 2024 capex over a half year's D&A.
    expect(at(plan, "C56")).toEqual({ kind: "blank", format: "0.00" });
    for (const style of ["live", "portable"] as const) {
      const v = evaluatePlan(buildTemplatePlan(input, { lang: "en", style }));
      expect(v.at("F56")).toBeCloseTo(9.07 / 11.63, 9);
      expect(Math.round((v.at("F56") as number) * 100) / 100).toBe(0.78);
      // H1 2024: D&A 9.49 from the statement reading (11.63 / 1.2255), so 9.665 / 9.49 = 1.02;
      // the article's 2.58 is the other reading, kept under other figures and in the phase note.
      expect(Math.round((v.at("E56") as number) * 100) / 100).toBe(1.02);
      // Revenue growth H1 2025 over H1 2024: 115.07 / 105.45 − 1.
      expect(v.at("F62")).toBeCloseTo(115.07 / 105.45 - 1, 9);
      // The phase compares the two half years: 0.78 after 1.02.
      expect(v.at("B5")).toBe("Contraction");
    }
    expect(at(plan, "B5")).toEqual({ kind: "formula", formula: '=CAPCYCLE.CYCLE_PHASE(E35:F35,E37:F37,1.5,1,"en")', format: "General" });
    // The reported ratios are kept, in other figures, to compare with.
    const other = plan.tables.find((t) => t.role === "other")!;
    const reported = plan.cells.slice(other.rect.row + 1, other.rect.row + other.rect.rowCount).filter((r) => textOf(r[0]) === "Capex to D&A ratio (as reported)");
    expect(reported.map((r) => [textOf(r[1]), r[2]])).toEqual([
      ["2024H1", { kind: "number", value: 1.02, format: "0.00" }],
      ["2024", { kind: "number", value: 2.58, format: "0.00" }],
      ["2025H1", { kind: "number", value: 0.78, format: "0.00" }],
    ]);
  });

  it("shows the phase under each reading, the primary first, where the readings disagree, in lines inside the printed width", () => {
    const readings = phaseReadingsFor(ds, "aier_eye")!;
    expect(readings.contested).toBe(true);
    // The primary reading takes two lines, the other one: joined, they are the readings' text.
    const lines = (p: TemplatePlan) => [10, 11, 12].map((r) => textOf(at(p, `A${r}`)));
    expect(lines(plan)[0]).toMatch(/^Contested, by reading: Contraction — H1 2024 1\.02 .* H1 2025 0\.78/);
    expect(lines(plan).slice(0, 2).join(" ")).toBe(`Contested, by reading: ${readings.lines[0]!.text.en}`);
    expect(lines(plan)[2]).toBe(readings.lines[1]!.text.en);
    expect(lines(plan)[2]).toMatch(/^Expansion slowing — H1 2024 2\.58 .*→ H1 2025 1\.96/);
    expect(textOf(at(plan, "A13"))).toBe("");
    // The sheet's own phase formula follows the primary reading.
    expect(evaluatePlan(plan).at("B5")).toBe("Contraction");
    // One line per row (the frozen rows above the period header stay short), italic, none past the print area.
    expect(plan.formats).toContainEqual({ range: "A10:A12", italic: true });
    expect(plan.rowHeights[9]).toBeUndefined();
    expect(plan.setup.freeze).toEqual({ rows: 15, columns: 1 });
    const zh = buildTemplatePlan(input, { lang: "zh", style: "portable" });
    // Chinese breaks between characters; a space at the break is dropped.
    const squeeze = (t: string) => t.replace(/\s+/g, "");
    expect(squeeze(lines(zh).slice(0, 2).join(""))).toBe(squeeze(`有争议，按口径分列：${readings.lines[0]!.text.zh}`));
    expect(lines(zh)[2]).toMatch(/^扩张放缓——/);
    for (const p of [plan, zh]) expect(textBeyondPrintArea(p)).toEqual([]);
  });

  it("dates the data by the statements (H1 2025), not by a 2025 market share", () => {
    expect(plan.asOf).toBe("2025H1");
    expect(at(plan, "B4")).toEqual({ kind: "text", text: "2025-06-30 (H1 2025)" });
    expect(input.figures.some((f) => f.period === "2025" && isActual(f))).toBe(true);
    const zh = buildTemplatePlan(input, { lang: "zh", style: "portable" });
    expect(at(zh, "B4")).toEqual({ kind: "text", text: "2025-06-30 (2025年上半年)" });
  });

  it("says what is missing in the header instead of blank columns", () => {
    expect(textOf(at(plan, "B8"))).toBe("No figures: Equity; so not computed: Goodwill / equity, R&D capitalized share");
    const zh = buildTemplatePlan(input, { lang: "zh", style: "live" });
    expect(textOf(at(zh, "B8"))).toBe("无数据：股东权益；因此未计算：商誉/股东权益、研发资本化率");
  });

  it("shows segments as blocks of rows over the same period columns", () => {
    const seg = plan.tables.find((t) => t.role === "segments")!;
    expect(seg.columns.map((c) => c.header)).toEqual(["Segment", "2017", "2024", "2025", "2024H1", "2025H1"]);
    const rows = plan.cells.slice(seg.rect.row + 1, seg.rect.row + seg.rect.rowCount);
    const headings = rows.filter((r) => r.slice(1).every((c) => c.kind === "blank" && c.format === undefined)).map((r) => textOf(r[0]));
    expect(headings).toEqual(["Revenue", "Revenue, YoY growth", "Share of revenue", "Gross margin", "Inventory, YoY growth", "Share of surgeries"]);
    expect(headings.length).toBeLessThanOrEqual(MAX_SEGMENT_BLOCKS);
    // Refractive surgery's stated growth: 69.23% in 2017, 2.31% in 2024, 11.14% in H1 2025 — one row.
    const refractive = rows.filter((r) => textOf(r[0]) === "Refractive surgery")[1]!;
    expect(refractive.slice(1, 6).map((c) => (c.kind === "number" ? c.value : null))).toEqual([0.6923, 0.0231, null, null, 0.1114]);
  });

  it("lists every figure the tables leave out under other figures: nothing is lost", () => {
    const byTable = keysByTable(plan);
    const inTables = new Set(["financials", "segments", "peers"].flatMap((r) => byTable.get(r) ?? []).filter((k) => k.startsWith("aier_eye|")));
    const all = input.figures.map((f) => figureKey("aier_eye", f.field, f.period, f.segment));
    const other = plan.tables.find((t) => t.role === "other")!;
    expect(other.rect.rowCount - 1).toBe(all.length - inTables.size);
    expect(other.rect.rowCount - 1).toBe(114);
    expect(new Set([...inTables, ...byTable.get("other")!])).toEqual(new Set(all));
    // Forecasts and estimates are there, marked.
    const bases = plan.cells.slice(other.rect.row + 1, other.rect.row + other.rect.rowCount).map((r) => textOf(r[4]));
    expect(bases.filter((b) => b !== "actual").sort()).toEqual(["estimate", "estimate", "estimate", "estimate", "estimate", "forecast", "forecast"]);
  });

  it("cites every figure by source record and line, every other statement in its note, conflicts marked", () => {
    const src = plan.tables.find((t) => t.role === "sources")!;
    const rows = plan.cells.slice(src.rect.row + 1, src.rect.row + src.rect.rowCount);
    // Every figure of the company, and every peer figure the peers table shows.
    const peerFigures = [...new Set(Object.values(plan.record.cells).filter((k) => !k.startsWith("aier_eye|")))].length;
    expect(rows).toHaveLength(input.figures.length + peerFigures);
    // A figure stated more than once lists the other statements, each with record and line.
    const shownKeys = new Set(Object.values(plan.record.cells));
    const peerRepeated = input.peers.flatMap((p) => p.figures.filter((f) => f.sources.length > 1 && shownKeys.has(figureKey(p.entity.id, f.field, f.period, f.segment)))).length;
    const repeated = input.figures.filter((f) => f.sources.length > 1).length + peerRepeated;
    expect(rows.filter((r) => /also stated: .*\(S\d+, line \d+/.test(textOf(r[6])))).toHaveLength(repeated);
    // Records listed once above the table, cited by key.
    const keys = new Set(rows.map((r) => textOf(r[3])));
    for (const k of keys) expect(k).toMatch(/^S\d+$/);
    const legend = plan.cells.slice(src.rect.row - keys.size, src.rect.row).map((r) => [textOf(r[0]), textOf(r[1])]);
    expect(legend.map(([k]) => k)).toEqual([...keys].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    // Each record named as the dataset cites it (title or our label, author, platform, date), not by its file.
    const files = [...new Set(input.figures.flatMap((f) => f.sources.map((x) => x.file)))].sort();
    expect(legend.map(([, name]) => name)).toEqual(files.map((f) => sourceName(ds, f, "en")));
    for (const [, name] of legend) expect(name).not.toMatch(/\.txt$/);
    const conflicts = rows.filter((r) => textOf(r[6]).startsWith("CONFLICT"));
    expect(conflicts).toHaveLength(input.figures.filter((f) => f.conflict).length);
  });

  it("charts the half-year capex vs D&A, segment growth per group and market share, each in a band under its table", () => {
    expect(plan.charts.map((c) => [c.name, rectAddress(c.position), c.categories, c.series.length])).toEqual([
      ["CapCycle capex vs D&A (half-year)", "A64:C79", "E15:F15", 3],
      ["CapCycle segment growth (annual)", "A116:C131", "B82:D82", 2],
      ["CapCycle segment growth (half-year)", "D116:G131", "F82", 5],
      ["CapCycle market share (annual)", "A174:C189", "C134:D134", 5],
    ]);
    // The annual group has 2024 capex but no annual D&A: no annual capex chart.
    expect(plan.charts[0]!.series.map((s) => [s.values, s.chartType, s.axis])).toEqual([
      ["E35:F35", "ColumnClustered", "Primary"],
      ["E37:F37", "ColumnClustered", "Primary"],
      ["E56:F56", "Line", "Secondary"],
    ]);
    expect(chartsCoverNothing(plan)).toEqual([]);
  });

  it("freezes below the period row and right of the labels, and prints on at most 8 pages", () => {
    expect(plan.setup.freeze).toEqual({ rows: 15, columns: 1 });
    expect(plan.setup.printArea).toBe("A1:G527");
    expect(plan.setup.printTitleRows).toBeUndefined(); // the financials fit on page 1
    expect(plan.setup.orientation).toBe("portrait");
    // Every page start is planned (print.ts): 7 pages in either language.
    expect(plan.setup.rowBreaks).toHaveLength(6);
    expect(buildTemplatePlan(input, { lang: "zh", style: "portable" }).setup.rowBreaks).toHaveLength(6);
  });
});

describe("United Imaging (688271.SH): annual, quarterly and monthly groups; no capex, so no capex chart", () => {
  const input = templateInputFor(ds, "united_imaging")!;
  const plan = buildTemplatePlan(input, { lang: "en", style: "live" });

  it("groups its periods by frequency, oldest at the left", () => {
    const fin = plan.tables.find((t) => t.role === "financials")!;
    expect(rectAddress(fin.rect)).toBe("A12:F34");
    expect(fin.columns.map((c) => c.header)).toEqual(["CNY 100m (亿元)", "2017", "2023", "2024", "2025Q1", "2025M07"]);
    expect(["B11", "E11", "F11"].map((a) => textOf(at(plan, a)))).toEqual(["Annual", "Quarterly", "Monthly"]);
    // Revenue 114.1 in 2023, 103 in 2024; stated growth 2024 and Q1 2025 in their own columns.
    expect(["C14", "D14", "D15", "E15"].map((a) => at(plan, a))).toEqual([
      { kind: "number", value: 114.1, format: "0.00" },
      { kind: "number", value: 103, format: "0.00" },
      { kind: "number", value: -0.0973, format: "0.00%" },
      { kind: "number", value: 0.054, format: "0.00%" },
    ]);
    expect(at(plan, "D32")).toEqual({ kind: "formula", formula: "=CAPCYCLE.RD_CAPITALIZATION(D23,D19)", format: "0.00%" });
    expect(at(plan, "D33")).toEqual({ kind: "formula", formula: "=CAPCYCLE.SEGMENT_GROWTH(D14,C14)", format: "0.00%" });
    const v = evaluatePlan(plan);
    expect(v.at("D33")).toBeCloseTo(103 / 114.1 - 1, 9);
    expect(textOf(at(plan, "B5"))).toBe("Not enough data: needs capex and D&A in two periods.");
  });

  it("charts segment growth only (annual), bound by rows", () => {
    expect(plan.charts.map((c) => [c.name, rectAddress(c.position), c.categories, c.series.map((s) => s.name)])).toEqual([
      ["CapCycle segment growth (annual)", "A61:C76", "D37", ["CT", "MR", "Software"]],
    ]);
    expect(plan.charts[0]!.series.map((s) => s.row)).toEqual([
      { label: "CT", section: "Revenue, YoY growth", index: 1 },
      { label: "MR", section: "Revenue, YoY growth", index: 2 },
      { label: "Software", section: "Revenue, YoY growth", index: 3 },
    ]);
  });
});

describe("Neusoft Medical (unlisted, no statements): a useful sheet for what exists", () => {
  const input = templateInputFor(ds, "neusoft_medical")!;
  for (const lang of ["en", "zh"] as const) {
    it(`lists its figures and sources, says what is missing, freezes nothing (${lang})`, () => {
      const plan = buildTemplatePlan(input, { lang, style: "portable" });
      expect(plan.tables.map((t) => [t.role, rectAddress(t.rect)])).toEqual([
        ["other", "A13:E18"],
        // The record's English name takes two lines inside the print area, the Chinese one.
        ["sources", lang === "en" ? "A23:G28" : "A22:G27"],
      ]);
      expect(plan.charts).toEqual([]);
      expect(plan.setup.freeze).toEqual({ rows: 0, columns: 0 });
      expect(textOf(at(plan, "B2"))).toBe(lang === "en" ? "(unlisted)" : "（未上市）");
      expect(textOf(at(plan, "B7")).startsWith(lang === "en" ? "No figures: Revenue, Net profit" : "无数据：营业收入、归母净利润")).toBe(true);
      expect(at(plan, "C14")).toEqual({ kind: "number", value: 145, format: "0.00" });
    });
  }
});

describe("every seed company's template", () => {
  const companies = entitiesSummary(ds).filter((s) => s.figures > 0 && s.entity.kind !== "industry" && s.entity.kind !== "government");

  it.each(companies.map((c) => [c.entity.id]))("%s: every figure shown, charts bound by rows inside their tables, dated by the statements", (id) => {
    const input = templateInputFor(ds, id)!;
    for (const lang of ["en", "zh"] as const) {
      const plan = buildTemplatePlan(input, { lang, style: "portable" });
      const byTable = keysByTable(plan);
      const shown = new Set([...byTable.values()].flat());
      for (const f of input.figures) expect(shown.has(figureKey(id, f.field, f.period, f.segment)), `${f.field} ${f.period} ${f.segment ?? ""}`).toBe(true);
      const inTables = new Set(["financials", "segments", "peers"].flatMap((r) => byTable.get(r) ?? []).filter((k) => k.startsWith(`${id}|`)));
      expect(byTable.get("other") ?? []).toHaveLength(input.figures.length - inTables.size);
      expect(chartsCoverNothing(plan)).toEqual([]);
      const fin = plan.tables.find((t) => t.role === "financials");
      const periods = fin
        ? fin.columns.filter((c, j) => c.role === "period" && plan.cells.slice(fin.rect.row + 1, fin.rect.row + fin.rect.rowCount).some((r) => r[j]!.kind === "number")).map((c) => c.header)
        : input.figures.filter(isActual).map((f) => f.period);
      expect(plan.asOf).toBe(latestPeriod(periods) ?? "");
      // Each chart reads rows of its table, over one frequency group's header cells, and re-binds to the same ranges.
      for (const c of plan.charts) {
        const t = plan.tables.find((x) => x.role === c.tableRole)!;
        const cats = parseRect(c.categories)!;
        expect(cats.row).toBe(t.rect.row);
        const freqs = new Set(plan.cells[cats.row]!.slice(cats.col, cats.col + cats.colCount).map((h) => frequencyOfHeader(textOf(h))));
        expect([...freqs]).toEqual([c.frequency]);
        const labels = plan.cells.slice(t.rect.row + 1, t.rect.row + t.rect.rowCount).map((r) => textOf(r[0]));
        const binding = bindingFor(c, "S", "T");
        const r = rebindRanges(binding, { headers: t.columns.map((x) => x.header), body: { row: t.rect.row + 1, col: 0, rowCount: t.rect.rowCount - 1, colCount: t.rect.colCount }, labels });
        expect(r).toEqual({ ok: true, categories: c.categories, series: c.series.map((s) => ({ name: s.name, values: s.values })) });
      }
      // Freeze below the first period table's header row; print area covers cells and charts.
      const anchor = fin ?? plan.tables.find((t) => t.role === "segments" || t.role === "peers");
      expect(plan.setup.freeze).toEqual(anchor ? { rows: anchor.rect.row + 1, columns: 1 } : { rows: 0, columns: 0 });
      const area = parseRect(plan.setup.printArea)!;
      expect(area.rowCount).toBeGreaterThanOrEqual(plan.cells.length);
      for (const c of plan.charts) expect(c.position.col + c.position.colCount).toBeLessThanOrEqual(area.colCount);
    }
  });
});
