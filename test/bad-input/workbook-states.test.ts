/**
 * Workbook states the add-in meets in people's files (SPEC §4, §5, §9): protected sheets,
 * awkward or taken names, merged cells in the way, manual calculation, very large workbooks,
 * filtered tables, non-English Excel. Each action either does its job without touching what is
 * not its own, or says why it could not and leaves the workbook as it was — checked on the
 * strict in-memory workbook (test/support/workbook) through the real adapter.
 */
import { describe, expect, it } from "vitest";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { chartFromSelectionWith } from "../../src/excel/chart-from-selection";
import { insertFormulaWith } from "../../src/excel/active-cell";
import { loadTemplateWith } from "../../src/excel/load-template";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import { buildTemplatePlan } from "../../src/core/template/build";
import { sheetNameProblem } from "../../src/core/template/sheet-name";
import { templateInputFor } from "../../src/core/template/from-dataset";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { entitiesSummary } from "../../src/core/dataset/query";
import type { TemplateInput } from "../../src/core/template/input";
import { diffSnapshots, type FakeExcel } from "../support/workbook/index";
import { acmeInput } from "../core/template/fixtures";
import { fakeWorkbook } from "../excel/helpers";

const SHEET = "Acme Eye 600000.SH";
const FIN = "CapCycle_acme_Financials";

/** Changes outside what a template load may add: its sheet, its tables, its record, the active sheet. */
function outsideTemplate(changes: string[], sheet: string, tables: readonly string[]): string[] {
  return changes.filter(
    (c) =>
      !c.startsWith(`sheets.${sheet}`) &&
      !/^sheetOrder\.\d+: added$/.test(c) &&
      !tables.some((t) => c.startsWith(`tables.${t}:`) || c.startsWith(`tables.${t}.`)) &&
      !/^customXmlParts\.\d+: added$/.test(c) &&
      !/^(activeSheet|selection)/.test(c),
  );
}

/** A user's model: periods across row 1, capex and D&A below. */
function model(fake: FakeExcel, sheet = "Model"): void {
  fake.seed.sheet(sheet, [
    ["", "'2021", "'2022", "'2023", "'2024"],
    ["Revenue", 100, 110, 120, 130],
    ["资本开支", -30, -35, -40, -45],
    ["折旧摊销", 20, 22, 25, 30],
  ]);
}

const plan = (input: TemplateInput = acmeInput(), style: "live" | "portable" = "live") => buildTemplatePlan(input, { lang: "en", style });

