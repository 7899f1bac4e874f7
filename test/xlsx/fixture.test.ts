/**
 * Small fixtures for what the seed data does not exercise: names and printed figures that
 * look like formulas, error results (#N/A, #DIV/0!) cached as errors, other money units, and
 * the adapter's refusal of a live plan.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildTemplatePlan } from "../../src/core/template/build";
import type { TemplateInput } from "../../src/core/template/input";
import { inputToXlsx, planToXlsx } from "../../src/xlsx/export";
import { planWorkbook } from "../../src/xlsx/workbook";
import { acmeInput, fig, sparseInput } from "../core/template/fixtures";
import { readBack, recompute, same, show } from "./helpers";

/** Acme with a name that reads as a formula, a loss year (growth from a base ≤ 0) and a zero D&A. */
function trickyInput(): TemplateInput {
  const base = acmeInput();
  return {
    ...base,
    entity: { ...base.entity, name_en: '=HYPERLINK("http://x","Acme")', short_en: "+Acme", name_zh: "@阿克米", short_zh: "-阿克米" },
    figures: [
      ...base.figures.filter((f) => !(f.field === "net_profit" && f.period === "2023") && !(f.field === "da" && f.period === "2024")),
      fig("net_profit", "2023", -5, { printed: "-5亿元" }),
      fig("da", "2024", 0, { printed: "0" }),
    ],
  };
}

async function sheetXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
}

describe("text that looks like a formula stays text", () => {
  it("names starting with = + - @ and printed figures (=240亿, +1%, -40亿元, @3.5亿) are string cells", async () => {
    const x = await inputToXlsx(trickyInput(), { lang: "en" });
    if (!x.ok) throw new Error(x.reason.en);
    const back = await readBack(x.bytes);
    expect(back.ws.name).toBe("+Acme 600000.SH");
    const a1 = back.ws.getCell("A1");
    expect(a1.type).toBe(ExcelJS.ValueType.String);
    expect(a1.value).toBe('=HYPERLINK("http://x","Acme") — capital-cycle template');
    const texts: string[] = [];
    back.ws.eachRow((row) => row.eachCell((c) => c.type === ExcelJS.ValueType.String && texts.push(c.value as string)));
    for (const t of ["=240亿", "+1%", "-40亿元"]) expect(texts).toContain(t);
    // No formula cell holds any of them, and the XML has no <f> whose text starts a name.
    expect([...back.formulas.values()].map((f) => f.formula).filter((f) => f.includes("HYPERLINK") || f.includes("240亿"))).toEqual([]);
    expect(await sheetXml(x.bytes)).not.toMatch(/<f>HYPERLINK/);

    const sparse = await inputToXlsx(sparseInput(), { lang: "zh" });
    if (!sparse.ok) throw new Error(sparse.reason.en);
    const sb = await readBack(sparse.bytes);
    const st: string[] = [];
    sb.ws.eachRow((row) => row.eachCell((c) => c.type === ExcelJS.ValueType.String && st.push(c.value as string)));
    expect(st).toContain("@3.5亿");
    expect(sb.formulas.size).toBe(0);
  });
});

