/**
 * An exported file opened "in Excel with the add-in": the file's sheet, tables, charts (read
 * from its chart parts) and custom XML parts are loaded into the in-memory workbook, then the
 * add-in's own refresh runs. The file's charts are the ones "Load template" builds — same
 * names, types, titles, anchors, series, ranges and axes — so refresh finds every recorded
 * chart and re-binds it in place, nothing to rebuild. Deleted, they can be rebuilt from the record.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { readActiveCellWith } from "../../src/excel/active-cell";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import { exportCompany } from "../../src/xlsx/export";
import { withoutXlfnPrefixes } from "../../src/xlsx/xlfn";
import type { SeedCell } from "../support/workbook/index";
import { fakeWorkbook } from "../excel/helpers";
import { cellAddress } from "../../src/core/template/a1";
import { readCharts, type ReadChart } from "../../src/xlsx/read-charts";
import { readBack, type ReadBack } from "./helpers";

interface LoadedTable {
  readonly table: { name: string; tableRef: string; style: { theme: string } };
}

/** Excel's chart type for a plot read from a chart part. */
function excelType(kind: string, barDir: string | null): string {
  if (kind === "line") return "Line";
  if (kind === "bar") return barDir === "bar" ? "BarClustered" : "ColumnClustered";
  throw new Error(`unexpected plot ${kind}`);
}

/** Puts what the file holds into a fresh in-memory workbook, as Excel opens it. */
function openInFake(back: ReadBack, charts: readonly ReadChart[] = []) {
  const w = fakeWorkbook();
  const cells: Record<string, SeedCell> = {};
  back.ws.eachRow((row) =>
    row.eachCell((cell) => {
      const numberFormat = cell.numFmt || undefined;
      const fmt = numberFormat ? { numberFormat } : {};
      if (cell.type === ExcelJS.ValueType.Formula) cells[cell.address] = { formula: `=${withoutXlfnPrefixes((cell.value as ExcelJS.CellFormulaValue).formula)}`, ...fmt };
      else if (cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.Number) cells[cell.address] = { value: cell.value as string | number, ...fmt };
      else if (numberFormat) cells[cell.address] = fmt;
    }),
  );
  w.fake.seed.sheet(back.ws.name, cells);
  for (const t of back.ws.getTables() as unknown as LoadedTable[]) w.fake.seed.table(back.ws.name, t.table.tableRef, { name: t.table.name, style: t.table.style.theme });
  for (const c of charts) {
    const first = c.plots[0]!;
    w.fake.seed.chart(back.ws.name, {
      type: excelType(first.kind, first.barDir),
      name: c.name,
      title: c.title,
      series: c.plots.flatMap((plot) =>
        plot.series.map((s) => ({
          // The legend text: the cell the name refers to, as Excel shows it.
          name: s.nameRef ? back.ws.getCell(s.nameRef.slice(s.nameRef.lastIndexOf("!") + 1).replace(/\$/g, "")).text : (s.nameText ?? ""),
          values: s.values!,
          ...(s.categories ? { categories: s.categories } : {}),
          chartType: excelType(plot.kind, plot.barDir),
          axisGroup: plot.secondary ? ("Secondary" as const) : ("Primary" as const),
        })),
      ),
      position: { from: cellAddress(c.from.row, c.from.col), to: cellAddress(c.to.row - 1, c.to.col - 1) },
    });
  }
  for (const p of back.parts) w.fake.seed.customXmlPart(p.xml);
  return w;
}

