/**
 * Imported figures read in Chinese too: their note ("imported from …") and the method of a D&A
 * the import adds up from its lines come from the import catalogue in both languages, and the
 * Chinese method survives the workbook's stored part (older parts without it still read).
 */
import { describe, expect, it } from "vitest";
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
  conflict: "differs from bundled acme da 2024: 11 亿元 (a.md line 3); bundled figure kept",
};
const DATA: ImportedData = {
  version: 1,
  entities: [{ id: "acme", name_en: "Acme", name_zh: "艾可美", source: "model.csv" }],
  segments: [],
  figures: [FIGURE],
};

describe("imported figures in both languages", () => {
  it("note where a figure came from, and its conflict, in English and Chinese", () => {
    const f = importedGroup(DATA).figures[0]!;
    expect(f.note).toBe("imported from model.csv row 14, column C; CONFLICT: differs from bundled acme da 2024: 11 亿元 (a.md line 3); bundled figure kept");
    expect(f.note_zh).toBe("导入自 model.csv row 14, column C；冲突：differs from bundled acme da 2024: 11 亿元 (a.md line 3); bundled figure kept");
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
});
