/**
 * Write safety (SPEC §4, §9), through the real adapter against the strict in-memory workbook:
 * - text the add-in writes stays literal text: names, labels and printed figures starting with
 *   =, +, - or @ (or looking like numbers, dates, booleans, errors) are never read as formulas;
 * - a template load changes nothing outside its new sheet (snapshots before and after);
 * - a failure half-way, at any operation of the write request, leaves the workbook as it was.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { loadTemplateWith } from "../../src/excel/load-template";
import { chartFromSelectionWith } from "../../src/excel/chart-from-selection";
import { buildTemplatePlan } from "../../src/core/template/build";
import { cellAddress } from "../../src/core/template/a1";
import { getDataset } from "../../src/core/dataset/default-dataset";
import type { TemplateInput } from "../../src/core/template/input";
import { diffSnapshots, type FakeExcel } from "../support/workbook/index";
import { acmeInput } from "../core/template/fixtures";
import { fakeWorkbook } from "../excel/helpers";

export const TEXT_RUNS = 15;
export const FAILURE_RUNS = 25;
let iterations = 0;
afterAll(() => console.log(`write-safety fuzz: ${iterations} template loads`));

const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Text that Excel would read as something else if it were typed into a General cell. */
const trickyText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ minLength: 1, maxLength: 12 })).map(([lead, rest]) => `${lead}${rest.replace(/^'/, "")}`),
  fc.constantFrom("=SUM(A1:A9)", "=1+1", "+86 10 1234", "-38.87%", "@3.5亿", "=HYPERLINK(\"http://x\")", "-", "+", "=", "@", "2024", "1,234", "12.5%", "TRUE", "#N/A", "2025-06-30", "1e5", "=CAPCYCLE.DATA(\"x\",\"y\")"),
);

/** The fixture company with its names and printed figures replaced by tricky text. */
function trickyInput(names: string[]): TemplateInput {
  const base = acmeInput();
  const at = (i: number) => names[i % names.length]!;
  let k = 0;
  return {
    ...base,
    entity: { ...base.entity, name_en: at(0), name_zh: at(1), short_en: at(2) || "x", short_zh: at(3) || "x" },
    segments: base.segments.map((s, i) => ({ ...s, name_en: `${at(4 + i)}${i}`, name_zh: `${at(5 + i)}${i}` })),
    figures: base.figures.map((f) => ({ ...f, sources: f.sources.map((s) => ({ ...s, printed: at(6 + k++) })) })),
    peers: base.peers.map((p, i) => ({ ...p, entity: { ...p.entity, name_en: `${at(7 + i)}${i}`, name_zh: `${at(8 + i)}${i}`, short_en: `${at(9 + i)}${i}`, short_zh: `${at(9 + i)}${i}` } })),
  };
}

describe("text stays text", () => {
  it("names, labels and printed figures starting with = + - @ (or looking like numbers) are written as literal text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(trickyText, { minLength: 10, maxLength: 10 }), async (names) => {
        iterations++;
        const plan = buildTemplatePlan(trickyInput(names), { lang: "en", style: "live" });
        const { fake, env } = fakeWorkbook();
        const r = await applyTemplatePlan(env, plan);
        expect(r.ok, JSON.stringify(r)).toBe(true);
        if (!r.ok) return;
        let checked = 0;
        plan.cells.forEach((row, ri) =>
          row.forEach((c, ci) => {
            if (c.kind !== "text") return;
            const cell = fake.cell(`${q(r.sheet)}!${cellAddress(ri, ci)}`);
            expect(cell.value, cellAddress(ri, ci)).toBe(c.text);
            expect(cell.formula, cellAddress(ri, ci)).toBeUndefined();
            checked++;
          }),
        );
        // Every tricky string that reached the plan as text was checked in the workbook.
        expect(checked).toBeGreaterThan(20);
      }),
      { numRuns: TEXT_RUNS },
    );
  }, 120_000);
});

/** A workbook with a bit of everything a person's file holds. */
function busyWorkbook(fake: FakeExcel): void {
  fake.seed.sheet(
    "Model",
    [
      ["Period", "Capex", "D&A", "Ratio"],
      ["'2023", 40, { value: 20, numberFormat: "0.00" }, "=B2/C2"],
      ["'2024", 35, 25, "=B3/C3"],
    ],
    { columnWidths: { A: 90 } },
  );
  fake.seed.table("Model", "A1:D3", { name: "CapCycle_acme_Financials" });
  fake.seed.chart("Model", { type: "ColumnClustered", source: "A1:C3", name: "My chart", position: { from: "F2", to: "L14" } });
  fake.seed.sheet("Locked", { A1: "=Model!D2*100", B2: { value: "note", style: { bold: true } } });
  fake.seed.protect("Locked", "pw");
  fake.seed.sheet("Acme Eye 600000.SH", { A1: "my own sheet with the template's name" });
  fake.seed.name("Rate", "=Model!$D$2");
  fake.seed.customXmlPart('<other xmlns="urn:someone-else"><x>1</x></other>');
  fake.seed.setting("someone.else", { keep: true });
  fake.seed.select("Model!B3");
}