describe.each([
  ["300015.SZ", "en", 4],
  ["688271.SH", "zh", 1],
] as const)("Refresh charts on the exported %s (%s)", (company, lang, charts) => {
  it("finds the file's charts as Load template builds them, and re-binds them in place", { timeout: 60_000 }, async () => {
    const ds = getDataset();
    const x = await exportCompany(ds, company, { lang });
    if (!x.ok) throw new Error(x.reason.en);
    const back = await readBack(x.bytes);
    const { fake, env } = openInFake(back, await readCharts(x.bytes));
    const opened = fake.snapshot().sheets[x.sheet]!.charts;

    // The same plan loaded by the add-in into an empty workbook: same record, same charts.
    const addin = fakeWorkbook();
    const loaded = await applyTemplatePlan(addin.env, x.plan);
    if (!loaded.ok) throw new Error(loaded.reason.en);
    expect(loaded.sheet).toBe(x.sheet);
    expect(loaded.tables).toEqual(x.tables);
    const snap = addin.fake.snapshot();
    expect(snap.customXmlParts.map((part) => part.xml)).toEqual(back.parts.map((part) => part.xml));
    const built = snap.sheets[x.sheet]!.charts;
    const view = (cs: typeof built) =>
      cs.map((c) => ({ name: c.name, type: c.chartType, title: c.title.text, anchor: c.anchor, series: c.series.map((s) => ({ name: s.name, values: s.values, categories: s.categories, type: s.chartType, axis: s.axisGroup })) }));
    expect(opened).toHaveLength(charts);
    expect(view(opened)).toEqual(view(built));

    // Refresh finds every recorded chart: re-bind, up to date, no consent needed.
    const p = await previewRefreshWith(env);
    if (!p.ok) throw new Error(p.reason.en);
    const items = p.preview.items;
    expect(items.map((i) => i.chart)).toEqual(x.charts);
    for (const item of items) {
      expect(item.action, `${item.chart}: ${item.reason?.en}`).toBe("rebind");
      expect(item.needsConsent).toBe(false);
      expect(item.changes).toEqual([]);
      expect(item.sheet).toBe(x.sheet);
    }
    const done = await applyRefreshWith(env, p.preview, {});
    if (!done.ok) throw new Error(done.reason.en);
    expect(done.charts.map((c) => c.status)).toEqual(items.map(() => "refreshed"));
    expect(done.roundTrips).toBeLessThanOrEqual(3);
    expect(view(fake.snapshot().sheets[x.sheet]!.charts)).toEqual(view(built));
  });

  it("a chart deleted from the file is offered for rebuild from the record, and rebuilt as Load template builds it", { timeout: 60_000 }, async () => {
    const x = await exportCompany(getDataset(), company, { lang });
    if (!x.ok) throw new Error(x.reason.en);
    const back = await readBack(x.bytes);
    const { fake, env } = openInFake(back);
    const p = await previewRefreshWith(env);
    if (!p.ok) throw new Error(p.reason.en);
    const items = p.preview.items;
    expect(items).toHaveLength(charts);
    for (const item of items) {
      expect(item.action, `${item.chart}: ${item.reason?.en}`).toBe("rebuild");
      expect(item.needsConsent).toBe(true);
    }
    const none = await applyRefreshWith(env, p.preview, {});
    expect(none.ok && none.charts.map((c) => c.status)).toEqual(items.map(() => "skipped"));
    expect(fake.snapshot().sheets[x.sheet]!.charts).toEqual([]);
    const done = await applyRefreshWith(env, p.preview, { rebuild: items.map((i) => i.id) });
    if (!done.ok) throw new Error(done.reason.en);
    expect(done.charts.map((c) => c.status)).toEqual(items.map(() => "rebuilt"));
    const rebuilt = fake.snapshot().sheets[x.sheet]!.charts;
    expect(rebuilt.map((c) => c.name)).toEqual(x.charts);
    // A reference to the sheet's cells: a range, or one cell where the chart's frequency group has
    // a single period with a value (charts start at their group's first period with a value).
    for (const c of rebuilt) for (const s of c.series) expect(s.values).toMatch(/^=.+![$]?[A-Z]+[$]?\d+(:[$]?[A-Z]+[$]?\d+)?$/);
  });
});

describe("the exported sheet's cell record", () => {
  it("\"sources of the selected cell\" works on the exported sheet: the record maps cells to figures", async () => {
    const x = await exportCompany(getDataset(), "300015.SZ", { lang: "en" });
    if (!x.ok) throw new Error(x.reason.en);
    const { fake, env } = openInFake(await readBack(x.bytes));
    const [address, key] = Object.entries(x.plan.record.cells).find(([, k]) => k === "aier_eye|revenue|2025H1|")!;
    fake.seed.select(`'${x.sheet}'!${address}`);
    const r = await readActiveCellWith(env);
    if (!r.ok) throw new Error(r.reason.en);
    expect(key).toBe("aier_eye|revenue|2025H1|");
    expect(r.cell.figures).toEqual([{ company: "aier_eye", field: "revenue", period: "2025H1" }]);
    expect(r.cell.value).toBeCloseTo(115.07, 9);
  });
});