describe("error results are cached as errors, like Excel", () => {
  it("#N/A for growth from a loss year and #DIV/0! for a zero D&A, recomputed the same from the file", async () => {
    const x = await inputToXlsx(trickyInput(), { lang: "en" });
    if (!x.ok) throw new Error(x.reason.en);
    const kinds = x.formulaErrors.map((e) => e.error).sort();
    expect(kinds).toContain("#N/A");
    expect(kinds).toContain("#DIV/0!");
    const back = await readBack(x.bytes);
    const again = recompute(back.ws);
    for (const { cell, error } of x.formulaErrors) {
      expect(back.formulas.get(cell)!.result).toEqual({ error });
      expect(again.get(cell)).toEqual({ error });
    }
    for (const [cell, f] of back.formulas) expect(same(f.result, again.get(cell)), `${cell} ${show(f.result)} vs ${show(again.get(cell))}`).toBe(true);
    // Stored as Excel stores an error result.
    const xml = await sheetXml(x.bytes);
    expect(xml).toMatch(/<c r="[A-Z]+\d+"[^>]* t="e"><f>[^<]+<\/f><v>#N\/A<\/v><\/c>/);
    expect(xml).toMatch(/<c r="[A-Z]+\d+"[^>]* t="e"><f>[^<]+<\/f><v>#DIV\/0!<\/v><\/c>/);
  });

  it("blank results are cached as empty text, not 0 and not missing", async () => {
    // The model layout's formulas rarely give "" for these figures: a formula that does is
    // placed in an empty cell right of the grid (a planned formula, written like the others).
    const base = buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" });
    const blankFormula = { kind: "formula", formula: '=IF(A1="","x","")', format: "General" } as const;
    const plan = { ...base, cells: base.cells.map((row, r) => (r < 3 ? [...row, blankFormula] : [...row, { kind: "blank" } as const])), columnWidths: [...base.columnWidths, 48] };
    const x = await planToXlsx(plan);
    if (!x.ok) throw new Error(x.reason.en);
    const blanks = [...x.results].filter(([, v]) => v === "").map(([cell]) => cell);
    expect(blanks.length).toBeGreaterThanOrEqual(3);
    const xml = await sheetXml(x.bytes);
    for (const cell of blanks) expect(xml).toMatch(new RegExp(`<c r="${cell}"[^>]* t="str"><f>[^<]+</f><v></v></c>`));
    const back = await readBack(x.bytes);
    for (const cell of blanks) expect(back.formulas.get(cell)!.result).toBe("");
  });
});

describe("units and styles", () => {
  it.each([
    ["万", "#,##0.00", 2_100_000],
    ["元", "#,##0.00", 21_000_000_000],
    ["百万", "0.00", 21_000],
  ] as const)("money in %s: format %s, revenue 2024 = %d", async (unit, format, revenue2024) => {
    const x = await inputToXlsx(acmeInput(), { lang: "en", unit });
    if (!x.ok) throw new Error(x.reason.en);
    const back = await readBack(x.bytes);
    // Where the sheet shows revenue 2024, as the sheet's own record says (whatever the layout).
    const address = Object.entries(x.plan.record.cells).find(([, key]) => key === `${x.plan.entity.id}|revenue|2024|`)?.[0];
    expect(address).toBeDefined();
    const cell = back.ws.getCell(address!);
    expect(cell.value).toBe(revenue2024);
    expect(cell.numFmt).toBe(format);
  });

  it("refuses a live plan: CAPCYCLE functions would need the add-in to compute", () => {
    const live = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    expect(() => planWorkbook(live, new Map())).toThrow(/portable plans only/);
  });

  it("a newer function is stored with its _xlfn. prefix and cached (RRI: CAGR)", async () => {
    const plan = buildTemplatePlan(sparseInput(), { lang: "en", style: "portable" });
    const cells = plan.cells.map((r) => [...r]);
    cells[0]![5] = { kind: "formula", formula: "=RRI(2,100,121)", format: "0.00%" };
    const x = await planToXlsx({ ...plan, cells });
    if (!x.ok) throw new Error(x.reason.en);
    expect(await sheetXml(x.bytes)).toMatch(/<c r="F1"[^>]*><f>_xlfn\.RRI\(2,100,121\)<\/f><v>0\.10*\d?<\/v><\/c>/);
    const back = await readBack(x.bytes);
    const f1 = back.formulas.get("F1")!;
    expect(f1.formula).toBe("_xlfn.RRI(2,100,121)");
    expect(f1.result).toBeCloseTo(0.1, 14);
    expect(same(f1.result, recompute(back.ws).get("F1"))).toBe(true);
  });

  it("a formula the engine cannot compute as Excel would is refused, not cached", async () => {
    const plan = buildTemplatePlan(sparseInput(), { lang: "en", style: "portable" });
    const cells = plan.cells.map((r) => [...r]);
    cells[0]![5] = { kind: "formula", formula: "=NOSUCHFUNCTION(1)", format: "General" };
    const r = await planToXlsx({ ...plan, cells });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.en).toMatch(/Could not compute cell F1 \(=NOSUCHFUNCTION\(1\)\).*\(#NAME\?\); nothing was written/);
      expect(r.reason.zh).toMatch(/无法按 Excel 的方式计算单元格 F1/);
    }
  });
});
