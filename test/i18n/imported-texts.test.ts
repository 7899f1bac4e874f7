/**
 * Imported figures read in Chinese too: their note ("imported from …", and a conflict with a
 * bundled figure, written from its stored facts) and the method of a D&A the import adds up from
 * its lines come from the catalogues in both languages, and the Chinese method and the conflict's
 * facts survive the workbook's stored part (older parts without them still read).
 */
import { describe, expect, it } from "vitest";
import { escapeXml, unescapeXml } from "../../src/core/xml-text";
import { asciiPunctuationInChinese } from "./zh-text";
import { importedGroup } from "../../src/core/import/to-seed";
import { parseImported, serializeImported } from "../../src/core/import/store-xml";
import type { ImportedData, StoredFigure } from "../../src/core/import/types";

const FIGURE: StoredFigure = {
  entity: "acme",
  field: "da",
  period: "2024",
  value: 12,
  unit: "亿元",
  printed: "12",
  file: "model.csv",
  line: 14,
  column: "C",
  origin: "csv",
  cite: "model.csv row 14, column C",
  derived: { from: ["model.csv row 12, column C", "model.csv row 13, column C"], method: "sum of 2 depreciation and amortisation lines (7 + 5)", method_zh: "2 项折旧摊销明细之和（7 + 5）" },
  conflict: { bundled: { entity: "acme", value: 11, unit: "亿元", file: "a.md", line: 3 }, adopted: "bundled", rule: "bundled_kept" },
};
const OLD_SENTENCE = "differs from bundled acme da 2024: 11 亿元 (a.md line 3); bundled figure kept";
const DATA: ImportedData = {
  version: 1,
  entities: [{ id: "acme", name_en: "Acme", name_zh: "艾可美", source: "model.csv" }],
  segments: [],
  figures: [FIGURE],
};

describe("imported figures in both languages", () => {
  it("note where a figure came from, and its conflict, in English and Chinese", () => {
    const f = importedGroup(DATA).figures[0]!;
    expect(f.note).toBe(`imported from model.csv row 14, column C; CONFLICT: ${OLD_SENTENCE}`);
    expect(f.note_zh).toBe("导入自 model.csv 第 14 行 C 列；冲突：与内置数据 acme da 2024（11 亿元，a.md 第 3 行）不一致；保留内置数据，导入的数据不替换内置数据");
    expect(asciiPunctuationInChinese(f.note_zh!)).toEqual([]);
    expect(f.derived).toEqual({ from: FIGURE.derived!.from, method: FIGURE.derived!.method, method_zh: "2 项折旧摊销明细之和（7 + 5）" });
  });

  it("keep the Chinese method through the stored part, and read a part written without it", () => {
    const back = parseImported(serializeImported(DATA));
    expect(back.ok && back.data.figures[0]!.derived).toEqual(FIGURE.derived);
    const { method_zh: _dropped, ...older } = FIGURE.derived!;
    const old = parseImported(serializeImported({ ...DATA, figures: [{ ...FIGURE, derived: older }] }));
    expect(old.ok && old.data.figures[0]!.derived).toEqual(older);
    expect(importedGroup(old.ok ? old.data : DATA).figures[0]!.derived).toEqual(older);
  });

  it("name a D&A's parts in each language from their stored cells; a part stored before the cells shows its English names", () => {
    const cells = [
      { line: 12, column: "C" },
      { line: 13, column: "C" },
    ];
    const { conflict: _conflict, ...plain } = FIGURE;
    const withCells: ImportedData = { ...DATA, figures: [{ ...plain, derived: { ...FIGURE.derived!, cells } }] };
    const back = parseImported(serializeImported(withCells));
    expect(back).toEqual({ ok: true, data: withCells, dropped: 0 });
    const f = importedGroup(withCells).figures[0]!;
    expect(f.derived).toEqual({ ...FIGURE.derived, from_zh: ["model.csv 第 12 行 C 列", "model.csv 第 13 行 C 列"] });
    expect(f.note).toBe("imported from model.csv row 12, column C + model.csv row 13, column C");
    expect(f.note_zh).toBe("导入自 model.csv 第 12 行 C 列 + model.csv 第 13 行 C 列");
    // An xlsx cell is cited Sheet!cell in both languages.
    const xlsx = importedGroup({ ...withCells, figures: [{ ...withCells.figures[0]!, origin: "xlsx", file: "model.xlsx", sheet: "利润表" }] }).figures[0]!;
    expect(xlsx.derived).toMatchObject({ from: ["model.xlsx 利润表!C12", "model.xlsx 利润表!C13"], from_zh: ["model.xlsx 利润表!C12", "model.xlsx 利润表!C13"] });
    // Damaged cells drop the figure (counted), never a wrong citation.
    const damaged = serializeImported(withCells).replace('"column":"C"', '"column":3');
    expect(parseImported(damaged)).toMatchObject({ ok: true, dropped: 1, data: { figures: [] } });
  });

  it("keep the conflict's facts through the stored part, with the English sentence beside them for older readers", () => {
    const xml = serializeImported(DATA);
    const back = parseImported(xml);
    expect(back).toEqual({ ok: true, data: DATA, dropped: 0 });
    // Still version 1 with 13-column rows: a reader that predates `conflicts` reads the row and shows the sentence.
    const json = JSON.parse(unescapeXml(/<data>([\s\S]*)<\/data>/.exec(xml)![1]!)) as { version: number; figures: unknown[][]; conflicts: unknown[] };
    expect(json.version).toBe(1);
    expect(json.figures[0]).toHaveLength(13);
    expect(json.figures[0]![12]).toBe(OLD_SENTENCE);
    expect(json.conflicts).toEqual([[0, FIGURE.conflict]]);
  });

  it("read a part written before the conflict's facts were stored: the sentence shows as stored, in both languages", () => {
    const row = ["acme", "da", "2024", null, 12, "亿元", "12", 0, 14, "C", null, null, OLD_SENTENCE];
    const json = JSON.stringify({ version: 1, entities: DATA.entities, segments: [], files: [["model.csv", "csv", null]], figures: [row] });
    const old = parseImported(`<?xml version="1.0" encoding="UTF-8"?><capcycle-import xmlns="https://capcycle.app/imported/v1" version="1"><data>${escapeXml(json)}</data></capcycle-import>`);
    if (!old.ok) throw new Error(old.reason);
    expect(old.dropped).toBe(0);
    expect(old.data.figures[0]!.conflict).toBe(OLD_SENTENCE);
    const f = importedGroup(old.data).figures[0]!;
    expect(f.note).toBe(`imported from model.csv row 14, column C; CONFLICT: ${OLD_SENTENCE}`);
    expect(f.note_zh).toBe(`导入自 model.csv 第 14 行 C 列；冲突：${OLD_SENTENCE}`);
    // A string written again stays a string (no facts invented), and a damaged facts entry falls back to the sentence.
    expect(parseImported(serializeImported(old.data))).toEqual({ ok: true, data: old.data, dropped: 0 });
    const damaged = serializeImported(DATA).replace('"adopted":"bundled"', '"adopted":"imported"');
    const read = parseImported(damaged);
    expect(read.ok && read.data.figures[0]!.conflict).toBe(OLD_SENTENCE);
  });
});
