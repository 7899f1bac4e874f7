import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { BINDINGS_NAMESPACE, parseBindings, serializeBindings } from "../../src/core/chart/binding-xml";
import type { BindingDocument } from "../../src/core/chart/types";
import { addCustomXmlPart, readCustomXmlParts } from "../../src/xlsx/custom-xml";

async function bareXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = 1;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const DOC: BindingDocument = {
  version: 1,
  charts: [
    {
      id: "S|Chart <1> & \"two\"",
      kind: "capex-da",
      sheet: "S",
      chart: 'Chart <1> & "two"',
      title: "资本开支与折旧摊销",
      type: "ColumnClustered",
      table: "T",
      categoryColumn: "Period",
      series: [{ name: "Capex", column: "Capex", chartType: "ColumnClustered", axis: "Primary" }],
      position: "E1:L16",
    },
  ],
  templates: [],
};

describe("custom XML parts in the package", () => {
  it("stores the part as Excel does: item, itemProps with our schema, item rels, workbook relationship, content type", async () => {
    const xml = serializeBindings(DOC);
    const bytes = await addCustomXmlPart(await bareXlsx(), xml);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("customXml/item1.xml")!.async("string")).toBe(xml);
    const props = await zip.file("customXml/itemProps1.xml")!.async("string");
    expect(props).toMatch(/<ds:datastoreItem ds:itemID="\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}"/);
    expect(props).toContain(`<ds:schemaRef ds:uri="${BINDINGS_NAMESPACE}"/>`);
    expect(await zip.file("customXml/_rels/item1.xml.rels")!.async("string")).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"',
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/customXml" Target="..\/customXml\/item1.xml"/);
    // Relationship ids stay unique.
    const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>');
  });

  it("reads back what was written, parseable by the add-in's parser (escaping included)", async () => {
    const bytes = await addCustomXmlPart(await bareXlsx(), serializeBindings(DOC));
    const parts = await readCustomXmlParts(bytes);
    expect(parts.map((p) => [p.path, p.namespace])).toEqual([["customXml/item1.xml", BINDINGS_NAMESPACE]]);
    const parsed = parseBindings(parts[0]!.xml);
    expect(parsed.ok && parsed.doc).toEqual(DOC);
  });

  it("numbers a second part item2 and keeps the first", async () => {
    const once = await addCustomXmlPart(await bareXlsx(), serializeBindings(DOC));
    const twice = await addCustomXmlPart(once, `<other xmlns="urn:x"><a/></other>`);
    const parts = await readCustomXmlParts(twice);
    expect(parts.map((p) => [p.path, p.namespace])).toEqual([
      ["customXml/item1.xml", BINDINGS_NAMESPACE],
      ["customXml/item2.xml", "urn:x"],
    ]);
  });

  it("keeps the workbook readable by exceljs", async () => {
    const bytes = await addCustomXmlPart(await bareXlsx(), serializeBindings(DOC));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet("S")!.getCell("A1").value).toBe(1);
  });

  it("is deterministic: the same part gets the same item id", async () => {
    const a = await JSZip.loadAsync(await addCustomXmlPart(await bareXlsx(), serializeBindings(DOC)));
    const b = await JSZip.loadAsync(await addCustomXmlPart(await bareXlsx(), serializeBindings(DOC)));
    expect(await a.file("customXml/itemProps1.xml")!.async("string")).toBe(await b.file("customXml/itemProps1.xml")!.async("string"));
  });
});
