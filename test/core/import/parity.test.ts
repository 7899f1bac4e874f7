/**
 * Parity (issue 13 §4): Aier's bundled figures written out as a file and imported give the same
 * template plan as the bundled Aier, cell for cell, except the provenance columns (the sources
 * table: file, line, as printed, status, note; the header's rows citing the articles' competing
 * readings of capex and D&A) and the entity's id. The file holds Aier and its
 * peers (the companies of its article group), as a terminal export would, so the peers table is
 * compared too; the person names the imported companies as the bundled ones are named.
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset";
import { applyImport, buildPreview, parseImportFile, registerImported } from "../../../src/core/import";
import { EMPTY_IMPORTED } from "../../../src/core/import/types";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { templateInputFor } from "../../../src/core/template/from-dataset";
import type { PlanCell, TemplatePlan } from "../../../src/core/template/types";
import { resetImportedAfterEach } from "./support";

resetImportedAfterEach();

const NOT_PEERS = new Set(["industry", "government"]);

function aierFile(): { csv: string; ids: string[]; rows: number } {
  const ds = getDataset();
  const aier = ds.entityById.get("aier_eye")!;
  const companies = ds.entities.filter((e) => e.group === aier.group && (e.id === aier.id || !NOT_PEERS.has(e.kind)));
  const rows: string[][] = [["code", "company", "field", "period", "value", "unit", "segment", "basis"]];
  for (const e of companies)
    for (const key of ds.seriesByEntity.get(e.id) ?? [])
      for (const g of ds.series.get(`${e.id}|${key}`)!.values()) {
        const f = g.primary.figure;
        rows.push([e.ticker ?? "", e.name_zh, f.field, f.period, String(f.value), f.unit, f.segment ?? "", f.basis ?? ""]);
      }
  return { csv: Papa.unparse(rows), ids: companies.map((e) => e.id), rows: rows.length - 1 };
}

/**
 * The plan without provenance: the sources section (its legend of articles, S1 …, and the
 * table of statements: bundled figures have several, imported ones one) is cut off, with its
 * formats, row heights, the print area and the column widths its text decides; the imported ids
 * (`<bundled id>_own`) are read as the bundled ones.
 */
function comparable(plan: TemplatePlan, id: string): unknown {
  const src = plan.tables.find((t) => t.role === "sources")!;
  const legend = plan.cells.findIndex((row) => row[0]?.kind === "text" && row[0].text === "S1");
  const cut = legend >= 0 && legend < src.rect.row ? legend : src.rect.row;
  const swap = (s: string): string => s.split(id).join("<entity>").replace(/_own\b/g, "");
  const cell = (c: PlanCell): PlanCell => (c.kind === "text" ? { kind: "text", text: swap(c.text) } : c.kind === "formula" ? { ...c, formula: swap(c.formula) } : c);
  const startRow = (range: string): number => Number(/\d+/.exec(range)?.[0] ?? "0") - 1;
  // The print area reaches the last used row: the sources' length decides it. The page breaks
  // follow the column widths and row heights, which the sources' texts decide too.
  const { printArea: _printArea, rowBreaks: _rowBreaks, ...setup } = plan.setup;
  const rest = { ...plan, setup };
  return JSON.parse(
    swap(
      JSON.stringify({
        ...rest,
        entity: { ...plan.entity, id: "<entity>" },
        tables: plan.tables.map((t) => (t.role === "sources" ? { ...t, rect: { ...t.rect, rowCount: 0 } } : t)),
        formats: plan.formats.filter((f) => startRow(f.range) < cut),
        // Widths follow the longest text of each column, the sources' file names and notes included.
        columnWidths: [],
        rowHeights: Object.fromEntries(Object.entries(plan.rowHeights).filter(([r]) => Number(r) < cut)),
        cells: plan.cells.slice(0, cut).map((row) => row.map(cell)),
      }),
    ),
  );
}

describe("parity: bundled Aier written out and imported", () => {
  it.each([
    ["en", "portable"],
    ["zh", "live"],
  ] as const)("gives the same template plan (%s, %s) cell for cell, except provenance", async (lang, style) => {
    const file = aierFile();
    expect(file.rows).toBeGreaterThan(100);
    // The bundled input without its article readings: the "contested, by reading" rows cite the
    // articles' competing statements (provenance); a file holds one figure per period.
    const { phaseReadings, ...bundledInput } = templateInputFor(getDataset(), "aier_eye")!;
    expect(phaseReadings?.contested).toBe(true);
    const bundledPlan = buildTemplatePlan(bundledInput, { lang, style });

    const src = await parseImportFile(new TextEncoder().encode(file.csv), "aier-export.csv");
    const auto = buildPreview(src, getDataset());
    expect(auto.skipped).toEqual([]);
    expect(auto.figures).toHaveLength(file.rows);
    // The person names each company as the bundled one is named (ids stay their own).
    const ds = getDataset();
    const companies = Object.fromEntries(
      auto.companies.map((c) => {
        const b = ds.entityById.get(c.bundled!)!;
        return [c.key, { id: `${b.id}_own`, name_zh: b.name_zh, name_en: b.name_en, short_en: b.short_en, short_zh: b.short_zh }];
      }),
    );
    expect(auto.companies.map((c) => c.bundled)).toEqual(file.ids);
    const preview = buildPreview(src, getDataset(), { ...auto.mapping, companies });
    expect(preview.conflicts).toEqual([]);
    const applied = applyImport(preview, EMPTY_IMPORTED);
    if (!applied.ok) throw new Error(applied.reason.en);
    registerImported(applied.data);

    const importedPlan = buildTemplatePlan(templateInputFor(getDataset(), "aier_eye_own")!, { lang, style });
    expect(importedPlan.sheetName).toBe(bundledPlan.sheetName);
    expect(comparable(importedPlan, "aier_eye_own")).toEqual(comparable(bundledPlan, "aier_eye"));
  });
});
