/**
 * Two things Excelize writes differently from Excel, put back the way Excel writes them (one
 * pass over the package, only where they occur):
 *
 * - A formula whose cached result is the empty string: Excel stores `<c t="str"><f>…</f><v></v>`;
 *   Excelize drops the empty `<v>` when it rewrites the sheet, which leaves the cell without a
 *   cached result. The empty `<v></v>` is restored (read.ts reads either as "").
 * - A series name no cell holds: Excelize writes every name as a reference
 *   (`<c:tx><c:strRef><c:f>`), so such a name went in as a placeholder reference
 *   (deliverable.ts) and becomes the literal Excel writes for `series.name = "…"`
 *   (`<c:tx><c:v>`), as the add-in sets it.
 */
import JSZip from "jszip";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `<c … t="str"><f>…</f></c>` (no cached value) → `<c … t="str"><f>…</f><v></v></c>`. */
export function restoreEmptyStringResults(sheetXml: string): string {
  return sheetXml.replace(/<c\b([^>]*\bt="str"[^>]*)>(<f\b[^>]*(?:\/>|>[^<]*<\/f>))<\/c>/g, "<c$1>$2<v></v></c>");
}

/** Replaces each placeholder series-name reference in a chart part by the literal name. */
export function literalSeriesNames(chartXml: string, names: ReadonlyMap<string, string>, found: Set<string>): string {
  let xml = chartXml;
  for (const [key, name] of names) {
    const ref = new RegExp(`<((?:\\w+:)?)tx><(?:\\w+:)?strRef><(?:\\w+:)?f>${key}</(?:\\w+:)?f>(?:<(?:\\w+:)?strCache>[\\s\\S]*?</(?:\\w+:)?strCache>)?</(?:\\w+:)?strRef></(?:\\w+:)?tx>`, "g");
    xml = xml.replace(ref, (_m, p: string) => {
      found.add(key);
      return `<${p}tx><${p}v>${escapeXml(name)}</${p}v></${p}tx>`;
    });
  }
  return xml;
}

export async function afterExcelize(xlsx: Uint8Array, literalNames: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const found = new Set<string>();
  for (const path of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) {
      const xml = await zip.file(path)!.async("string");
      const fixed = restoreEmptyStringResults(xml);
      if (fixed !== xml) zip.file(path, fixed);
    } else if (literalNames.size > 0 && /^xl\/charts\/chart\d+\.xml$/.test(path)) {
      const xml = await zip.file(path)!.async("string");
      zip.file(path, literalSeriesNames(xml, literalNames, found));
    }
  }
  const lost = [...literalNames.keys()].filter((k) => !found.has(k));
  if (lost.length > 0) throw new Error(`series name placeholders not found in any chart part: ${lost.join(", ")}`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
