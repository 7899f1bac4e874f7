/**
 * Reading the charts of a package's sheet back, independently of how they were
 * written (Excelize, or LibreOffice re-saving the file): sheet → drawing → chart parts.
 * For each chart: its name and cell anchor, title, and per plot (bar/line group) its series
 * (name, categories and values as the formulas stored) and whether the plot sits on a
 * secondary value axis (a value axis on the right that crosses at the maximum).
 */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

export interface ReadSeries {
  /** The name's reference (`'Sheet'!$K$11`) or, for a literal name, null. */
  readonly nameRef: string | null;
  /** The literal name (`<c:tx><c:v>`), or null for a reference. */
  readonly nameText: string | null;
  readonly categories: string | null;
  readonly values: string | null;
}

export interface ReadPlot {
  /** "bar" (columns or bars) or "line" (others as their element name). */
  readonly kind: string;
  /** "col" or "bar" for bar plots. */
  readonly barDir: string | null;
  readonly secondary: boolean;
  readonly series: readonly ReadSeries[];
  /** The value axis's number format, when set. */
  readonly valueFormat: string | null;
}

export interface ReadChart {
  readonly name: string;
  readonly title: string;
  /** 0-based anchor cells: top-left, and the cell the bottom-right corner falls in, with offsets. */
  readonly from: { readonly col: number; readonly row: number; readonly colOff: number; readonly rowOff: number };
  readonly to: { readonly col: number; readonly row: number; readonly colOff: number; readonly rowOff: number };
  readonly plots: readonly ReadPlot[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor", "ser", "valAx", "catAx", "axId", "Relationship", "r", "p"].includes(name),
});

type Node = Record<string, unknown>;
const obj = (v: unknown): Node => (v && typeof v === "object" ? (v as Node) : {});
const arr = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [obj(v)]);
const text = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : typeof obj(v)["#text"] === "string" ? (obj(v)["#text"] as string) : "");
/** The parsed document as plain objects (fast-xml-parser returns `any`). */
const parse = (xml: string): Node => obj(parser.parse(xml) as unknown);
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const val = (v: unknown): string | null => {
  const a = obj(v)["@val"];
  return typeof a === "string" ? a : null;
};

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

async function rels(zip: JSZip, part: string): Promise<Map<string, string>> {
  const i = part.lastIndexOf("/");
  const path = `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
  const xml = await zip.file(path)?.async("string");
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const r of arr(obj(parse(xml)["Relationships"])["Relationship"])) out.set(str(r["@Id"]), resolve(part, str(r["@Target"])));
  return out;
}

async function sheetPart(zip: JSZip, index: number): Promise<string> {
  const wb = parse((await zip.file("xl/workbook.xml")?.async("string")) ?? "");
  const sheet = arr(obj(obj(wb["workbook"])["sheets"])["sheet"])[index];
  const id = sheet ? str(sheet["@id"]) : "";
  const path = (await rels(zip, "xl/workbook.xml")).get(id);
  if (!path) throw new Error(`the package has no sheet ${index + 1}`);
  return path;
}

const anchorCell = (n: unknown) => {
  const o = obj(n);
  return { col: Number(text(o["col"])), row: Number(text(o["row"])), colOff: Number(text(o["colOff"])), rowOff: Number(text(o["rowOff"])) };
};

function richText(tx: unknown): string {
  const rich = obj(obj(tx)["rich"]);
  return arr(rich["p"])
    .map((p) => arr(p["r"]).map((r) => text(r["t"])).join(""))
    .join("\n");
}

function readSeries(s: Node): ReadSeries {
  const tx = obj(s["tx"]);
  const ref = (n: unknown): string | null => {
    const o = obj(n);
    const r = o["numRef"] ?? o["strRef"] ?? o["multiLvlStrRef"];
    return r === undefined ? null : text(obj(r)["f"]);
  };
  return {
    nameRef: tx["strRef"] !== undefined ? text(obj(tx["strRef"])["f"]) : null,
    nameText: tx["v"] !== undefined ? text(tx["v"]) : null,
    categories: ref(s["cat"]),
    values: ref(s["val"]),
  };
}

function readChartXml(xml: string): { title: string; plots: ReadPlot[] } {
  const chart = obj(obj(parse(xml)["chartSpace"])["chart"]);
  const plotArea = obj(chart["plotArea"]);
  const valAxes = arr(plotArea["valAx"]);
  const plots: ReadPlot[] = [];
  for (const [key, node] of Object.entries(plotArea)) {
    if (!key.endsWith("Chart")) continue;
    for (const p of arr(node)) {
      const ids = arr(p["axId"]).map((a) => val(a));
      const axis = valAxes.find((a) => ids.includes(val(arr(a["axId"])[0])));
      const secondary = axis !== undefined && (val(axis["axPos"]) === "r" || val(axis["crosses"]) === "max");
      const fmt = axis ? obj(axis["numFmt"])["@formatCode"] : undefined;
      plots.push({
        kind: key.replace(/Chart$/, ""),
        barDir: val(p["barDir"]),
        secondary,
        series: arr(p["ser"]).map(readSeries),
        valueFormat: typeof fmt === "string" ? fmt : null,
      });
    }
  }
  return { title: richText(obj(chart["title"])["tx"]), plots };
}

/** The charts on the package's sheet `index` (0: the first), in drawing order. */
export async function readCharts(xlsx: Uint8Array, index = 0): Promise<ReadChart[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheet = await sheetPart(zip, index);
  const sheetXml = parse((await zip.file(sheet)?.async("string")) ?? "");
  const drawingId = obj(obj(sheetXml["worksheet"])["drawing"])["@id"];
  if (typeof drawingId !== "string") return [];
  const drawing = (await rels(zip, sheet)).get(drawingId);
  if (!drawing) return [];
  const drawingRels = await rels(zip, drawing);
  const wsDr = obj(parse((await zip.file(drawing)?.async("string")) ?? "")["wsDr"]);
  const out: ReadChart[] = [];
  for (const a of arr(wsDr["twoCellAnchor"])) {
    const frame = obj(a["graphicFrame"]);
    if (Object.keys(frame).length === 0) continue;
    const chartRef = obj(obj(obj(frame["graphic"])["graphicData"])["chart"])["@id"];
    const part = typeof chartRef === "string" ? drawingRels.get(chartRef) : undefined;
    const xml = part ? await zip.file(part)?.async("string") : undefined;
    if (!xml) continue;
    const name = obj(obj(frame["nvGraphicFramePr"])["cNvPr"])["@name"];
    out.push({ name: typeof name === "string" ? name : "", from: anchorCell(a["from"]), to: anchorCell(a["to"]), ...readChartXml(xml) });
  }
  return out;
}
