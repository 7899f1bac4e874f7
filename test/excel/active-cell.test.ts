import { BINDINGS_NAMESPACE, parseBindings } from "../../src/core/chart/binding-xml";
import { describe, expect, it } from "vitest";
import { activateSheet, hostCapabilities, insertFormulaAtActiveCell, loadTemplate, onSelectionChanged, readActiveCell } from "../../src/excel/index";
import { fakeWorkbook, upTo } from "./helpers";
import type { ExcelEnv } from "../../src/excel/types";

describe("the active cell", () => {
  it("inserts a formula at the active cell and reads back the figure behind it", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", { A1: "x" });
    fake.seed.select("Model!C3");
    const w = await insertFormulaAtActiveCell('=CAPCYCLE.DATA("300015.SZ","revenue","2025H1")', env);
    expect(w).toEqual({ ok: true, address: "Model!C3" });
    expect(fake.values("Model!C3")[0]![0]).toBeCloseTo(115.07, 9);
    const r = await readActiveCell(env);
    expect(r).toEqual({
      ok: true,
      cell: {
        address: "Model!C3",
        sheet: "Model",
        value: expect.closeTo(115.07, 9),
        formula: '=CAPCYCLE.DATA("300015.SZ","revenue","2025H1")',
        figures: [{ company: "300015.SZ", field: "revenue", period: "2025H1" }],
      },
    });
  });

  it("refuses text that is not a formula", async () => {
    const { env } = fakeWorkbook();
    const r = await insertFormulaAtActiveCell("CAPCYCLE.DATA()", env);
    expect(r.ok).toBe(false);
  });

  it("maps a template's cells to their figures through the record", async () => {
    const { fake, env } = fakeWorkbook();
    const t = await loadTemplate({ company: "300015.SZ", lang: "en", style: "portable" }, undefined, env);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    // Find the revenue of H1 2025 through the record itself (the layout decides where it is).
    const part = fake.snapshot().customXmlParts.find((x) => x.xml.includes(BINDINGS_NAMESPACE))!;
    const doc = parseBindings(part.xml);
    if (!doc.ok) throw new Error("record unreadable");
    const cell = Object.entries(doc.doc.templates[0]!.cells).find(([, key]) => key === "aier_eye|revenue|2025H1|")![0];
    fake.seed.select(`'${t.sheet}'!${cell}`);
    const r = await readActiveCell(env);
    expect(r.ok && r.cell.figures).toEqual([{ company: "aier_eye", field: "revenue", period: "2025H1" }]);
    expect(r.ok && r.cell.value).toBeCloseTo(115.07, 9);
  });

  it("activates a sheet, or says it does not exist", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Other", {});
    expect(await activateSheet("Other", env)).toEqual({ ok: true });
    expect(fake.snapshot().activeSheet).toBe("Other");
    const r = await activateSheet("Nope", env);
    expect(r.ok || r.reason.en).toBe('There is no sheet "Nope".');
  });
});

describe("selection events", () => {
  it("follows the selection until unsubscribed: one round trip each way", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", { A1: "x" });
    let calls = 0;
    fake.resetCounters();
    const r = await onSelectionChanged(() => calls++, env);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(fake.counters.roundTrips).toBe(1);
    await fake.select("Model", "B2");
    await fake.select("Model", "C3:D4");
    expect(calls).toBe(2);
    await r.unsubscribe();
    await r.unsubscribe();
    expect(fake.counters.roundTrips).toBe(2);
    await fake.select("Model", "A1");
    expect(calls).toBe(2);
    expect(fake.snapshot().selection).toBe("Model!A1");
  });

  it("keeps following when the pane's handler throws", async () => {
    const { fake, env } = fakeWorkbook();
    let calls = 0;
    const r = await onSelectionChanged(() => {
      calls++;
      throw new Error("pane bug");
    }, env);
    expect(r.ok).toBe(true);
    await fake.select("Sheet1", "B2");
    await fake.select("Sheet1", "B3");
    expect(calls).toBe(2);
  });

  it("says so without ExcelApi 1.3 (the client library gates the event there), and sends nothing", async () => {
    const { fake, env } = fakeWorkbook({ supported: upTo(1) });
    const r = await onSelectionChanged(() => undefined, env);
    expect(r).toEqual({ ok: false, reason: expect.objectContaining({ en: "Following the selected cell needs ExcelApi 1.3, which this version of Excel lacks." }) });
    expect(fake.counters.roundTrips).toBe(0);
  });

  it("gives the plain reason, not a JS error, when a host claims ExcelApi 1.3 but has no event object", async () => {
    const context = { workbook: {}, sync: async () => undefined };
    const env: ExcelEnv = { run: (batch) => batch(context as unknown as Excel.RequestContext), isSetSupported: () => true };
    const r = await onSelectionChanged(() => undefined, env);
    expect(r).toEqual({
      ok: false,
      reason: {
        en: "Following the selected cell needs ExcelApi 1.3, which this version of Excel lacks.",
        zh: "跟踪所选单元格需要 ExcelApi 1.3，当前 Excel 版本不支持。",
      },
    });
  });
});

describe("hostCapabilities", () => {
  it("lists what each requirement set allows", () => {
    const { env } = fakeWorkbook({ supported: upTo(7) });
    const caps = hostCapabilities(env);
    expect(caps.inExcel).toBe(true);
    expect(caps.excelApi).toEqual({ "1.5": true, "1.7": true, "1.8": false, "1.15": false });
    expect(caps.features.charts.available).toBe(true);
    expect(caps.features.secondaryAxis).toEqual({ available: false, reason: expect.objectContaining({ en: "The ratio line on a secondary axis needs ExcelApi 1.8, which this version of Excel lacks." }) });
    expect(caps.features.rollForward.available).toBe(false);
  });

  it("outside Excel: nothing is available and every call answers with a reason", async () => {
    const caps = hostCapabilities();
    expect(caps.inExcel).toBe(false);
    expect(caps.features.templates.reason?.en).toMatch(/open CapCycle inside Excel/);
    const r = await loadTemplate({ company: "300015.SZ", lang: "en" });
    expect(r).toEqual({ ok: false, reason: expect.objectContaining({ en: expect.stringMatching(/inside Excel/) }) });
  });
});