describe("protected sheets", () => {
  it("a template loads beside protected sheets and changes none of them", async () => {
    const { fake, env } = fakeWorkbook();
    model(fake);
    fake.seed.protect("Model", "secret");
    fake.seed.protect("Sheet1");
    const before = fake.snapshot();
    const r = await applyTemplatePlan(env, plan());
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(outsideTemplate(diffSnapshots(before, fake.snapshot()), r.sheet, r.tables)).toEqual([]);
  });

  it("inserting a formula into a protected sheet is refused with the reason; nothing is written", async () => {
    const { fake, env } = fakeWorkbook();
    model(fake);
    fake.seed.select("Model!B6");
    fake.seed.protect("Model");
    const before = fake.snapshot();
    const r = await insertFormulaWith(env, '=CAPCYCLE.DATA("300015.SZ","capex")');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(/protected/);
    expect(!r.ok && r.reason.zh).toMatch(/保护/);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("chart from selection on a protected sheet is refused with the reason; nothing is written", async () => {
    const { fake, env } = fakeWorkbook();
    model(fake);
    fake.seed.select("Model!A1:E4");
    fake.seed.protect("Model");
    const before = fake.snapshot();
    const r = await chartFromSelectionWith(env);
    expect(!r.ok && r.reason.en).toMatch(/protected/);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("refresh skips the charts of a protected sheet with the reason, and refreshes the others", async () => {
    const { fake, env } = fakeWorkbook();
    const first = await applyTemplatePlan(env, plan());
    const second = await applyTemplatePlan(env, plan());
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    // A period column is added to both templates' financials (at the end: the half-year group,
    // capex −20 and D&A 15 in the capex and D&A rows); then the first sheet is protected.
    const column = ["2025H2", ...Array.from({ length: 23 }, (_, i) => (i === 6 ? -20 : i === 7 ? 15 : ""))].map((v) => [v]);
    for (const table of [first.tables[0]!, second.tables[0]!])
      await fake.run(async (ctx) => {
        ctx.workbook.tables.getItem(table).columns.add(undefined, column);
        await ctx.sync();
      });
    fake.seed.protect(first.sheet);
    const before = fake.snapshot();
    const p = await previewRefreshWith(env);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const onProtected = p.preview.items.filter((i) => i.sheet === first.sheet);
    expect(onProtected.map((i) => i.action)).toEqual(["skip", "skip", "skip", "skip"]);
    expect(onProtected[0]!.reason?.en).toMatch(new RegExp(`Sheet "${first.sheet}" is protected.*Unprotect`));
    expect(onProtected[0]!.reason?.zh).toMatch(/受保护.*请/);
    const r = await applyRefreshWith(env, p.preview, {});
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.charts.map((c) => [c.sheet, c.status])).toEqual([
      ...Array(4).fill([first.sheet, "skipped"]),
      ...Array(4).fill([second.sheet, "refreshed"]),
    ]);
    const after = fake.snapshot();
    expect(after.sheets[first.sheet]).toEqual(before.sheets[first.sheet]);
    // The half-year capex vs D&A chart (from H1 2025, its first period with figures) now reads to H2 2025.
    expect(after.sheets[second.sheet]!.charts[1]!.series[0]!.values).toBe(`='${second.sheet}'!$E$19:$F$19`);
  });
});

describe("sheet names", () => {
  const named = (short_en: string, ticker?: string): TemplateInput => {
    const base = acmeInput();
    const { ticker: _t, ...entity } = base.entity;
    return { ...base, entity: { ...entity, short_en, ...(ticker ? { ticker } : {}) } };
  };

  it("a company name with \\ / ? * [ ] : gives a valid sheet name", async () => {
    const { fake, env } = fakeWorkbook();
    const r = await applyTemplatePlan(env, plan(named("A/B\\C?D*E[F]G:H", "600000.SH")));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.sheet).toBe("A B C D E F G H 600000.SH");
    expect(sheetNameProblem(r.sheet)).toBeNull();
    expect(fake.snapshot().sheetOrder).toContain(r.sheet);
  });

  it("a name of apostrophes and forbidden characters only still gives a valid, unique sheet", async () => {
    const { fake, env } = fakeWorkbook({ initialSheets: ["Sheet"] });
    const r = await applyTemplatePlan(env, plan(named("'''[]:*?/\\'''")));
    expect(r.ok && r.sheet).toBe("Sheet (2)");
    expect(fake.snapshot().sheetOrder).toEqual(["Sheet", "Sheet (2)"]);
  });

  it("31 characters of Chinese with a character outside the BMP at the cut: within 31, no half character", async () => {
    const long = `${"联影医疗科技".repeat(5)}𝔸影`;
    const { fake, env } = fakeWorkbook({ initialSheets: [long.slice(0, 30)] });
    const r = await applyTemplatePlan(env, plan(named(long)));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.sheet.length).toBeLessThanOrEqual(31);
    expect(r.sheet).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(sheetNameProblem(r.sheet)).toBeNull();
    expect(fake.snapshot().sheetOrder).toHaveLength(2);
  });

  it("a defined name that equals our table name: the table takes a suffix, the name is untouched", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", { A1: 1 });
    fake.seed.name(FIN, "=Model!$A$1");
    const before = fake.snapshot();
    const r = await applyTemplatePlan(env, plan());
    expect(r.ok && r.tables[0]).toBe(`${FIN}_2`);
    expect(fake.snapshot().names).toEqual(before.names);
  });
});

