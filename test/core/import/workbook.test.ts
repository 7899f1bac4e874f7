/**
 * The import against the in-memory workbook (test/support/workbook): a range picked in the sheet
 * is read, previewed with nothing written, applied as one custom XML part, read back on
 * "reopen", and seen by DATA; "Load template" for an imported company works as for a bundled one.
 */
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset";
import { dataValue } from "../../../src/core/dataset/functions";
import { applyImport, buildPreview, parseRange, registerImported, IMPORT_NAMESPACE } from "../../../src/core/import";
import { EMPTY_IMPORTED } from "../../../src/core/import/types";
import { readImportedData, readSelectionForImport, recalculateWorkbook, writeImportedData } from "../../../src/excel/import-store";
import { fakeWorkbook } from "../../excel/helpers";
import { loadTemplate } from "../../../src/excel/index";
import { applyAndRegister, previewOfFile, resetImportedAfterEach } from "./support";

resetImportedAfterEach();

function seeded() {
  const { fake, env } = fakeWorkbook();
  fake.seed.sheet(
    "Model",
    [
      ["公司", "指标", "单位", "2023年报", "2024年报"],
      ["范围公司", "资本开支", "亿元", 12, 15],
      ["范围公司", "折旧与摊销", "亿元", 10, 10],
    ],
    { at: "B3" },
  );
  return { fake, env };
}

describe("import from a range of the in-memory workbook", () => {
  it("reads the selection at its place, previews without writing, applies one part, reads it back", async () => {
    const { fake, env } = seeded();
    await fake.select("Model", "B3:F5");
    const before = JSON.stringify(fake.snapshot());
    const read = await readSelectionForImport(env);
    if (!read.ok) throw new Error(read.reason.en);
    expect(read.range).toMatchObject({ sheet: "Model", row: 2, col: 1 });
    const preview = buildPreview(parseRange(read.range.sheet, read.range, read.range.values, read.range.texts), getDataset());
    expect(preview.figures.map((f) => [f.field, f.period, f.value, f.place.text])).toEqual([
      ["capex", "2023", 12, "Model!E4"],
      ["capex", "2024", 15, "Model!F4"],
      ["da", "2023", 10, "Model!E5"],
      ["da", "2024", 10, "Model!F5"],
    ]);
    expect(JSON.stringify(fake.snapshot())).toBe(before); // the workbook is unchanged until apply

    const applied = applyImport(preview, EMPTY_IMPORTED);
    if (!applied.ok) throw new Error(applied.reason.en);
    expect(await writeImportedData(applied.data, env)).toEqual({ ok: true });
    expect(fake.snapshot().customXmlParts.filter((p) => p.namespaceUri === IMPORT_NAMESPACE)).toHaveLength(1);
    // Apply again (an update): still exactly one part.
    expect(await writeImportedData(applied.data, env)).toEqual({ ok: true });
    expect(fake.snapshot().customXmlParts.filter((p) => p.namespaceUri === IMPORT_NAMESPACE)).toHaveLength(1);

    // "Reopen": a fresh runtime reads the part and registers it.
    registerImported(EMPTY_IMPORTED);
    expect(dataValue("范围公司", "capex", "2024", null, null)).toMatchObject({ error: "#N/A" });
    const back = await readImportedData(env);
    if (!back.ok) throw new Error(back.reason.en);
    expect(back).toMatchObject({ dropped: 0 });
    expect(back.data).toEqual(applied.data);
    registerImported(back.data);
    expect(dataValue("范围公司", "capex", "2024", null, null)).toBe(15);
  });

  // The in-memory workbook counts the full calculation but, like HyperFormula, keeps a custom
  // function's cached result; in Excel a full calculation re-runs DATA (docs/import.md).
  it("asks Excel for a full calculation after apply, so DATA cells written before the import can see it", async () => {
    const { fake, env } = seeded();
    fake.seed.sheet("Calc", { A1: '=CAPCYCLE.DATA("范围公司","capex","2024")' });
    await fake.select("Model", "B3:F5");
    const read = await readSelectionForImport(env);
    if (!read.ok) throw new Error(read.reason.en);
    const applied = applyImport(buildPreview(parseRange(read.range.sheet, read.range, read.range.values, read.range.texts), getDataset()), EMPTY_IMPORTED);
    if (!applied.ok) throw new Error(applied.reason.en);
    const cell = () => fake.snapshot().sheets.Calc!.cells.A1;
    expect(JSON.stringify(cell())).toContain("#N/A");
    expect(await writeImportedData(applied.data, env)).toEqual({ ok: true });
    registerImported(applied.data);
    expect(await recalculateWorkbook(env)).toEqual({ ok: true });
    expect(fake.counters.calculate).toBe(1);
    expect(dataValue("范围公司", "capex", "2024", null, null)).toBe(15);
  });

  it("refuses an empty selection", async () => {
    const { fake, env } = seeded();
    await fake.select("Model", "H20:I30");
    const empty = await readSelectionForImport(env);
    expect(empty).toMatchObject({ ok: false, reason: { en: "The selection is empty." } });
  });

  it("reads no data from a workbook without a part, and refuses to write where custom XML is missing (ExcelApi 1.4)", async () => {
    const { env } = seeded();
    expect(await readImportedData(env)).toEqual({ ok: true, data: EMPTY_IMPORTED, dropped: 0 });
    const old = fakeWorkbook({ supported: ["ExcelApi 1.4"] });
    const w = await writeImportedData(EMPTY_IMPORTED, old.env);
    expect(w.ok).toBe(false);
  });

  it('"Load template" for an imported company writes its sheet, charts and phase, live and portable', async () => {
    applyAndRegister(await previewOfFile("terminal-wide-wanyuan.gb18030.csv"));
    for (const style of ["live", "portable"] as const) {
      const { fake, env } = fakeWorkbook();
      const r = await loadTemplate({ company: "示例眼科", lang: "zh", style }, undefined, env);
      if (!r.ok) throw new Error(r.reason.en);
      expect(r.sheet).toBe("示例眼科 999001.SZ");
      expect(r.cyclePhase).toBe("扩张放缓");
      expect(r.charts.length).toBeGreaterThan(0);
      expect(r.formulaErrors).toBe(0);
      expect(Object.keys(fake.snapshot().sheets)).toContain("示例眼科 999001.SZ");
    }
  });
});
