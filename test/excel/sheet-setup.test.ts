/**
 * The template's sheet is viewed and printed as planned (plan.setup): frozen panes, print area,
 * print titles, orientation, margins, fit to width and the planned row breaks reach the workbook
 * in the load's write request; without ExcelApi 1.9 (or 1.7) the load goes on without them and
 * says so.
 */
import { describe, expect, it } from "vitest";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { loadTemplateWith } from "../../src/excel/load-template";
import { acmeInput } from "../core/template/fixtures";
import { buildTemplatePlan } from "../../src/core/template/build";
import { templateInputForCompany } from "../../src/core/template/from-dataset";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { rectAddress, parseRect } from "../../src/core/template/a1";
import type { FormulaStyle as TemplateStyle } from "../../src/core/template/options";
import { fakeWorkbook, upTo } from "./helpers";

const AIER = "300015.SZ";

function aierPlan(style: TemplateStyle) {
  const input = templateInputForCompany(getDataset(), AIER);
  if (!input.ok) throw new Error("no Aier input");
  return buildTemplatePlan(input.input, { lang: "en", style, unit: "亿" });
}

const load = (env: Parameters<typeof loadTemplateWith>[0], style: TemplateStyle) =>
  loadTemplateWith(env, { company: AIER, lang: "en", style, unit: "亿" }, () => undefined, getDataset);

describe("Aier's sheet is set up for reading and printing", () => {
  it.each(["live", "portable"] as const)("%s: frozen panes, print area, titles, orientation, margins, fit and exactly the planned breaks", async (style) => {
    const { fake, env } = fakeWorkbook();
    const r = await load(env, style);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const setup = aierPlan(style).setup;
    // The plan has something of each to apply (else this test could not fail).
    expect(setup.freeze.rows).toBeGreaterThan(0);
    expect(setup.freeze.columns).toBe(1);
    expect(setup.rowBreaks.length).toBeGreaterThan(0);
    expect(setup.printTitleColumns).toBe("A:A");
    const sheet = fake.snapshot().sheets[r.sheet]!;
    expect(sheet.frozen).toEqual({ rows: setup.freeze.rows, columns: setup.freeze.columns });
    expect(sheet.pageLayout).toEqual({
      orientation: setup.orientation === "landscape" ? "Landscape" : "Portrait",
      paperSize: "A4",
      // inches × 72 = points
      margins: {
        left: setup.margins.left * 72,
        right: setup.margins.right * 72,
        top: setup.margins.top * 72,
        bottom: setup.margins.bottom * 72,
        header: setup.margins.header * 72,
        footer: setup.margins.footer * 72,
      },
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: rectAddress(parseRect(setup.printArea)!, true),
      // Aier's plan repeats the label column (its period tables fit the first page's width)
      printTitleRows: setup.printTitleRows === undefined ? null : setup.printTitleRows.replace(/(\d+)/g, "$$$1"),
      printTitleColumns: "$A:$A",
      rowBreaks: [...setup.rowBreaks],
    });
    expect(setup.fitToWidth).toBe(1);
    expect(setup.fitToHeight).toBe(0);
    // Still the 3 requests of every load: the setup rides in the write request.
    expect(r.roundTrips).toBe(3);
    expect(fake.counters.roundTrips).toBe(3);
    expect(r.notes.map((n) => n.en).filter((n) => /page setup|frozen/.test(n))).toEqual([]);
  });

  it("without ExcelApi 1.9 the sheet loads frozen but with the default page setup, and says so in both languages", async () => {
    const { fake, env } = fakeWorkbook({ supported: upTo(8) });
    const r = await load(env, "live");
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const sheet = fake.snapshot().sheets[r.sheet]!;
    expect(sheet.frozen.rows).toBeGreaterThan(0);
    expect(sheet.pageLayout.printArea).toBeNull();
    expect(sheet.pageLayout.rowBreaks).toEqual([]);
    expect(sheet.pageLayout.orientation).toBe("Portrait");
    expect(fake.counters.calls["horizontalPageBreaks.add"] ?? 0).toBe(0);
    const note = r.notes.find((n) => n.en.startsWith("The sheet prints with Excel's default page setup"));
    expect(note?.zh).toBe("工作表按 Excel 默认页面设置打印：打印区域、打印标题、方向、页边距、按页宽缩放和分页符需要 ExcelApi 1.9。");
    expect(r.roundTrips).toBe(3);
  });

  it("without ExcelApi 1.7 nothing is frozen either, and both are noted", async () => {
    const { fake, env } = fakeWorkbook({ supported: upTo(6) });
    const r = await load(env, "portable");
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(fake.snapshot().sheets[r.sheet]!.frozen).toEqual({ rows: 0, columns: 0 });
    expect(r.notes.map((n) => n.en)).toEqual(
      expect.arrayContaining([
        "The header rows and label column are not frozen (freezing panes needs ExcelApi 1.7).",
        "The sheet prints with Excel's default page setup: print area, titles, orientation, margins, fit to width and page breaks need ExcelApi 1.9.",
      ]),
    );
  });
});

describe("every shape of setup a plan can carry", () => {
  const acme = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });

  it.each([
    [{ rows: 12, columns: 0 }, { rows: 12, columns: 0 }],
    [{ rows: 0, columns: 1 }, { rows: 0, columns: 1 }],
    [{ rows: 0, columns: 0 }, { rows: 0, columns: 0 }],
  ])("freeze %j → %j", async (freeze, frozen) => {
    const { fake, env } = fakeWorkbook();
    const r = await applyTemplatePlan(env, { ...acme, setup: { ...acme.setup, freeze } });
    expect(r.ok && fake.snapshot().sheets[r.sheet]!.frozen).toEqual(frozen);
  });

  it("repeated title rows, landscape, no breaks", async () => {
    const { fake, env } = fakeWorkbook();
    const setup = { ...acme.setup, printTitleRows: "12:12", printTitleColumns: undefined, orientation: "landscape" as const, rowBreaks: [] };
    const r = await applyTemplatePlan(env, { ...acme, setup });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(fake.snapshot().sheets[r.sheet]!.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$12:$12", printTitleColumns: null, rowBreaks: [] });
    expect(fake.counters.calls["horizontalPageBreaks.add"] ?? 0).toBe(0);
  });
});
