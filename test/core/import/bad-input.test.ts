/**
 * Bad input catalogue for imports (issue 13, SPEC §9): one row per case. Each names the place
 * (row and column) in the preview, nothing is half-imported (the rest of the file imports, the
 * bad cell does not), and nothing is stored before apply.
 */
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset";
import { dataValue } from "../../../src/core/dataset/functions";
import { applyImport, buildPreview, parseImportFile, MAX_ROWS } from "../../../src/core/import";
import { EMPTY_IMPORTED, type ImportedData, type ImportPreview } from "../../../src/core/import/types";
import { previewOfCsv, resetImportedAfterEach } from "./support";

resetImportedAfterEach();

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const WIDE = (body: string, head = "公司,指标,单位,2023年报,2024年报"): string => `${head}\n${body}\n`;
const codes = (p: ImportPreview): string[] => p.skipped.map((s) => s.code);
const places = (p: ImportPreview): string[] => p.skipped.map((s) => s.place?.text ?? "");

describe("import bad-input catalogue", () => {
  it("wrong encoding (Shift-JIS-like bytes neither UTF-8 nor GB18030): refused by name, nothing parsed", async () => {
    const src = await parseImportFile(new Uint8Array([0x41, 0x2c, 0x80, 0x0a, 0xff, 0xfe, 0x2c, 0x31]), "sjis.csv");
    expect(src.tables).toEqual([]);
    expect(src.failure?.en).toContain("neither UTF-8 nor GB18030/GBK");
    expect(src.failure?.zh).toContain("既不是 UTF-8 也不是 GB18030/GBK");
    const p = buildPreview(src, getDataset());
    expect(p.figures).toEqual([]);
    expect(applyImport(p, EMPTY_IMPORTED)).toMatchObject({ ok: false });
  });

  it("a binary file (an .xls saved as .csv) is refused, not decoded as text", async () => {
    const src = await parseImportFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0x00, 0x00, 0x00]), "old.csv");
    expect(src.failure?.en).toContain("not a text file");
  });

  it.each([
    ["an empty file", new Uint8Array(), "empty.csv"],
    ["a file of blank lines", enc("\n\n ,, \n"), "blank.csv"],
    ["a zero-byte xlsx", new Uint8Array(), "empty.xlsx"],
  ])("%s: refused as empty", async (_, bytes, name) => {
    const src = await parseImportFile(bytes, name);
    expect(src.failure?.en).toContain("empty");
    expect(buildPreview(src, getDataset()).blocking).toHaveLength(1);
  });

  it("a damaged xlsx: refused with the reader's reason", async () => {
    const src = await parseImportFile(enc("PK not really a zip"), "broken.xlsx");
    expect(src.failure?.en).toMatch(/could not be read as an \.xlsx workbook/);
  });

  it("an unsupported file type is refused by name", async () => {
    expect((await parseImportFile(enc("x"), "data.pdf")).failure?.en).toContain("only .csv, .txt, .tsv and .xlsx");
  });

  it("no recognisable field: the import is blocked, every row named", async () => {
    const p = await previewOfCsv(WIDE("甲,利润表合计,万元,1,2\n甲,Widgets polished,万元,3,4"));
    expect(p.blocking[0]?.en).toContain("names a known field");
    expect(codes(p)).toEqual(["unknown_field", "unknown_field"]);
    expect(places(p)).toEqual(["test.csv row 2, column B", "test.csv row 3, column B"]);
    expect(applyImport(p, EMPTY_IMPORTED).ok).toBe(false);
  });

  it("duplicate (company, field, period) rows that disagree: neither imported, both rows named", async () => {
    const p = await previewOfCsv(WIDE("甲,营业收入,万元,100,200\n甲,营业收入,万元,100,250"));
    expect(p.figures.map((f) => [f.field, f.period, f.value])).toEqual([["revenue", "2023", 100]]);
    expect(p.skipped).toHaveLength(2);
    expect(p.skipped.map((s) => s.code)).toEqual(["duplicate_same", "duplicate_disagrees"]);
    expect(p.skipped[1]!.message.en).toBe(
      "test.csv row 2, column E and test.csv row 3, column E both give revenue 2024 with different values; neither is imported. Keep one row and import again.",
    );
  });

  it("text in number cells: that cell named and left out, the rest imported", async () => {
    const p = await previewOfCsv(WIDE("甲,营业收入,万元,约100,200"));
    expect(codes(p)).toEqual(["text_in_number"]);
    expect(p.skipped[0]!.message.en).toBe('test.csv row 2, column D: "约100" is text where a number is expected; it is left out.');
    expect(p.figures.map((f) => f.period)).toEqual(["2024"]);
  });

  it("a percentage where an amount is expected, and a bare number where a share (%) is expected", async () => {
    const p = await previewOfCsv(WIDE("甲,营业收入,,12.5%,100\n甲,毛利率,,0.35,40%", "公司,指标,单位,2023年报,2024年报"));
    expect(codes(p)).toEqual(["percent_in_amount", "unit_missing", "bare_share"]);
    expect(places(p)).toEqual(["test.csv row 2, column D", "test.csv row 2, column E", "test.csv row 3, column D"]);
    expect(p.figures.map((f) => [f.field, f.period, f.value, f.unit])).toEqual([["gross_margin", "2024", 40, "%"]]);
  });

  it("a unit missing or unknown: named, never guessed", async () => {
    const p = await previewOfCsv(WIDE("甲,营业收入,,100,200\n甲,资本开支,lakh,5,6"));
    expect(codes(p)).toEqual(["unit_missing", "unit_missing", "unit_unknown", "unit_unknown"]);
    expect(p.skipped[2]!.message.en).toContain('unit "lakh" is not recognised');
    expect(p.figures).toEqual([]);
  });

  it("a unit missing is supplied by the person's default unit in the mapping", async () => {
    const first = await previewOfCsv(WIDE("甲,营业收入,,100,200"));
    const src = await parseImportFileText(WIDE("甲,营业收入,,100,200"));
    const again = buildPreview(src, getDataset(), { ...first.mapping, defaultUnit: "万元" });
    expect(again.skipped).toEqual([]);
    expect(again.figures.map((f) => [f.value, f.unit])).toEqual([
      [100, "万元"],
      [200, "万元"],
    ]);
  });

  it("a period that cannot be read (a header, a long-layout cell) and a relative one", async () => {
    const wide = await previewOfCsv(WIDE("甲,营业收入,万元,100,200,300", "公司,指标,单位,2023年报,2024年报,2024年末?"));
    expect(codes(wide)).toEqual(["period_unreadable"]);
    expect(places(wide)).toEqual(["test.csv row 1, column F"]);
    expect(wide.figures).toHaveLength(2);
    const long = await previewOfCsv("company,field,period,value,unit\nA,revenue,LTM,1,亿\nA,revenue,next year,2,亿\nA,revenue,2024,3,亿\n");
    expect(codes(long)).toEqual(["period_relative", "period_unreadable"]);
    expect(places(long)).toEqual(["test.csv row 2, column C", "test.csv row 3, column C"]);
    expect(long.figures.map((f) => f.value)).toEqual([3]);
  });

  it(`a 1,000,000-row file: refused before any preview (limit ${MAX_ROWS.toLocaleString("en-US")} rows)`, async () => {
    const head = "company,field,period,value,unit\n";
    const text = head + "A,revenue,2024,1,亿\n".repeat(1_000_000);
    const src = await parseImportFile(enc(text), "huge.csv");
    expect(src.failure?.en).toContain("more than 100,000 rows");
    expect(src.tables).toEqual([]);
  });

  it("formulas in a CSV stay text: never a figure, never a formula, names stay literal", async () => {
    const p = await previewOfCsv(WIDE(`"=cmd|' /C calc'!A0",营业收入,万元,"=1+1","+SUM(A1)"\n"=cmd|' /C calc'!A0",资本开支,万元,5,6`));
    expect(codes(p)).toEqual(["formula_text", "formula_text"]);
    expect(p.skipped[0]!.message.en).toContain("looks like a formula; it is text, never run");
    expect(p.companies.map((c) => c.name)).toEqual(["=cmd|' /C calc'!A0"]);
    expect(p.companies[0]!.choice.id).toBe("cmd_c_calc_a0");
    const r = applyImport(p, EMPTY_IMPORTED);
    expect(r.ok && r.data.entities[0]!.name_zh).toBe("=cmd|' /C calc'!A0");
  });

  it("D&A lines beside a D&A row: named, not added twice", async () => {
    const p = await previewOfCsv(WIDE("甲,折旧与摊销,万元,30,40\n甲,无形资产摊销,万元,5,6"));
    expect(p.figures.map((f) => [f.field, f.period, f.value])).toEqual([
      ["da", "2023", 30],
      ["da", "2024", 40],
    ]);
    expect(codes(p)).toEqual(["da_part_unused", "da_part_unused"]);
    expect(p.skipped[0]!.message.en).toBe("test.csv row 3, column D: a D&A line not added up, because test.csv row 2, column D gives D&A itself.");
  });

  it("a row without a company in a long file is named", async () => {
    const p = await previewOfCsv("company,field,period,value,unit\n,revenue,2024,1,亿\nB,revenue,2024,2,亿\n");
    expect(codes(p)).toEqual(["no_company"]);
    expect(p.figures.map((f) => f.value)).toEqual([2]);
  });

  it("a company id that is bundled, invalid or given twice blocks the import", async () => {
    const first = await previewOfCsv("company,field,period,value,unit\nA,revenue,2024,1,亿\nB,revenue,2024,2,亿\n");
    const src = await parseImportFileText("company,field,period,value,unit\nA,revenue,2024,1,亿\nB,revenue,2024,2,亿\n");
    const [a, b] = first.companies;
    const bundled = buildPreview(src, getDataset(), { ...first.mapping, companies: { [a!.key]: { ...a!.choice, id: "aier_eye" } } });
    expect(bundled.blocking[0]?.en).toContain('"aier_eye" belongs to a bundled company');
    const invalid = buildPreview(src, getDataset(), { ...first.mapping, companies: { [a!.key]: { ...a!.choice, id: "Bad Id" } } });
    expect(invalid.blocking[0]?.en).toContain("is not valid");
    const twice = buildPreview(src, getDataset(), { ...first.mapping, companies: { [a!.key]: a!.choice, [b!.key]: { ...b!.choice, id: a!.choice.id } } });
    expect(twice.blocking[0]?.en).toContain("Two companies");
    expect(applyImport(twice, EMPTY_IMPORTED).ok).toBe(false);
  });

  it("an import that would make the stored part larger than one Excel write is refused; the stored data is unchanged", async () => {
    const big: ImportedData = {
      version: 1,
      entities: [{ id: "big_co", name_en: "Big Co", name_zh: "大公司", source: "big.csv" }],
      segments: [],
      figures: Array.from({ length: 60_000 }, (_, i) => ({
        entity: "big_co",
        field: `field_${i % 300}`,
        period: String(1900 + Math.floor(i / 300)),
        value: 123456.789 + i,
        unit: "万元",
        printed: (123456.789 + i).toLocaleString("en-US"),
        file: "a-rather-long-terminal-export-file-name.csv",
        line: i + 2,
        column: "D",
        origin: "csv" as const,
        cite: `a-rather-long-terminal-export-file-name.csv row ${i + 2}, column D`,
      })),
    };
    const p = await previewOfCsv("company,field,period,value,unit\nSmall Co,revenue,2024,1,亿\n");
    const r = applyImport(p, big);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toMatch(/^The workbook's imported data would take \d+\.\d MB \(60,001 figures\); Excel accepts at most 4 MB in one write\./);
    expect(big.figures).toHaveLength(60_000);
  });

  it("nothing is stored or registered until apply: DATA does not see a previewed company", async () => {
    const p = await previewOfCsv("company,field,period,value,unit\nPreview Only Co,revenue,2024,1,亿\n");
    expect(p.figures).toHaveLength(1);
    expect(dataValue("Preview Only Co", "revenue", "2024", null, null)).toMatchObject({ error: "#N/A" });
  });
});

async function parseImportFileText(text: string) {
  return parseImportFile(enc(text), "test.csv");
}
