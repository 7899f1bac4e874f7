/**
 * The mapping an import starts from, found in the table: the header row, the layout (long when
 * the header names field, period and value columns; wide when periods run across), each
 * column's role, and each row label's field. The person can change all of it in the preview.
 */
import type { Dataset } from "../dataset/types";
import { compactKey } from "../text";
import { fieldOfLabel, roleOfHeader } from "./headers";
import { isRelativePeriod, readPeriod } from "./spellings";
import type { Cell, ColumnRole, ImportMapping, SourceTable } from "./types";

/** How far down a header row is looked for (title lines, "单位：万元" notes come first). */
const HEADER_SCAN = 30;
/** How many body rows are sampled to find the label column of a wide table. */
const LABEL_SAMPLE = 200;

export const cellText = (c: Cell | undefined): string => (c === null || c === undefined ? "" : typeof c === "number" ? String(c) : c.trim());

function longRoles(row: readonly Cell[]): ColumnRole[] | null {
  const roles = row.map((c): ColumnRole => {
    const r = roleOfHeader(cellText(c));
    return r ? ({ role: r }) : { role: "ignore" };
  });
  const has = (r: ColumnRole["role"]): boolean => roles.some((x) => x.role === r);
  return has("field") && has("period") && has("value") ? roles : null;
}

function periodColumns(row: readonly Cell[]): number {
  let n = 0;
  for (const c of row) {
    const t = cellText(c);
    if (t !== "" && (readPeriod(typeof c === "number" ? c : t) || isRelativePeriod(t))) n++;
  }
  return n;
}

function widthOf(t: SourceTable): number {
  let w = 0;
  for (const r of t.rows) w = Math.max(w, r.length);
  return w;
}

/** Finds the header row and layout; null when the table has neither period headers nor long-layout headers. */
export function detectMapping(ds: Dataset, table: SourceTable, tableIndex: number): ImportMapping | null {
  const width = widthOf(table);
  const scan = Math.min(HEADER_SCAN, table.rows.length);
  for (let r = 0; r < scan; r++) {
    const row = table.rows[r]!;
    const long = longRoles(row);
    if (long) {
      while (long.length < width) long.push({ role: "ignore" });
      return withFields(ds, table, { table: tableIndex, layout: "long", headerRow: r, columns: long, fields: {}, companies: {} });
    }
    if (periodColumns(row) >= 1) return withFields(ds, table, { table: tableIndex, layout: "wide", headerRow: r, columns: wideRoles(ds, table, r, width), fields: {}, companies: {} });
  }
  return null;
}

function wideRoles(ds: Dataset, table: SourceTable, headerRow: number, width: number): ColumnRole[] {
  const header = table.rows[headerRow]!;
  const roles: ColumnRole[] = [];
  for (let c = 0; c < width; c++) {
    const cell = header[c] ?? null;
    const text = cellText(cell);
    const p = text === "" ? null : readPeriod(typeof cell === "number" ? cell : text);
    if (p) roles.push(p.basis ? { role: "period", period: p.id, basis: p.basis } : { role: "period", period: p.id });
    else if (text !== "" && isRelativePeriod(text)) roles.push({ role: "period" });
    else {
      const word = roleOfHeader(text);
      roles.push(word && word !== "period" && word !== "value" ? ({ role: word }) : { role: "ignore" });
    }
  }
  // A header right of the periods that is neither a period nor one of our words is a period
  // this import cannot read: named in the preview rather than silently dropped.
  const firstPeriod = roles.findIndex((r) => r.role === "period");
  for (let c = firstPeriod + 1; firstPeriod >= 0 && c < width; c++)
    if (roles[c]!.role === "ignore" && cellText(header[c]) !== "") roles[c] = { role: "period" };
  if (!roles.some((r) => r.role === "field")) {
    // No "指标" header: the label column is the text column whose cells name the most fields.
    let best = -1;
    let bestHits = 0;
    const body = table.rows.slice(headerRow + 1, headerRow + 1 + LABEL_SAMPLE);
    for (let c = 0; c < width; c++) {
      if (roles[c]!.role !== "ignore") continue;
      let hits = 0;
      for (const row of body) {
        const t = cellText(row[c]);
        if (t !== "" && typeof row[c] === "string" && fieldOfLabel(ds, t) !== null) hits++;
      }
      if (hits > bestHits) [best, bestHits] = [c, hits];
    }
    if (best < 0) best = roles.findIndex((r, c) => r.role === "ignore" && body.some((row) => typeof row[c] === "string"));
    if (best >= 0) roles[best] = { role: "field" };
  }
  return roles;
}

/** Fills `fields`: every distinct label of the field column → its field (null when unknown). */
export function withFields(ds: Dataset, table: SourceTable, m: ImportMapping): ImportMapping {
  const col = m.columns.findIndex((r) => r.role === "field");
  const fields: Record<string, string | null> = { ...m.fields };
  if (col >= 0)
    for (let r = m.headerRow + 1; r < table.rows.length; r++) {
      const t = cellText(table.rows[r]![col]);
      if (t === "") continue;
      const key = compactKey(t);
      if (!(key in fields)) fields[key] = fieldOfLabel(ds, t);
    }
  return { ...m, fields };
}