describe("a template load changes nothing outside its new sheet", () => {
  it("every existing sheet, table, chart, name, custom XML part and setting is exactly as before", async () => {
    const { fake, env } = fakeWorkbook();
    busyWorkbook(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Model").getRange("F20:G20").merge();
      await ctx.sync();
    });
    const before = fake.snapshot();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }), { activate: false });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.sheet).toBe("Acme Eye 600000.SH (2)");
    const after = fake.snapshot();
    for (const name of before.sheetOrder) expect(after.sheets[name], name).toEqual(before.sheets[name]);
    for (const [name, table] of Object.entries(before.tables)) expect(after.tables[name], name).toEqual(table);
    expect(after.names).toEqual(before.names);
    expect(after.settings).toEqual(before.settings);
    expect(after.customXmlParts.slice(0, before.customXmlParts.length)).toEqual(before.customXmlParts);
    expect([after.activeSheet, after.selection]).toEqual([before.activeSheet, before.selection]);
    // What was added: the sheet (last), its tables, and one binding record.
    const added = diffSnapshots(before, after).filter((c) => !c.startsWith(`sheets.${r.sheet}.`));
    expect(added.filter((c) => !/^tables\.CapCycle_acme_\w+: added$/.test(c))).toEqual([
      `sheetOrder.${before.sheetOrder.length}: added`,
      `sheets.${r.sheet}: added`,
      `customXmlParts.${before.customXmlParts.length}: added`,
    ]);
  });

  it("the same for a seed company from the bundled data, in both formula styles", async () => {
    for (const style of ["live", "portable"] as const) {
      const { fake, env } = fakeWorkbook();
      busyWorkbook(fake);
      const before = fake.snapshot();
      const r = await loadTemplateWith(env, { company: "688271.SH", lang: "zh", style, activate: false }, undefined, getDataset);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      const after = fake.snapshot();
      for (const name of before.sheetOrder) expect(after.sheets[name], `${style}: ${name}`).toEqual(before.sheets[name]);
      expect(after.names).toEqual(before.names);
    }
  });
});

describe("a failure half-way leaves the workbook exactly as it was", () => {
  /** The operations of the write request (round trip 2) of a successful load. */
  async function writeOps(): Promise<string[]> {
    const { fake, env } = fakeWorkbook();
    busyWorkbook(fake);
    fake.resetCounters();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r.ok).toBe(true);
    return fake.counters.opNamesPerRoundTrip[1]!;
  }

  /**
   * The changes a failed load left. One is not a change in Excel: when the load had activated
   * its sheet before failing, the clean-up activates the person's sheet again, and Excel gives
   * back that sheet's own selection; the in-memory workbook selects its A1 instead.
   */
  function leftBehind(before: ReturnType<FakeExcel["snapshot"]>, after: ReturnType<FakeExcel["snapshot"]>): string[] {
    const sheet = before.selection?.split("!")[0];
    return diffSnapshots(before, after).filter((c) => !(sheet && c === `selection: "${before.selection}" → "${sheet}!A1"`));
  }

  async function failingLoad(failAt: { sync: number; afterOps: number } | { call: string; nth: number }): Promise<void> {
    iterations++;
    const { fake, env } = fakeWorkbook({ failAt });
    busyWorkbook(fake);
    const before = fake.snapshot();
    const r = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(r.ok, JSON.stringify(failAt)).toBe(false);
    if (r.ok) return;
    expect(r.reason.en.length).toBeGreaterThan(10);
    expect(r.reason.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(leftBehind(before, fake.snapshot()), JSON.stringify(failAt)).toEqual([]);
  }

  it("failing after any number of the write request's operations (property)", async () => {
    const ops = await writeOps();
    expect(ops.length).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: ops.length - 1 }), async (k) => failingLoad({ sync: 2, afterOps: k })),
      { numRuns: FAILURE_RUNS, examples: [[0], [1], [ops.length - 1]] },
    );
  }, 120_000);

  it("failing at the first execution of each kind of operation the load uses", async () => {
    const kinds = [...new Set(await writeOps())].filter((op) => op !== "application.suspendApiCalculationUntilNextSync");
    expect(kinds).toEqual(expect.arrayContaining(["worksheets.add", "range.formulas", "tables.add", "charts.add", "customXmlParts.add"]));
    for (const call of kinds) {
      // A failure to add the sheet leaves nothing to remove; any later one leaves a sheet to remove.
      await failingLoad({ call, nth: 1 });
    }
  }, 120_000);
});

describe("chart from selection: a failure half-way leaves the sheet as it was", () => {
  const model = (fake: FakeExcel) => {
    fake.seed.sheet("Model", [
      ["", "'2021", "'2022", "'2023", "'2024"],
      ["Capex", -30, -35, -40, -45],
      ["D&A", 20, 22, 25, 30],
    ]);
    fake.seed.select("Model!A1:E3");
  };

  it("failing at any operation of its write request: no chart, no ratio cells, no number formats left", async () => {
    const probe = fakeWorkbook();
    model(probe.fake);
    probe.fake.resetCounters();
    expect((await chartFromSelectionWith(probe.env)).ok).toBe(true);
    // Round trips: 1 what is selected, 2 its values and the tables, 3 the writes.
    const ops = probe.fake.counters.opNamesPerRoundTrip[2]!.length;
    expect(ops).toBeGreaterThan(5);
    for (let k = 0; k < ops; k++) {
      iterations++;
      const { fake, env } = fakeWorkbook({ failAt: { sync: 3, afterOps: k } });
      model(fake);
      const before = fake.snapshot();
      const r = await chartFromSelectionWith(env);
      expect(r.ok, `after ${k} operations`).toBe(false);
      expect(diffSnapshots(before, fake.snapshot()), `after ${k} operations`).toEqual([]);
    }
  }, 60_000);
});
