import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./index";
import { expectOfficeError } from "./office-error-matchers";
import { xmlRootNamespace } from "./xml";

const NS = "urn:capcycle:bindings:1";
const xml = (body = "") => `<?xml version="1.0" encoding="UTF-8"?><bindings xmlns="${NS}">${body}</bindings>`;

describe("custom XML parts", () => {
  it("add, find by namespace, read, replace and delete", async () => {
    const fake = createFakeExcel();
    fake.seed.customXmlPart(`<other xmlns="urn:someone:else"/>`);
    const id = await fake.run(async (context) => {
      const part = context.workbook.customXmlParts.add(xml('<chart name="Chart 1"/>')).load("id, namespaceUri");
      await context.sync();
      expect(part.namespaceUri).toBe(NS);
      return part.id;
    });
    await fake.run(async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace(NS);
      const only = scoped.getOnlyItemOrNullObject();
      const count = scoped.getCount();
      const text = only.getXml();
      await context.sync();
      expect(only.isNullObject).toBe(false);
      expect(count.value).toBe(1);
      expect(text.value).toBe(xml('<chart name="Chart 1"/>'));
      only.setXml(xml('<chart name="Chart 2"/>'));
      await context.sync();
    });
    expect(fake.snapshot().customXmlParts.find((p) => p.id === id)!.xml).toContain("Chart 2");
    await fake.run(async (context) => {
      context.workbook.customXmlParts.getItem(id).delete();
      const none = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
    expect(fake.snapshot().customXmlParts.map((p) => p.namespaceUri)).toEqual(["urn:someone:else"]);
  });

  it("getOnlyItem fails for none (ItemNotFound) and several (InvalidOperation); OrNullObject gives null for several", async () => {
    const fake = createFakeExcel();
    const only = () =>
      fake.run(async (context) => {
        context.workbook.customXmlParts.getByNamespace(NS).getOnlyItem().load("id");
        await context.sync();
      });
    await expectOfficeError(only(), "ItemNotFound");
    fake.seed.customXmlPart(xml());
    fake.seed.customXmlPart(xml());
    await expectOfficeError(only(), "InvalidOperation");
    await fake.run(async (context) => {
      const part = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      await context.sync();
      expect(part.isNullObject).toBe(true);
    });
  });

  it("rejects XML that is not well-formed", async () => {
    const fake = createFakeExcel();
    for (const bad of ["", "<a>", "<a></b>", "<a/><b/>", "text", '<a x="1" x="2"/>', "<a>&nope;</a>"]) {
      await expectOfficeError(
        fake.run(async (context) => {
          context.workbook.customXmlParts.add(bad);
          await context.sync();
        }),
        "InvalidArgument",
      );
    }
  });

  it("needs ExcelApi 1.5", async () => {
    const fake = createFakeExcel({ supported: ["ExcelApi 1.4"] });
    await fake.run(async (context) => {
      expect(() => context.workbook.customXmlParts.add(xml())).toThrow(/ExcelApi 1.5/);
      await context.sync();
    });
  });
});

describe("xmlRootNamespace", () => {
  it.each([
    [`<r xmlns="urn:a"/>`, "urn:a"],
    [`<p:r xmlns:p="urn:p"><p:c/></p:r>`, "urn:p"],
    [`<!-- note --><r><![CDATA[<not a tag>]]></r>`, ""],
    [`\uFEFF<?xml version="1.0"?>\n<r a='1' b="&amp;"/>\n`, ""],
  ])("reads %j as namespace %j", (text, ns) => {
    expect(xmlRootNamespace(text)).toEqual({ namespaceUri: ns });
  });
});

describe("workbook settings and named items", () => {
  it("stores settings as JSON values", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      context.workbook.settings.add("capcycle.bindings", { charts: [{ name: "Chart 1", table: "T1" }] });
      await context.sync();
      const setting = context.workbook.settings.getItem("capcycle.bindings").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      await context.sync();
      expect(setting.value).toEqual({ charts: [{ name: "Chart 1", table: "T1" }] });
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.snapshot().settings).toEqual({ "capcycle.bindings": { charts: [{ name: "Chart 1", table: "T1" }] } });
  });

  it("named items follow the defined-name rules and share a namespace with tables", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: "x", A2: 1 });
    fake.seed.table("Sheet1", "A1:A2", { name: "Data" });
    for (const [name, code] of [
      ["data", "ItemAlreadyExists"],
      ["A1", "InvalidArgument"],
      ["has space", "InvalidArgument"],
    ] as const) {
      await expectOfficeError(
        fake.run(async (context) => {
          context.workbook.names.add(name, "=1");
          await context.sync();
        }),
        code,
      );
    }
    await fake.run(async (context) => {
      context.workbook.names.add("Rate", "=0.25", "a constant");
      const rate = context.workbook.names.getItem("Rate").load("type, value, comment");
      const range = context.workbook.names.add("Cell", "=Sheet1!$A$2").getRange().load("address");
      await context.sync();
      expect([rate.type, rate.value, rate.comment]).toEqual(["Double", 0.25, "a constant"]);
      expect(range.address).toBe("Sheet1!A2");
    });
    expect(fake.snapshot().names).toEqual({
      Rate: { formula: "=0.25", comment: "a constant", visible: true },
      Cell: { formula: "=Sheet1!$A$2", comment: "", visible: true },
    });
  });
});
