/**
 * The export of every bundled company in both languages, read back from the file: sheet,
 * tables, number formats, fonts, widths, text cells literal, blanks empty, portable formulas,
 * cached results equal to a recomputation of the cells as read, and the chart-binding part.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BINDINGS_NAMESPACE, parseBindings } from "../../src/core/chart/binding-xml";
import { bindingDocumentFor } from "../../src/core/chart/bindings";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { cellAddress, parseRect, rectAddress } from "../../src/core/template/a1";
import type { TemplatePlan } from "../../src/core/template/types";
import { exportCompany, type ExportedTemplate } from "../../src/xlsx/export";
import { columnWidthToPoints } from "../../src/xlsx/widths";
import { withXlfnPrefixes } from "../../src/xlsx/xlfn";
import { readBack, recompute, same, show, type ReadBack } from "./helpers";

const ds = getDataset();

interface LoadedTable {
  readonly table: {
    name: string;
    tableRef: string;
    headerRow: boolean;
    totalsRow: boolean;
    columns: { name: string }[];
    style: { theme: string; showRowStripes: boolean };
  };
}

function tablesOf(ws: ExcelJS.Worksheet): LoadedTable["table"][] {
  // exceljs's typings say [Table, void][]; at run time it is the list of tables.
  return (ws.getTables() as unknown as LoadedTable[]).map((t) => t.table);
}

async function exported(company: string, lang: "en" | "zh"): Promise<{ x: ExportedTemplate; back: ReadBack }> {
  const r = await exportCompany(ds, company, { lang });
  if (!r.ok) throw new Error(r.reason.en);
  return { x: r, back: await readBack(r.bytes) };
}

function eachPlanCell(plan: TemplatePlan, fn: (address: string, cell: TemplatePlan["cells"][number][number]) => void): void {
  plan.cells.forEach((row, r) => row.forEach((c, col) => fn(cellAddress(r, col), c)));
}

// Every entity: the ones with figures and the ones that only get a header and the peers.
const CASES = ds.entities.flatMap((e) => (["en", "zh"] as const).map((lang) => ({ id: e.id, lang })));

describe.each(CASES)("export $id ($lang)", ({ id, lang }) => {
  it("reads back as the plan: sheet, tables, cells, formats, widths, cached results, binding record", { timeout: 60_000 }, async () => {
    const { x, back } = await exported(id, lang);
    const { plan } = x;
    const { wb, ws } = back;

    // One sheet, named as the add-in names it in a workbook without clashes.
    expect(wb.worksheets.map((w) => w.name)).toEqual([plan.sheetName]);
    expect(x.sheet).toBe(plan.sheetName);

    // Tables: name, range, headers, style, no totals.
    const tables = tablesOf(ws);
    expect(tables.map((t) => t.name)).toEqual([...x.tables]);
    plan.tables.forEach((t, i) => {
      const got = tables[i]!;
      expect(got.tableRef).toBe(rectAddress(t.rect));
      expect(got.columns.map((c) => c.name)).toEqual(t.columns.map((c) => c.header));
      expect(got.headerRow).toBe(true);
      expect(got.totalsRow).toBe(false);
      expect(got.style.theme).toBe(t.style);
      // Header cells hold the same text as the table's column names (Excel repairs the file otherwise).
      t.columns.forEach((c, j) => expect(ws.getCell(t.rect.row + 1, t.rect.col + j + 1).value).toBe(c.header));
    });

    // Cells, one by one.
    const recomputed = recompute(ws);
    let formulas = 0;
    eachPlanCell(plan, (address, c) => {
      const cell = ws.getCell(address);
      switch (c.kind) {
        case "text":
          expect(cell.type, `${address} ${show(c.text)}`).toBe(ExcelJS.ValueType.String);
          expect(cell.value).toBe(c.text);
          expect(cell.numFmt).toBe("@");
          break;
        case "number":
          expect(cell.type, address).toBe(ExcelJS.ValueType.Number);
          expect(cell.value).toBe(c.value);
          expect(cell.numFmt ?? "General").toBe(c.format);
          break;
        case "blank":
          expect(cell.value, `${address} must stay empty`).toBeNull();
          if (c.format) expect(cell.numFmt, address).toBe(c.format);
          break;
        case "formula": {
          formulas++;
          expect(cell.type, address).toBe(ExcelJS.ValueType.Formula);
          const f = (cell.value as ExcelJS.CellFormulaValue).formula;
          expect(f).toBe(withXlfnPrefixes(c.formula.slice(1)));
          expect(f).not.toMatch(/CAPCYCLE\./i);
          expect(cell.numFmt ?? "General").toBe(c.format);
          const cached = back.formulas.get(address)?.result;
          expect(cached, `${address} has no cached result`).toBeDefined();
          const again = recomputed.get(address);
          expect(again, `${address}: ${f} cannot be recomputed`).not.toBeNull();
          expect(same(cached, again), `${address}: cached ${show(cached)}, recomputed ${show(again)} (${f})`).toBe(true);
          expect(same(cached, x.results.get(address))).toBe(true);
          break;
        }
      }
    });
    expect(back.formulas.size).toBe(formulas);
    // The seed companies' templates compute without an error value anywhere.
    expect([...recomputed.values()].filter((v) => typeof v === "object")).toEqual([]);

    // Fonts and fills as planned.
    for (const f of plan.formats) {
      const rect = parseRect(f.range)!;
      const cell = ws.getCell(rect.row + 1, rect.col + 1);
      if (f.bold !== undefined) expect(cell.font?.bold ?? false, f.range).toBe(f.bold);
      if (f.italic !== undefined) expect(cell.font?.italic ?? false, f.range).toBe(f.italic);
      if (f.fontSize !== undefined) expect(cell.font?.size).toBe(f.fontSize);
      if (f.fontColor !== undefined) expect(cell.font?.color?.argb).toBe(`FF${f.fontColor.slice(1).toUpperCase()}`);
    }

    // Column widths, to the pixel Excel snaps to (0.75 pt).
    plan.columnWidths.forEach((w, c) => {
      const width = ws.getColumn(c + 1).width;
      expect(width, `column ${c + 1}`).toBeDefined();
      expect(Math.abs(columnWidthToPoints(width!) - w)).toBeLessThanOrEqual(0.75);
    });

    // The chart-binding record: one part in our namespace, parsed by the add-in's parser into
    // exactly what the add-in records for this sheet, every planned chart included.
    const ours = back.parts.filter((p) => p.namespace === BINDINGS_NAMESPACE);
    expect(ours).toHaveLength(1);
    const parsed = parseBindings(ours[0]!.xml);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.dropped).toBe(0);
    const tableNames = new Map(plan.tables.map((t, i) => [t.role, x.tables[i]!]));
    expect(parsed.doc).toEqual(bindingDocumentFor(plan, plan.sheetName, tableNames, plan.charts.map((c) => c.name)));
    expect(parsed.doc.charts.map((c) => c.chart)).toEqual(plan.charts.map((c) => c.name));
    for (const b of parsed.doc.charts) {
      const t = tables.find((tt) => tt.name === b.table);
      expect(t, `${b.chart}: table ${b.table}`).toBeDefined();
      const headers = t!.columns.map((c) => c.name);
      if (b.seriesBy === "rows") {
        // Series bound to rows by their label (the table's first column), categories are the periods across.
        const ref = parseRect(t!.tableRef)!;
        const labels: unknown[] = [];
        for (let r = ref.row + 1; r < ref.row + ref.rowCount; r++) labels.push(ws.getCell(r + 1, ref.col + 1).value);
        for (const s of b.series) expect(labels, `${b.chart}: row ${s.row?.label}`).toContain(s.row?.label);
      } else {
        expect(headers).toContain(b.categoryColumn);
        for (const s of b.series) expect(headers).toContain(s.column);
      }
    }
    expect(parsed.doc.templates).toHaveLength(1);
    expect(parsed.doc.templates[0]!.sheet).toBe(plan.sheetName);
    expect(parsed.doc.templates[0]!.style).toBe("portable");
  });
});

describe("export of the two articles' main companies", () => {
  it("Aier Eye: its tables under the add-in's names, every formula cached, four charts recorded", async () => {
    const { x, back } = await exported("300015.SZ", "en");
    expect(x.sheet).toBe("Aier Eye 300015.SZ");
    const roles = x.plan.tables.map((t) => t.role);
    for (const role of ["financials", "segments", "peers", "sources"] as const) expect(roles).toContain(role);
    expect(x.tables).toEqual(x.plan.tables.map((t) => t.name));
    expect(x.tables).toContain("CapCycle_aier_eye_Financials");
    const planned = x.plan.cells.flat().filter((c) => c.kind === "formula").length;
    expect(planned).toBeGreaterThan(0);
    expect(back.formulas.size).toBe(planned);
    expect([...back.formulas.values()].every((f) => f.result !== undefined)).toBe(true);
    // The model layout charts each comparable period group: capex vs D&A over the half-years
    // (the annual columns lack D&A), segment growth for the years and for the half-years.
    expect(x.charts).toEqual(["CapCycle capex vs D&A (half-year)", "CapCycle segment growth (annual)", "CapCycle segment growth (half-year)", "CapCycle market share (annual)"]);
    // The cycle phase is a portable IF formula whose cached result is its label.
    const phase = back.formulas.get(x.plan.phaseCell)!;
    expect(phase.formula.startsWith("IF(")).toBe(true);
    expect(["Expansion", "Expansion slowing", "Build-up", "Contraction", "Recovery"]).toContain(phase.result);
  });

  it("Aier Eye: table text sits at the top of its row, period headers sit right over their numbers", async () => {
    const { x, back } = await exported("300015.SZ", "en");
    const fin = x.plan.tables.find((t) => t.role === "financials")!;
    const src = x.plan.tables.find((t) => t.role === "sources")!;
    // A wrapped label or note reads beside the first line of its figures (Excel's default is the bottom).
    for (const t of [fin, src]) {
      const body = back.ws.getCell(cellAddress(t.rect.row + 1, t.rect.col));
      expect(body.alignment?.vertical, t.role).toBe("top");
      expect(body.alignment?.wrapText, t.role).toBe(true);
    }
    const col = fin.columns.findIndex((c) => c.header === "2025H1");
    expect(back.ws.getCell(cellAddress(fin.rect.row, fin.rect.col + col)).alignment?.horizontal).toBe("right");
    expect(back.ws.getCell(cellAddress(fin.rect.row, fin.rect.col)).alignment?.horizontal).toBeUndefined();
  });

  it("United Imaging (zh): Chinese labels, the segment-growth chart recorded, every formula cached", async () => {
    const { x, back } = await exported("联影医疗", "zh");
    expect(x.sheet).toBe("联影医疗 688271.SH");
    expect(back.ws.getCell("A1").value).toBe("上海联影医疗科技股份有限公司 — 资本周期模板");
    expect(x.charts).toEqual(["CapCycle segment growth (annual)"]);
    const results = [...back.formulas.values()].map((f) => f.result);
    expect(results.every((r) => r !== undefined)).toBe(true);
    expect(results.filter((r) => typeof r === "number").length).toBeGreaterThan(0);
  });

  it("an unknown company is refused with the closest names", async () => {
    const r = await exportCompany(ds, "aierr", { lang: "en" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toMatch(/Closest: Aier Eye Hospital Group/);
  });
});