describe("tables, merged cells and calculation", () => {
  it("refresh never reads or changes a table's filter: charts bind to the whole body, hidden rows included", async () => {
    const { fake, env } = fakeWorkbook();
    const t = await applyTemplatePlan(env, plan());
    expect(t.ok).toBe(true);
    fake.resetCounters();
    const p = await previewRefreshWith(env);
    const r = p.ok ? await applyRefreshWith(env, p.preview, {}) : p;
    expect(r.ok).toBe(true);
    const calls = Object.keys(fake.counters.calls);
    expect(calls.filter((c) => /filter|hidden|visible/i.test(c))).toEqual([]);
    expect(fake.snapshot().sheets[SHEET]!.charts[0]!.series[0]!.values).toBe(`='${SHEET}'!$B$19:$C$19`);
    expect(fake.snapshot().tables[FIN]).toMatchObject({ dataBody: "A13:E35" });
  });

  it("merged cells where chart from selection would write its ratio line: refused with the reason, nothing changed", async () => {
    const { fake, env } = fakeWorkbook();
    model(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Model").getRange("A5:C5").merge();
      await ctx.sync();
    });
    fake.seed.select("Model!A1:E4");
    const before = fake.snapshot();
    const r = await chartFromSelectionWith(env);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(/merged/i);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("manual calculation: the template computes, the mode stays manual, other sheets keep what they show", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", { A1: 1, B1: "=A1*2" });
    fake.seed.calculationMode("Manual");
    // The person changed an input and has not recalculated yet: B1 still shows 2.
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Model").getRange("A1").values = [[5]];
      await ctx.sync();
    });
    expect(fake.values("Model!B1")).toEqual([[2]]);
    const before = fake.snapshot();
    const r = await loadTemplateWith(env, { company: "300015.SZ", lang: "en", style: "live" }, undefined, getDataset);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.formulaErrors).toBe(0);
    expect(r.cyclePhase).not.toBe("");
    const after = fake.snapshot();
    expect(after.calculationMode).toBe("Manual");
    expect(fake.values("Model!B1")).toEqual([[2]]);
    expect(outsideTemplate(diffSnapshots(before, after), r.sheet, r.tables)).toEqual([]);
  });
});

describe("very large workbooks", () => {
  it("300 sheets, 300 tables and a 100,000-cell model: the template loads in ≤ 3 round trips and reads none of the user's cells", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Big", Array.from({ length: 1000 }, (_, r) => Array.from({ length: 100 }, (_, c) => r * 100 + c)));
    for (let i = 0; i < 300; i++) {
      const name = `S${i}`;
      fake.seed.sheet(name, [["Period", "Value"], ["'2024", i]]);
      fake.seed.table(name, "A1:B2", { name: `Tbl_${i}` });
    }
    const before = fake.snapshot();
    fake.resetCounters();
    const r = await applyTemplatePlan(env, plan());
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    // The first request only lists names (sheets, tables, defined names): no range of the user's is loaded.
    expect(fake.counters.opNamesPerRoundTrip[0]!.filter((op) => op.startsWith("range."))).toEqual([]);
    expect(outsideTemplate(diffSnapshots(before, fake.snapshot()), r.sheet, r.tables)).toEqual([]);
  }, 60_000);
});

describe("non-English Excel", () => {
  it("formulas are written in Excel's invariant English form through range.formulas, never formulasLocal", async () => {
    const { fake, env } = fakeWorkbook();
    model(fake);
    fake.seed.select("Model!A1:E4");
    expect((await chartFromSelectionWith(env, "zh")).ok).toBe(true);
    expect((await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "zh", style: "live" }))).ok).toBe(true);
    fake.seed.select("Model!H20");
    expect((await insertFormulaWith(env, '=CAPCYCLE.DATA("300015.SZ","capex","2025H1")')).ok).toBe(true);
    const ops = Object.keys(fake.counters.calls);
    expect(ops).toContain("range.formulas");
    expect(ops.filter((op) => /local/i.test(op))).toEqual([]);
    expect(fake.formulas("Model!H20")).toEqual([['=CAPCYCLE.DATA("300015.SZ","capex","2025H1")']]);
  });

  it("portable templates call only Excel's own functions, for every seed company: they compute where CAPCYCLE shows #NAME?", () => {
    const NATIVE = new Set(["IF", "OR", "AND", "ABS", "NA", "IFERROR", "ISNUMBER", "SUM", "SUMPRODUCT", "COUNT", "MAX", "MIN", "INDEX", "MATCH", "POWER", "LARGE", "ISBLANK", "RRI"]);
    const ds = getDataset();
    const companies = entitiesSummary(ds).filter((s) => s.figures > 0 && s.entity.kind !== "industry" && s.entity.kind !== "government");
    expect(companies.length).toBeGreaterThan(5);
    const used = new Set<string>();
    for (const c of companies) {
      const input = templateInputFor(ds, c.entity.id);
      if (!input) continue;
      for (const lang of ["en", "zh"] as const) {
        const p = buildTemplatePlan(input, { lang, style: "portable" });
        for (const cell of p.cells.flat()) {
          if (cell.kind !== "formula") continue;
          for (const m of cell.formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)) used.add(m[1]!.toUpperCase());
        }
      }
    }
    expect([...used].filter((f) => !NATIVE.has(f))).toEqual([]);
    expect(used.size).toBeGreaterThan(2);
  });
});

