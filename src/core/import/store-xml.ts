/**
 * The imported data as a custom XML part of the workbook (like the chart bindings): one root
 * element in our namespace holding the ImportedData as JSON text. The part travels with the
 * file — saved, reopened, exported to xlsx (customXml/itemN.xml) — so the workbook carries its
 * imported figures offline. Reading validates every record: a damaged record is dropped and
 * counted, never thrown.
 */
import { ENTITY_ID } from "./entity-ids";
import type { ImportedData, StoredEntity, StoredFigure, StoredSegment } from "./types";

export const IMPORT_NAMESPACE = "https://capcycle.app/imported/v1";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

export function serializeImported(data: ImportedData): string {
  return `<?xml version="1.0" encoding="UTF-8"?><capcycle-import xmlns="${IMPORT_NAMESPACE}" version="1"><data>${escapeXml(JSON.stringify(data))}</data></capcycle-import>`;
}

const isStr = (v: unknown): v is string => typeof v === "string";
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function isEntity(v: unknown): v is StoredEntity {
  return isObj(v) && isStr(v.id) && ENTITY_ID.test(v.id) && isStr(v.name_en) && isStr(v.name_zh) && isStr(v.source);
}

function isSegment(v: unknown): v is StoredSegment {
  return isObj(v) && isStr(v.id) && ENTITY_ID.test(v.id) && isStr(v.name_en) && isStr(v.name_zh);
}

function isFigure(v: unknown): v is StoredFigure {
  return (
    isObj(v) &&
    isStr(v.entity) &&
    isStr(v.field) &&
    isStr(v.period) &&
    typeof v.value === "number" &&
    Number.isFinite(v.value) &&
    isStr(v.unit) &&
    isStr(v.printed) &&
    isStr(v.file) &&
    typeof v.line === "number" &&
    isStr(v.cite)
  );
}

export type ParsedImported = { readonly ok: true; readonly data: ImportedData; readonly dropped: number } | { readonly ok: false; readonly reason: string };

export function parseImported(xml: string): ParsedImported {
  const m = /<(?:[A-Za-z_][\w.-]*:)?data(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?data>/.exec(xml);
  if (!m || !xml.includes(IMPORT_NAMESPACE)) return { ok: false, reason: "not a CapCycle import part" };
  let raw: unknown;
  try {
    raw = JSON.parse(unescapeXml(m[1]!));
  } catch {
    return { ok: false, reason: "import data is not valid JSON" };
  }
  if (!isObj(raw) || raw.version !== 1) return { ok: false, reason: "unknown import data version" };
  const entities = Array.isArray(raw.entities) ? raw.entities : [];
  const segments = Array.isArray(raw.segments) ? raw.segments : [];
  const figures = Array.isArray(raw.figures) ? raw.figures : [];
  const goodEntities = entities.filter(isEntity);
  const ids = new Set(goodEntities.map((e) => e.id));
  const goodSegments = segments.filter(isSegment);
  const goodFigures = figures.filter((f): f is StoredFigure => isFigure(f) && ids.has(f.entity));
  return {
    ok: true,
    data: { version: 1, entities: goodEntities, segments: goodSegments, figures: goodFigures },
    dropped: entities.length - goodEntities.length + segments.length - goodSegments.length + figures.length - goodFigures.length,
  };
}
