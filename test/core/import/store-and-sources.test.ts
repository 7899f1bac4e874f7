/**
 * Storage (custom XML part), xlsx files and workbook ranges, editing the mapping, re-importing,
 * and conflicts with bundled figures.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset";
import { dataValue, sourceText } from "../../../src/core/dataset/functions";
import { applyImport, buildPreview, parseImportFile, parseRange, parseImported, registerImported, serializeImported, removeImported } from "../../../src/core/import";
import { EMPTY_IMPORTED } from "../../../src/core/import/types";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { templateInputFor } from "../../../src/core/template/from-dataset";
import { applyAndRegister, figureOf, previewOfCsv, previewOfFile, resetImportedAfterEach } from "./support";

resetImportedAfterEach();

describe("stored as a custom XML part", () => {
  it("round-trips the imported data, escaping text, and drops damaged records", async () => {
    const p = await previewOfCsv('company,field,period,value,unit\n"A <&> ""B""",revenue,2024,"1,234.5",万元\n');
    const r = applyImport(p, EMPTY_IMPORTED);
    if (!r.ok) throw new Error(r.reason.en);
    const xml = serializeImported(r.data);
    expect(xml).toContain('xmlns="https://capcycle.app/imported/v1"');
    expect(xml).not.toContain("<&>");
    expect(parseImported(xml)).toEqual({ ok: true, data: r.data, dropped: 0 });
    expect(xml).toContain('"files":[["test.csv","csv",null]]');
    expect(xml).not.toContain("cite"); // rebuilt from file, row and column on reading
    const damaged = xml.replace(",1234.5,", ',"x",');
    expect(parseImported(damaged)).toMatchObject({ ok: true, dropped: 1, data: { figures: [] } });
    expect(parseImported("<other/>")).toEqual({ ok: false, reason: "not a CapCycle import part" });
    expect(parseImported(xml.replace('"version":1', '"version":9'))).toEqual({ ok: false, reason: "unknown import data version" });
  });
});

describe("xlsx files and workbook ranges", () => {
  async function xlsxBytes(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = "exported by a terminal";
    const ws = wb.addWorksheet("利润表");
    ws.getCell("B2").value = "单位：亿元";
    ws.getRow(3).values = [null, "指标", new Date(Date.UTC(2023, 11, 31)), new Date(Date.UTC(2024, 11, 31))];
    ws.getRow(4).values = [null, "资本开支", 12.5, 10];
    ws.getRow(5).values = [null, "折旧与摊销", 8, 9];
    ws.getCell("C3").numFmt = "yyyy-mm-dd";
    ws.getCell("D3").numFmt = "yyyy-mm-dd";
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("reads an xlsx (dates as closing days), picks the sheet with fields, cites Sheet!cell", async () => {
    const src = await parseImportFile(await xlsxBytes(), "model.xlsx");
    expect(src.tables.map((t) => t.sheet)).toEqual(["Notes", "利润表"]);
    const p = buildPreview(src, getDataset(), undefined);
    expect(p.mapping.table).toBe(1);
    expect(p.figures.map((f) => [f.field, f.period, f.value, f.unit, f.place.text])).toEqual([
      ["capex", "2023", 12.5, "亿元", "model.xlsx 利润表!C4"],
      ["capex", "2024", 10, "亿元", "model.xlsx 利润表!D4"],
      ["da", "2023", 8, "亿元", "model.xlsx 利润表!C5"],
      ["da", "2024", 9, "亿元", "model.xlsx 利润表!D5"],
    ]);
  });

  it("reads a range of the workbook at its place on the sheet (SOURCE cites Sheet!C12)", () => {
    const values = [
      ["Company", "Field", "Unit", 2023, 2024],
      ["Range Co", "Capex", "RMB mn", 120, 90],
      ["Range Co", "D&A", "RMB mn", 80, 100],
    ];
    const src = parseRange("Model", { row: 9, col: 1 }, values, values.map((r) => r.map(String)));
    const p = buildPreview(src, getDataset());
    expect(figureOf(p, "Range Co", "capex", "2024")!.place.text).toBe("Model!F11");
    applyAndRegister(p);
    expect(dataValue("Range Co", "capex", "2024", "m", null)).toBe(90);
    expect(sourceText("Range Co", "da", "2023", null, "en")).toBe('Range Co da 2023: 1 statement. [1] PRIMARY Model, line 12: "80" = 80 百万元 (note: imported from Model!E12)');
  });

  it("takes a header formatted as a date from its text, not its serial number", () => {
    const src = parseRange("S", { row: 0, col: 0 }, [["指标", 45291], ["资本开支", 5]], [["指标", "2023-12-31"], ["资本开支", "5"]]);
    expect(src.tables[0]!.rows[0]).toEqual(["指标", "2023-12-31"]);
  });
});

describe("editing the mapping", () => {
  it("re-assigns a row label to another field, or to 'do not import'", async () => {
    const text = "公司,指标,单位,2024年报\n甲,自定义投资,万元,100\n甲,营业收入,万元,500\n";
    const first = await previewOfCsv(text);
    expect(first.skipped.map((s) => s.code)).toEqual(["unknown_field"]);
    const src = await parseImportFile(new TextEncoder().encode(text), "test.csv");
    const edited = buildPreview(src, getDataset(), { ...first.mapping, fields: { ...first.mapping.fields, 自定义投资: "capex", 营业收入: null } });
    expect(edited.figures.map((f) => [f.field, f.value])).toEqual([["capex", 100]]);
    expect(edited.skipped.map((s) => [s.code, s.place?.text])).toEqual([["ignored", "test.csv row 3, column B"]]);
  });

  it("re-assigns a column (a period column ignored, another read as a period)", async () => {
    const text = "指标,单位,2023年报,备注\n营业收入,万元,100,200\n";
    const first = await previewOfCsv(text, "x.csv");
    const src = await parseImportFile(new TextEncoder().encode(text), "x.csv");
    const cols = [...first.mapping.columns];
    cols[2] = { role: "ignore" };
    cols[3] = { role: "period", period: "2024" };
    const edited = buildPreview(src, getDataset(), { ...first.mapping, columns: cols });
    expect(edited.figures.map((f) => [f.period, f.value])).toEqual([["2024", 200]]);
  });
});

describe("re-importing and conflicts with bundled figures", () => {
  it("re-importing with one more period keeps the id, updates the data and keeps earlier periods", async () => {
    const first = applyAndRegister(await previewOfCsv("company,field,period,value,unit\nRe Co,capex,2023,10,亿\nRe Co,capex,2024,12,亿\n"));
    const again = await previewOfCsv("company,field,period,value,unit\nRe Co,capex,2024,13,亿\nRe Co,capex,2025,15,亿\n");
    expect(again.companies[0]).toMatchObject({ choice: { id: "re_co" }, updates: true });
    const r = applyImport(again, first);
    if (!r.ok) throw new Error(r.reason.en);
    expect(r).toMatchObject({ added: 2, replaced: 1 });
    registerImported(r.data);
    expect([2023, 2024, 2025].map((y) => dataValue("re_co", "capex", String(y), null, null))).toEqual([10, 13, 15]);
    expect(dataValue("re_co", "capex", null, null, null)).toBe(15);
    expect(removeImported(r.data, "re_co").figures).toEqual([]);
  });

  it("a company that is also bundled becomes its own entity; disagreements are conflicts, bundled figures unchanged", async () => {
    const bundledRevenue = dataValue("aier_eye", "revenue", "2025H1", null, null);
    const p = await previewOfCsv("code,company,field,period,value,unit\n300015,爱尔眼科,营业收入,2025H1,120,亿元\n300015,爱尔眼科,营业收入,2024,209.84,亿元\n");
    expect(p.companies[0]).toMatchObject({ bundled: "aier_eye", choice: { id: "aier_eye_imported", name_zh: "爱尔眼科（导入）", name_en: "Aier Eye (imported)" } });
    expect(p.conflicts).toEqual([
      {
        company: "code:300015",
        bundledEntity: "aier_eye",
        field: "revenue",
        period: "2025H1",
        imported: { value: 120, unit: "亿元", place: "test.csv row 2, column E", place_zh: "test.csv 第 2 行 E 列" },
        bundled: { value: 115.07, unit: "亿元", cite: "003_b3fdc93d999670b0.txt line 11", file: "003_b3fdc93d999670b0.txt", line: 11 },
      },
    ]);
    const data = applyAndRegister(p);
    // Stored as facts, not as a sentence: each reader's language writes it.
    expect(data.figures.find((f) => f.period === "2025H1")!.conflict).toEqual({
      bundled: { entity: "aier_eye", value: 115.07, unit: "亿元", file: "003_b3fdc93d999670b0.txt", line: 11 },
      adopted: "bundled",
      rule: "bundled_kept",
    });
    expect(dataValue("爱尔眼科", "revenue", "2025H1", null, null)).toBe(bundledRevenue);
    expect(dataValue("300015", "revenue", "2025H1", null, null)).toBe(bundledRevenue);
    expect(dataValue("aier_eye_imported", "revenue", "2025H1", null, null)).toBe(120);
    expect(sourceText("aier_eye_imported", "revenue", "2025H1", null, "en")).toContain(
      "(note: imported from test.csv row 2, column E; CONFLICT: differs from bundled aier_eye revenue 2025H1: 115.07 亿元 (003_b3fdc93d999670b0.txt line 11); bundled figure kept)",
    );
    const zh = "（注：导入自 test.csv 第 2 行 E 列；冲突：与内置数据 aier_eye revenue 2025H1（115.07 亿元，003_b3fdc93d999670b0.txt 第 11 行）不一致；保留内置数据，导入的数据不替换内置数据）";
    expect(sourceText("aier_eye_imported", "revenue", "2025H1", null, "zh")).toContain(zh);
    // The Chinese template's sources table says it in Chinese; the English one in English.
    const noteCells = (lang: "en" | "zh"): string[] =>
      buildTemplatePlan(templateInputFor(getDataset(), "aier_eye_imported")!, { lang, style: "live" })
        .cells.flat()
        .flatMap((c) => (c?.kind === "text" && c.text.includes("115.07") ? [c.text] : []));
    expect(noteCells("zh")).toEqual(["导入自 test.csv 第 2 行 E 列；冲突：与内置数据 aier_eye revenue 2025H1（115.07 亿元，003_b3fdc93d999670b0.txt 第 11 行）不一致；保留内置数据，导入的数据不替换内置数据"]);
    expect(noteCells("en")).toEqual(["imported from test.csv row 2, column E; CONFLICT: differs from bundled aier_eye revenue 2025H1: 115.07 亿元 (003_b3fdc93d999670b0.txt line 11); bundled figure kept"]);
  });

  it("a D&A added up from its lines names them in the reader's language: SOURCE and the template's note", async () => {
    const data = applyAndRegister(await previewOfFile("terminal-wide-wanyuan.csv"));
    const id = data.entities.find((e) => e.name_zh === "示例眼科")!.id;
    expect(data.figures.find((f) => f.entity === id && f.field === "da" && f.period === "2025H1")!.derived?.cells).toEqual([
      { line: 8, column: "H" },
      { line: 9, column: "H" },
    ]);
    const zh = sourceText(id, "da", "2025H1", null, "zh") as string;
    expect(zh).toContain("，依据 terminal-wide-wanyuan.csv 第 8 行 H 列、terminal-wide-wanyuan.csv 第 9 行 H 列");
    expect(zh).toContain("；注：导入自 terminal-wide-wanyuan.csv 第 8 行 H 列 + terminal-wide-wanyuan.csv 第 9 行 H 列）");
    expect(zh).not.toMatch(/row|column/);
    const en = sourceText(id, "da", "2025H1", null, "en") as string;
    expect(en).toContain(", from terminal-wide-wanyuan.csv row 8, column H, terminal-wide-wanyuan.csv row 9, column H");
    expect(en).toContain("; note: imported from terminal-wide-wanyuan.csv row 8, column H + terminal-wide-wanyuan.csv row 9, column H)");
    const noteCells = (lang: "en" | "zh"): string[] =>
      buildTemplatePlan(templateInputFor(getDataset(), id)!, { lang, style: "live" })
        .cells.flat()
        .flatMap((c) => (c?.kind === "text" && c.text.includes("row 8, column H") ? [c.text] : c?.kind === "text" && c.text.includes("第 8 行 H 列") ? [c.text] : []));
    expect(noteCells("zh")).toEqual(["推算：2 项折旧摊销明细之和（8,500.00 + 1,500.00）；导入自 terminal-wide-wanyuan.csv 第 8 行 H 列 + terminal-wide-wanyuan.csv 第 9 行 H 列"]);
    expect(noteCells("en")).toEqual(["derived: sum of 2 depreciation and amortisation lines (8,500.00 + 1,500.00); imported from terminal-wide-wanyuan.csv row 8, column H + terminal-wide-wanyuan.csv row 9, column H"]);
  });

  it("the wide fixture's preview is the same before and after another import is registered", async () => {
    const before = await previewOfFile("terminal-wide-wanyuan.csv");
    applyAndRegister(await previewOfFile("model-long-cny-m.csv"));
    const after = await previewOfFile("terminal-wide-wanyuan.csv");
    expect(after.figures).toEqual(before.figures);
  });
});
