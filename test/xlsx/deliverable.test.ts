/**
 * The exported file as a deliverable, read back from the package (read-charts.ts,
 * read-setup.ts; not from what the writer meant to write): for every bundled company, the
 * plan's charts are native charts in the file — names, anchors, titles, every series' name,
 * categories and values pointing at the plan's cells, the capex/D&A ratio line on a secondary
 * axis — the panes are frozen at the labels, the sheet prints one page wide with the label
 * column and the period row repeated, the print area covers every used cell and chart, and
 * each table has a defined name over its range.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { cellAddress, columnIndex, parseRect } from "../../src/core/template/a1";
import type { TemplatePlan } from "../../src/core/template/types";
import { restoreEmptyStringResults } from "../../src/xlsx/after-excelize";
import { sheetRef } from "../../src/xlsx/chart-options";
import { parseBindings } from "../../src/core/chart/binding-xml";
import { buildTemplatePlan } from "../../src/core/template/build";
import { templateInputForCompany } from "../../src/core/template/from-dataset";
import { readCustomXmlParts } from "../../src/xlsx/custom-xml";
import { exportCompany, inputToXlsx, plansToXlsx } from "../../src/xlsx/export";
import { loadWorkbook } from "../../src/xlsx/read";
import { readCharts } from "../../src/xlsx/read-charts";
import { readSetup } from "../../src/xlsx/read-setup";
import { rangeNameOf } from "../../src/xlsx/sheet-setup";
import { acmeInput } from "../core/template/fixtures";
import { readBack } from "./helpers";

const ds = getDataset();

const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** The cell text a series-name reference points at, read from the file. */
function cellText(ws: ExcelJS.Worksheet, ref: string): unknown {
  const a1 = ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, "");
  return ws.getCell(a1).value;
}

