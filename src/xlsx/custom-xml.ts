/**
 * Custom XML parts in an .xlsx package, stored the way Excel stores the ones Office.js adds
 * (`workbook.customXmlParts.add`):
 *
 *   customXml/itemN.xml                 the part (our root element in our namespace)
 *   customXml/itemPropsN.xml            its properties: a GUID and the schema it uses
 *   customXml/_rels/itemN.xml.rels      item → itemProps
 *   xl/_rels/workbook.xml.rels          workbook → ../customXml/itemN.xml (type customXml)
 *   [Content_Types].xml                 Override for itemPropsN.xml (itemN.xml is plain xml)
 *
 * exceljs cannot write these, so the written zip is post-processed with jszip. Excel's
 * `customXmlParts.getByNamespace(ns)` then finds the part by its root element's namespace,
 * which is how "Refresh charts" reads the chart bindings of an exported file.
 */
import { createHash } from "node:crypto";
import JSZip from "jszip";

const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const NS_DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A GUID derived from the part's content, so the same export gives the same package. */
function itemGuid(xml: string): string {
  const h = createHash("sha1").update(xml).digest("hex").toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

/** The namespace of the part's root element ("" when it has none). */
function rootNamespace(xml: string): string {
  const root = /<(?!\?|!)([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*([^>]*)>/.exec(xml);
  if (!root) return "";
  const prefix = root[1] ? root[1].slice(0, -1) : "";
  const attr = new RegExp(`\\bxmlns${prefix ? `:${prefix}` : ""}="([^"]*)"`).exec(root[2] ?? "");
  return attr?.[1] ?? "";
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`not an xlsx package: ${path} is missing`);
  return f.async("string");
}

/** Adds one custom XML part to an .xlsx package; returns the new package. */
export async function addCustomXmlPart(xlsx: Uint8Array, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  const ns = rootNamespace(xml);
  const props =
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n` +
    `<ds:datastoreItem ds:itemID="${itemGuid(xml)}" xmlns:ds="${NS_DATASTORE}">` +
    (ns ? `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttr(ns)}"/></ds:schemaRefs>` : `<ds:schemaRefs/>`) +
    `</ds:datastoreItem>`;
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(`customXml/itemProps${n}.xml`, props);
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${NS_RELS}"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );

  const rels = await text(zip, WORKBOOK_RELS);
  const ids = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let id = 1;
  while (ids.has(`rId${id}`)) id++;
  zip.file(WORKBOOK_RELS, rels.replace("</Relationships>", `<Relationship Id="rId${id}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`));

  const types = await text(zip, CONTENT_TYPES);
  zip.file(CONTENT_TYPES, types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_CUSTOM_XML_PROPS}"/></Types>`));

  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The custom XML parts the workbook refers to (through workbook.xml.rels), in order, with
 * their root namespace — what Excel's customXmlParts collection would list.
 */
export async function readCustomXmlParts(xlsx: Uint8Array): Promise<{ path: string; namespace: string; xml: string }[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const rels = await text(zip, WORKBOOK_RELS);
  const out: { path: string; namespace: string; xml: string }[] = [];
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    if (!attrs.includes(`Type="${REL_CUSTOM_XML}"`)) continue;
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (!target) continue;
    const path = target.replace(/^\.\.\//, "").replace(/^\//, "");
    const f = zip.file(path);
    if (!f) continue;
    const xml = await f.async("string");
    out.push({ path, namespace: rootNamespace(xml), xml });
  }
  return out;
}
