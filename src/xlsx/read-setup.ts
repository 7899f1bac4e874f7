/**
 * Reading a package's print and view setup back, as stored: a sheet's frozen pane,
 * page setup, fit-to-page flag, margins, footer and manual page breaks, and the workbook's defined names.
 */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

export interface ReadSetup {
  readonly pane: { readonly xSplit: number; readonly ySplit: number; readonly topLeftCell: string; readonly state: string } | null;
  readonly fitToPage: boolean;
  readonly pageSetup: Readonly<Record<string, string>>;
  readonly margins: Readonly<Record<string, string>>;
  readonly oddFooter: string;
  /** Manual row breaks: the 0-based first row of each page after a break (a <brk id> is the 1-based last row before it). */
  readonly rowBreaks: readonly number[];
  /** Defined names: name, its formula, and the sheet index it is local to (null: workbook). */
  readonly names: readonly { readonly name: string; readonly refersTo: string; readonly localSheetId: number | null }[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false, htmlEntities: true, isArray: (n) => n === "definedName" || n === "sheet" || n === "Relationship" || n === "sheetView" || n === "brk" });

type Node = Record<string, unknown>;
const obj = (v: unknown): Node => (v && typeof v === "object" ? (v as Node) : {});
const attrs = (v: unknown): Record<string, string> => Object.fromEntries(Object.entries(obj(v)).filter(([, x]) => typeof x === "string")) as Record<string, string>;
const parse = (xml: string): Node => obj(parser.parse(xml) as unknown);
const str = (v: unknown, fallback = ""): string => (typeof v === "string" ? v : fallback);
const text = (v: unknown): string => (typeof v === "string" ? v : typeof obj(v)["#text"] === "string" ? (obj(v)["#text"] as string) : "");

/** The setup of sheet `index` (0: the first) and the workbook's names. */
export async function readSetup(xlsx: Uint8Array, index = 0): Promise<ReadSetup> {
  const zip = await JSZip.loadAsync(xlsx);
  const wb = obj(parse((await zip.file("xl/workbook.xml")?.async("string")) ?? "")["workbook"]);
  const first = (obj(wb["sheets"])["sheet"] as Node[] | undefined)?.[index];
  const rels = obj(parse((await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "")["Relationships"]);
  const target = ((rels["Relationship"] as Node[] | undefined) ?? []).find((r) => r["Id"] === first?.["id"])?.["Target"];
  const sheetPath = typeof target === "string" ? (target.startsWith("/") ? target.slice(1) : `xl/${target}`) : "xl/worksheets/sheet1.xml";
  const ws = obj(parse((await zip.file(sheetPath)?.async("string")) ?? "")["worksheet"]);
  const view = (obj(ws["sheetViews"])["sheetView"] as Node[] | undefined)?.[0];
  const pane = view ? obj(view["pane"]) : {};
  return {
    pane:
      Object.keys(pane).length > 0
        ? { xSplit: Number(str(pane["xSplit"], "0")), ySplit: Number(str(pane["ySplit"], "0")), topLeftCell: str(pane["topLeftCell"]), state: str(pane["state"]) }
        : null,
    fitToPage: ["1", "true"].includes(str(obj(obj(ws["sheetPr"])["pageSetUpPr"])["fitToPage"])),
    pageSetup: attrs(ws["pageSetup"]),
    margins: attrs(ws["pageMargins"]),
    oddFooter: text(obj(ws["headerFooter"])["oddFooter"]),
    rowBreaks: ((obj(ws["rowBreaks"])["brk"] as Node[] | undefined) ?? []).filter((b) => ["1", "true"].includes(str(b["man"]))).map((b) => Number(str(b["id"]))),
    names: ((obj(wb["definedNames"])["definedName"] as Node[] | undefined) ?? []).map((d) => ({
      name: str(d["name"]),
      refersTo: text(d),
      localSheetId: d["localSheetId"] === undefined ? null : Number(str(d["localSheetId"])),
    })),
  };
}