describe.each(ds.entities.map((e) => [e.id] as const))("%s (zh): the deliverable", (id) => {
  it("native charts as planned, panes at the labels, printed one page wide with labels repeated, names per table", { timeout: 60_000 }, async () => {
    const x = await exportCompany(ds, id, { lang: "zh" });
    if (!x.ok) throw new Error(x.reason.en);
    const plan: TemplatePlan = x.plan;
    const back = await readBack(x.bytes);

    // Charts: one per planned chart, in order, where the plan puts it.
    const charts = await readCharts(x.bytes);
    expect(charts.map((c) => c.name)).toEqual(plan.charts.map((c) => c.name));
    expect(x.charts).toEqual(plan.charts.map((c) => c.name));
    plan.charts.forEach((p, i) => {
      const c = charts[i]!;
      expect(c.title).toBe(p.title);
      expect(c.from).toEqual({ col: p.position.col, row: p.position.row, colOff: 0, rowOff: 0 });
      expect(c.to).toEqual({ col: p.position.col + p.position.colCount, row: p.position.row + p.position.rowCount, colOff: 0, rowOff: 0 });
      const read = c.plots.flatMap((plot) => plot.series.map((s) => ({ plot, s })));
      expect(read).toHaveLength(p.series.length);
      for (const ps of p.series) {
        const hit = read.find(({ s }) => s.values === sheetRef(x.sheet, ps.values));
        expect(hit, `${p.name}: series ${ps.name} on ${ps.values}`).toBeDefined();
        const { plot, s } = hit!;
        expect(s.categories).toBe(sheetRef(x.sheet, p.categories));
        // The legend shows the series' name: a reference to the cell holding it, or the text.
        if (s.nameRef !== null) {
          expect(s.nameRef.startsWith(`${q(x.sheet)}!`)).toBe(true);
          expect(cellText(back.ws, s.nameRef)).toBe(ps.name);
        } else expect(s.nameText).toBe(ps.name);
        expect(plot.kind).toBe(ps.chartType === "Line" ? "line" : "bar");
        if (ps.chartType !== "Line") expect(plot.barDir).toBe(ps.chartType === "ColumnClustered" ? "col" : "bar");
        expect(plot.secondary).toBe(ps.axis === "Secondary");
      }
      const primary = c.plots.find((plot) => !plot.secondary)!;
      if (p.valueFormat) expect(primary.valueFormat).toBe(p.valueFormat);
      // The ranges hold what the plan put there: numbers or blanks, categories as text.
      const cats = parseRect(p.categories)!;
      for (let r = cats.row; r < cats.row + cats.rowCount; r++)
        for (let col = cats.col; col < cats.col + cats.colCount; col++) expect(typeof back.ws.getCell(r + 1, col + 1).value).toBe("string");
    });

    // Frozen panes where the plan puts them: below the period header row, right of the labels.
    const setup = await readSetup(x.bytes);
    const { rows, columns } = plan.setup.freeze;
    if (rows > 0 || columns > 0) expect(setup.pane).toEqual({ xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns), state: "frozen" });
    else expect(setup.pane).toBeNull();
    if (rows > 0) {
      // The frozen rows end with the period row: its cells right of the labels are period headers.
      const headers: unknown[] = [];
      back.ws.getRow(rows).eachCell((cell, c) => {
        if (c > columns) headers.push(cell.value);
      });
      expect(headers.length).toBeGreaterThan(0);
      for (const h of headers) expect(typeof h).toBe("string");
    }

    // Print: the plan's fit (one page wide, as many tall as needed), A4, its orientation.
    expect(plan.setup.fitToWidth).toBe(1);
    expect(plan.setup.fitToHeight).toBe(0);
    expect(setup.fitToPage).toBe(true);
    expect(setup.pageSetup).toMatchObject({ fitToWidth: "1", fitToHeight: "0", paperSize: "9", orientation: plan.setup.orientation });
    expect(setup.oddFooter).toBe("&L&A&R&P / &N");
    // The plan's margins and every planned page start, as manual row breaks (core/template/print.ts).
    const mg = plan.setup.margins;
    expect(Object.fromEntries(Object.entries(setup.margins).map(([k, v]) => [k, Number(v)]))).toEqual({ left: mg.left, right: mg.right, top: mg.top, bottom: mg.bottom, header: mg.header, footer: mg.footer });
    expect(setup.rowBreaks).toEqual(plan.setup.rowBreaks);
    const local = (name: string) => setup.names.find((n) => n.name === name && n.localSheetId === 0);
    const area = local("_xlnm.Print_Area");
    expect(area).toBeDefined();
    const m = /^'(?:[^']|'')+'!\$A\$1:\$([A-Z]+)\$(\d+)$/.exec(area!.refersTo);
    expect(m, area!.refersTo).not.toBeNull();
    const lastCol = m![1]!;
    const lastRow = Number(m![2]);
    expect(`A1:${lastCol}${lastRow}`).toBe(plan.setup.printArea);
    // Every cell with content (as read from the file) and every chart lies inside the print area.
    let usedRows = 0;
    let usedCols = 0;
    back.ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value === null || cell.value === "") return;
        usedRows = Math.max(usedRows, r);
        usedCols = Math.max(usedCols, c);
      }),
    );
    expect(lastRow).toBeGreaterThanOrEqual(usedRows);
    expect(columnIndex(lastCol)).toBeGreaterThanOrEqual(usedCols - 1);
    for (const c of charts) {
      expect(c.to.row).toBeLessThanOrEqual(lastRow);
      expect(c.to.col - 1).toBeLessThanOrEqual(columnIndex(lastCol));
    }

    // The label column, and the period row where the plan repeats it, on every page.
    const titles = local("_xlnm.Print_Titles");
    const expected = [
      ...(plan.setup.printTitleColumns ? [`${q(x.sheet)}!${plan.setup.printTitleColumns.replace(/([A-Z]+)/g, "$$$1")}`] : []),
      ...(plan.setup.printTitleRows ? [`${q(x.sheet)}!${plan.setup.printTitleRows.replace(/(\d+)/g, "$$$1")}`] : []),
    ];
    if (expected.length > 0) expect(titles?.refersTo).toBe(expected.join(","));
    else expect(titles).toBeUndefined();

    // Rows the plan sizes keep their height.
    for (const [r, h] of Object.entries(plan.rowHeights)) expect(back.ws.getRow(Number(r) + 1).height).toBe(h);

    // A workbook-wide name over each table's range (header and body), beside the table itself.
    const tables = back.ws.getTables() as unknown as { table: { name: string; tableRef: string } }[];
    expect(tables).toHaveLength(x.tables.length);
    for (const { table } of tables) {
      const name = setup.names.find((n) => n.name === rangeNameOf(table.name));
      const [a, b] = table.tableRef.split(":");
      const abs = (s: string) => s.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
      expect(name, table.name).toEqual({ name: rangeNameOf(table.name), refersTo: `${q(x.sheet)}!${abs(a!)}:${abs(b!)}`, localSheetId: null });
    }
  });
});

