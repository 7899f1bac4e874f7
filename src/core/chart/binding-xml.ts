/**
 * The chart-binding record as a custom XML part: one root element in our namespace holding
 * the BindingDocument as JSON text. Custom XML parts survive save, reopen and the xlsx
 * export (customXml/itemN.xml); `getByNamespace(BINDINGS_NAMESPACE)` finds every part we
 * wrote (one per template or chart-from-selection; refresh reads them all).
 */
import type { BindingDocument, ChartBinding, TemplateRecord } from "./types";
import { escapeXml, unescapeXml } from "../xml-text";

export const BINDINGS_NAMESPACE = "https://capcycle.app/bindings/v1";

export function serializeBindings(doc: BindingDocument): string {
  return `<?xml version="1.0" encoding="UTF-8"?><capcycle xmlns="${BINDINGS_NAMESPACE}" version="1"><data>${escapeXml(JSON.stringify(doc))}</data></capcycle>`;
}

const isStr = (v: unknown): v is string => typeof v === "string";

function isRow(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return isStr(r.label) && (r.section === undefined || isStr(r.section)) && typeof r.index === "number" && Number.isInteger(r.index) && r.index >= 0;
}

/** A series: name and column in every record; a row (model layout) is checked where present. */
function isSeries(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  const s = v as Record<string, unknown>;
  return isStr(s.column) && isStr(s.name) && (s.row === undefined || isRow(s.row));
}

function isBinding(v: unknown): v is ChartBinding {
  if (typeof v !== "object" || v === null) return false;
  const b = v as Record<string, unknown>;
  return (
    isStr(b.id) &&
    isStr(b.kind) &&
    isStr(b.sheet) &&
    isStr(b.chart) &&
    isStr(b.table) &&
    isStr(b.categoryColumn) &&
    isStr(b.type) &&
    isStr(b.position) &&
    Array.isArray(b.series) &&
    b.series.every(isSeries) &&
    (b.seriesBy === undefined || (b.seriesBy === "rows" && b.series.every((s: { row?: unknown }) => isRow(s.row)))) &&
    (b.frequency === undefined || isStr(b.frequency)) &&
    (b.firstPeriod === undefined || isStr(b.firstPeriod))
  );
}

function isRecord(v: unknown): v is TemplateRecord {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return isStr(r.sheet) && isStr(r.entity) && typeof r.cells === "object" && r.cells !== null;
}

/**
 * Reads a part's XML. Unknown or damaged entries are dropped (and counted), never thrown:
 * refresh must still handle the charts it can read.
 */
export function parseBindings(xml: string): { ok: true; doc: BindingDocument; dropped: number } | { ok: false; reason: string } {
  const m = /<(?:[A-Za-z_][\w.-]*:)?data(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?data>/.exec(xml);
  if (!m || !xml.includes(BINDINGS_NAMESPACE)) return { ok: false, reason: "not a CapCycle binding part" };
  let raw: unknown;
  try {
    raw = JSON.parse(unescapeXml(m[1]!));
  } catch {
    return { ok: false, reason: "binding data is not valid JSON" };
  }
  if (typeof raw !== "object" || raw === null || (raw as { version?: unknown }).version !== 1) return { ok: false, reason: "unknown binding version" };
  const r = raw as { charts?: unknown; templates?: unknown };
  const charts = Array.isArray(r.charts) ? r.charts : [];
  const templates = Array.isArray(r.templates) ? r.templates : [];
  const goodCharts = charts.filter(isBinding);
  const goodTemplates = templates.filter(isRecord);
  return {
    ok: true,
    doc: { version: 1, charts: goodCharts, templates: goodTemplates },
    dropped: charts.length - goodCharts.length + templates.length - goodTemplates.length,
  };
}
