import { describe, expect, it } from "vitest";
import { BINDINGS_NAMESPACE, parseBindings, serializeBindings } from "../../../src/core/chart/binding-xml";
import type { BindingDocument, ChartBinding } from "../../../src/core/chart/types";

const binding: ChartBinding = {
  id: "Acme <&> 'Q'|CapCycle capex vs D&A",
  kind: "capex-da",
  sheet: "Acme <&> 'Q'",
  chart: "CapCycle capex vs D&A",
  title: "资本开支与折旧摊销 \"x\"",
  type: "ColumnClustered",
  table: "CapCycle_acme_Financials",
  categoryColumn: "Period",
  series: [
    { name: "Capex", column: "Capex", chartType: "ColumnClustered", axis: "Primary" },
    { name: "Capex / D&A", column: "Capex / D&A", chartType: "Line", axis: "Secondary" },
  ],
  position: "V1:AC16",
  valueFormat: "0.00",
};
/** A model-layout record: series are rows of one frequency group. */
const byRows: ChartBinding = {
  ...binding,
  id: "Acme|CapCycle capex vs D&A (half-year)",
  chart: "CapCycle capex vs D&A (half-year)",
  categoryColumn: "CNY 100m (亿元)",
  seriesBy: "rows",
  frequency: "half",
  firstPeriod: "2024H1",
  series: [
    { name: "Capex", column: "Capex", row: { label: "Capex", index: 6 }, chartType: "ColumnClustered", axis: "Primary" },
    { name: "Refractive", column: "Refractive", row: { label: "Refractive", section: "Revenue growth (calc.)", index: 5 }, chartType: "Line", axis: "Secondary" },
  ],
};
const doc: BindingDocument = { version: 1, charts: [binding, byRows], templates: [{ sheet: "S", entity: "acme", lang: "zh", style: "live", tables: ["T"], cells: { B15: "acme|revenue|2025H1|" } }] };

describe("binding record as custom XML", () => {
  it("round-trips through XML, whatever the names contain", () => {
    const xml = serializeBindings(doc);
    expect(xml).toContain(`xmlns="${BINDINGS_NAMESPACE}"`);
    expect(xml).not.toMatch(/<[^/?a-z]/i); // no stray markup from the JSON
    expect(parseBindings(xml)).toEqual({ ok: true, doc, dropped: 0 });
  });

  it("reads a part whose XML was re-serialized with a prefix and entities", () => {
    const xml = serializeBindings(doc)
      .replace(`<capcycle xmlns="${BINDINGS_NAMESPACE}" version="1"><data>`, `<cc:capcycle xmlns:cc="${BINDINGS_NAMESPACE}" version="1"><cc:data>`)
      .replace("</data></capcycle>", "</cc:data></cc:capcycle>")
      .replace(/"/g, "&quot;");
    expect(parseBindings(xml)).toEqual({ ok: true, doc, dropped: 0 });
  });

  it("drops damaged entries and refuses foreign parts, without throwing", () => {
    const damaged = serializeBindings({ ...doc, charts: [binding, { id: 1 } as unknown as ChartBinding] });
    const r = parseBindings(damaged);
    expect(r.ok && r.dropped).toBe(1);
    expect(r.ok && r.doc.charts).toEqual([binding]);
    // A record by rows whose rows are damaged is dropped, not misread as columns.
    const badRow = { ...byRows, series: [{ ...byRows.series[0]!, row: { label: "Capex", index: -1 } }] };
    const noRow = { ...byRows, series: [{ name: "Capex", column: "Capex", chartType: "ColumnClustered", axis: "Primary" }] };
    const badBy = { ...binding, seriesBy: "diagonal" };
    const r2 = parseBindings(serializeBindings({ ...doc, charts: [badRow, noRow as unknown as ChartBinding, badBy as unknown as ChartBinding, binding] }));
    expect(r2.ok && r2.dropped).toBe(3);
    expect(r2.ok && r2.doc.charts).toEqual([binding]);
    expect(parseBindings("<other xmlns='urn:x'><data>{}</data></other>").ok).toBe(false);
    expect(parseBindings(`<capcycle xmlns="${BINDINGS_NAMESPACE}"><data>{not json</data></capcycle>`)).toEqual({ ok: false, reason: "binding data is not valid JSON" });
    expect(parseBindings(`<capcycle xmlns="${BINDINGS_NAMESPACE}"><data>{"version":2}</data></capcycle>`).ok).toBe(false);
  });
});