describe("what Excelize writes unlike Excel, put back", () => {
  it("a formula cached as empty text keeps its empty <v>, nothing else changes", () => {
    const xml = `<row r="3"><c r="A3" t="str"><f>IF(B3="","",B3)</f></c><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" t="str"><f>"x"</f><v>x</v></c><c r="D3" s="7" t="str"><f>IF(1,"","")</f></c></row>`;
    expect(restoreEmptyStringResults(xml)).toBe(
      `<row r="3"><c r="A3" t="str"><f>IF(B3="","",B3)</f><v></v></c><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" t="str"><f>"x"</f><v>x</v></c><c r="D3" s="7" t="str"><f>IF(1,"","")</f><v></v></c></row>`,
    );
  });

  it("a series whose name no cell holds is written with the name as text (Excel's <c:v>)", async () => {
    const base = await inputToXlsx(acmeInput(), { lang: "en" });
    if (!base.ok) throw new Error(base.reason.en);
    const capex = base.plan.charts.find((c) => c.kind === "capex-da")!;
    const renamed = { ...base.plan, charts: base.plan.charts.map((c) => (c === capex ? { ...c, series: c.series.map((s, i) => (i === 0 ? { ...s, name: "Capex <& no cell>" } : s)) } : c)) };
    const { planToXlsx } = await import("../../src/xlsx/export");
    const x = await planToXlsx(renamed);
    if (!x.ok) throw new Error(x.reason.en);
    const chart = (await readCharts(x.bytes)).find((c) => c.name === capex.name)!;
    const first = chart.plots.flatMap((p) => p.series).find((s) => s.values === sheetRef(x.sheet, capex.series[0]!.values))!;
    expect(first).toMatchObject({ nameRef: null, nameText: "Capex <& no cell>" });
  });
});

describe("several companies in one workbook (a sheet each)", () => {
  it("every sheet carries its own charts, panes, print setup and names; tables and records do not clash", { timeout: 60_000 }, async () => {
    const plans = ["aier_eye", "huaxia_eye"].map((id) => {
      const input = templateInputForCompany(ds, id);
      if (!input.ok) throw new Error(input.reason.en);
      return buildTemplatePlan(input.input, { lang: "zh", style: "portable", unit: "亿" });
    });
    const x = await plansToXlsx(plans);
    if (!x.ok) throw new Error(x.reason.en);
    expect(x.sheets.map((s) => s.sheet)).toEqual(["爱尔眼科 300015.SZ", "华厦眼科 301267.SZ"]);
    const wb = await loadWorkbook(x.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(x.sheets.map((s) => s.sheet));
    const allTables = x.sheets.flatMap((s) => s.tables);
    expect(new Set(allTables).size).toBe(allTables.length);
    for (const [i, s] of x.sheets.entries()) {
      const charts = await readCharts(x.bytes, i);
      expect(charts.map((c) => c.name)).toEqual(s.plan.charts.map((c) => c.name));
      for (const c of charts) for (const ser of c.plots.flatMap((p) => p.series)) expect(ser.values!.startsWith(`${q(s.sheet)}!`)).toBe(true);
      const setup = await readSetup(x.bytes, i);
      expect(setup.pane?.state).toBe("frozen");
      expect(setup.pageSetup).toMatchObject({ fitToWidth: "1", fitToHeight: "0" });
      expect(setup.names.filter((n) => n.localSheetId === i).map((n) => n.name).sort()).toEqual(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);
      for (const t of s.tables) expect(setup.names.find((n) => n.name === rangeNameOf(t))?.refersTo.startsWith(`${q(s.sheet)}!`)).toBe(true);
    }
    const parts = await readCustomXmlParts(x.bytes);
    expect(parts).toHaveLength(1);
    const doc = parseBindings(parts[0]!.xml);
    if (!doc.ok) throw new Error("binding record does not parse");
    expect(doc.doc.templates.map((t) => t.sheet)).toEqual(x.sheets.map((s) => s.sheet));
    expect(doc.doc.charts.map((c) => `${c.sheet}|${c.chart}`)).toEqual(x.sheets.flatMap((s) => s.charts.map((c) => `${s.sheet}|${c}`)));
  });
});
