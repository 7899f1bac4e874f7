/**
 * buildPreview(source, dataset, mapping?): what an import would store, before anything is
 * stored. Pure: the same source and mapping give the same preview; editing the mapping (a row
 * label to another field or "do not import", a column's role, a company's id or names, a
 * default unit) and calling it again gives the new preview.
 *
 * Every cell that will not be imported is listed with its row and column and the reason;
 * blanks stay blank (no figure, no message). A company the file names that is also bundled
 * (same code or name) becomes its own entity; its figures are compared with the bundled ones
 * and every disagreement is listed as a conflict.
 */
import type { Dataset, FieldRecord } from "../dataset/types";
import type { Localized } from "../errors";
import { compactKey } from "../text";
import { readCell, looksLikeFormula } from "./cells";
import { chooseCompanies, findConflicts } from "./companies";
import { cellText, detectMapping } from "./detect";
import { companyKey } from "./entity-ids";
import { tableUnit, unitOf, type UnitContext } from "./figure-units";
import { addDaFromParts, resolveDuplicates, type Candidate } from "./figures";
import { IMPORTED_GROUP } from "./group";
import { closestFields, DA_PART, fieldOfLabel, readLabel } from "./headers";
import { IMPORT_MSG } from "./messages";
import { placeOf } from "./place";
import { isRelativePeriod, readPeriod, readUnit, type UnitReading } from "./spellings";
import type { Basis, ImportIssue, ImportMapping, ImportPreview, ParsedSource, StoredSegment } from "./types";

export { IMPORTED_GROUP };

function emptyPreview(src: ParsedSource, blocking: Localized[], mapping?: ImportMapping): ImportPreview {
  return {
    source: sourceInfo(src),
    mapping: mapping ?? { table: 0, layout: "wide", headerRow: 0, columns: [], fields: {}, companies: {} },
    headers: [],
    labels: [],
    companies: [],
    figures: [],
    skipped: [],
    conflicts: [],
    segments: [],
    blocking,
  };
}

function sourceInfo(src: ParsedSource): ImportPreview["source"] {
  return { file: src.file, kind: src.kind, ...(src.encoding ? { encoding: src.encoding } : {}), tables: src.tables.map((t) => t.sheet ?? t.file) };
}

/** The mapping found in the source: the first table whose labels name a known field, else the first readable one. */
export function autoMapping(src: ParsedSource, ds: Dataset): ImportMapping | null {
  let first: ImportMapping | null = null;
  for (let i = 0; i < src.tables.length; i++) {
    const m = detectMapping(ds, src.tables[i]!, i);
    if (!m) continue;
    if (Object.values(m.fields).some((f) => f !== null)) return m;
    first ??= m;
  }
  return first;
}

/** A unit note above the header ("单位：万元", "Unit: RMB mn"). */
const BASIS_WORDS: ReadonlyMap<string, Basis> = new Map([
  ...["forecast", "e", "f", "fc", "预测", "预期", "一致预期"].map((w): [string, Basis] => [w, "forecast"]),
  ...["target", "guidance", "目标", "指引"].map((w): [string, Basis] => [w, "target"]),
  ...["estimate", "est", "估计", "估算"].map((w): [string, Basis] => [w, "estimate"]),
]);

/** Units allowed per field kind; the default where a kind has an obvious one. */
export function buildPreview(src: ParsedSource, ds: Dataset, given?: ImportMapping): ImportPreview {
  if (src.failure) return emptyPreview(src, [src.failure]);
  const mapping = given ?? autoMapping(src, ds);
  if (!mapping) return emptyPreview(src, [IMPORT_MSG.noPeriod(src.file)]);
  const table = src.tables[mapping.table];
  if (!table) return emptyPreview(src, [IMPORT_MSG.noPeriod(src.file)], mapping);

  const skipped: ImportIssue[] = [];
  const candidates: Candidate[] = [];
  const cols = mapping.columns;
  const colOf = (role: string): number => cols.findIndex((c) => c.role === role);
  const fieldCol = colOf("field");
  const codeCol = colOf("code");
  const nameCol = colOf("name");
  const unitCol = colOf("unit");
  const segCol = colOf("segment");
  const basisCol = colOf("basis");
  const periodCol = colOf("period");
  const valueCol = colOf("value");
  const header = table.rows[mapping.headerRow] ?? [];
  const headers = cols.map((_, c) => cellText(header[c]));
  const fallbackUnit = mapping.defaultUnit ? (readUnit(mapping.defaultUnit) ?? undefined) : undefined;
  const noteUnit = tableUnit(table, mapping.headerRow);
  const defaultName = mapping.defaultCompany ?? src.file.replace(/\.[^.]+$/, "");

  // Companies as rows name them; carried down in wide tables where the code sits on a block's first row only.
  const companies = new Map<string, { code: string; name: string; figures: number }>();
  let lastCompany: { code: string; name: string } | undefined;
  const companyOfRow = (row: readonly (string | number | null)[], r: number): string | undefined => {
    let code = codeCol >= 0 ? cellText(row[codeCol]) : "";
    let name = nameCol >= 0 ? cellText(row[nameCol]) : "";
    if (codeCol < 0 && nameCol < 0) name = defaultName;
    else if (code === "" && name === "") {
      if (mapping.layout === "wide" && lastCompany) ({ code, name } = lastCompany);
      else {
        const place = placeOf(table, r, Math.max(codeCol, nameCol, 0));
        skipped.push({ code: "no_company", place, message: IMPORT_MSG.noCompany(place) });
        return undefined;
      }
    }
    lastCompany = { code, name };
    const key = companyKey(code, name);
    const seen = companies.get(key);
    if (!seen) companies.set(key, { code, name: name || code, figures: 0 });
    else if (seen.name === seen.code && name !== "") seen.name = name;
    return key;
  };

  // Segments by name: known ones resolve to their ids, others become new imported segments.
  const newSegments = new Map<string, StoredSegment>();
  const segmentOf = (text: string): string | undefined => {
    if (text === "") return undefined;
    const ids = ds.segmentKeys.get(compactKey(text));
    if (ids) return ids[0];
    const key = compactKey(text);
    const existing = newSegments.get(key);
    if (existing) return existing.id;
    const ascii = text.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
    let id = /^[a-z]/.test(ascii) ? ascii : `segment_${newSegments.size + 1}`;
    while (ds.segmentById.has(id) || [...newSegments.values()].some((s) => s.id === id)) id = `${id}_2`;
    newSegments.set(key, { id, name_en: text, name_zh: text });
    return id;
  };

  const labelRows = new Map<string, { label: string; rows: number }>();
  const closestCache = new Map<string, string[]>();
  const closest = (label: string): string[] => {
    const k = compactKey(label);
    let hit = closestCache.get(k);
    if (!hit) closestCache.set(k, (hit = closestFields(ds, label)));
    return hit;
  };
  const fieldFor = (label: string, r: number, c: number): { field: FieldRecord | typeof DA_PART; labelUnit?: UnitReading } | undefined => {
    const key = compactKey(label);
    const entry = labelRows.get(key);
    if (entry) entry.rows++;
    else labelRows.set(key, { label, rows: 1 });
    const id = key in mapping.fields ? mapping.fields[key] : undefined;
    const place = placeOf(table, r, c);
    if (id === null || id === undefined) {
      // A label the catalogue knows but the mapping leaves out was set aside by the person.
      skipped.push(
        fieldOfLabel(ds, label) !== null
          ? { code: "ignored", place, message: IMPORT_MSG.ignored(place, label) }
          : { code: "unknown_field", place, message: IMPORT_MSG.unknownField(place, label, closest(label)) },
      );
      return undefined;
    }
    const lu = readLabel(label).unit;
    if (id === DA_PART) return { field: DA_PART, ...(lu ? { labelUnit: lu } : {}) };
    const field = ds.fieldById.get(id);
    if (!field) {
      skipped.push({ code: "unknown_field", place, message: IMPORT_MSG.unknownField(place, label, closest(label)) });
      return undefined;
    }
    return { field, ...(lu ? { labelUnit: lu } : {}) };
  };

  const addNumber = (
    company: string,
    fieldSel: FieldRecord | typeof DA_PART,
    period: string,
    basis: Basis | undefined,
    segment: string | undefined,
    raw: string | number | null,
    ctx: UnitContext,
    r: number,
    c: number,
    label: string,
  ): void => {
    const cell = readCell(raw);
    if (cell.kind === "blank") return;
    const place = placeOf(table, r, c);
    if (cell.kind === "text") {
      skipped.push(
        looksLikeFormula(cell.text)
          ? { code: "formula_text", place, message: IMPORT_MSG.formulaText(place, cell.text) }
          : { code: "text_in_number", place, message: IMPORT_MSG.textInNumber(place, cell.text) },
      );
      return;
    }
    const field = fieldSel === DA_PART ? ds.fieldById.get("da")! : fieldSel;
    const u = unitOf(field, cell, ctx, place);
    if (!u.ok) {
      skipped.push(u.issue);
      return;
    }
    candidates.push({
      company,
      // Each supplement line is its own part (keyed by its label), summed into D&A later.
      field: fieldSel === DA_PART ? `${DA_PART}:${compactKey(label)}` : field.id,
      period,
      ...(segment ? { segment } : {}),
      value: cell.value,
      unit: u.unit.id,
      printed: cell.printed,
      ...(basis ? { basis } : {}),
      place,
      label,
    });
  };

  if (mapping.layout === "wide") {
    const periodCols: { c: number; period: string; basis?: "forecast"; headerUnit?: UnitReading }[] = [];
    cols.forEach((role, c) => {
      if (role.role !== "period") return;
      const place = placeOf(table, mapping.headerRow, c);
      if (!role.period) {
        const text = headers[c] ?? "";
        skipped.push(
          isRelativePeriod(text)
            ? { code: "period_relative", place, message: IMPORT_MSG.periodRelative(place, text) }
            : { code: "period_unreadable", place, message: IMPORT_MSG.periodUnreadable(place, text) },
        );
        return;
      }
      const hu = readLabel(headers[c] ?? "").unit;
      periodCols.push({ c, period: role.period, ...(role.basis ? { basis: role.basis } : {}), ...(hu ? { headerUnit: hu } : {}) });
    });
    if (fieldCol >= 0 && periodCols.length > 0)
      for (let r = mapping.headerRow + 1; r < table.rows.length; r++) {
        const row = table.rows[r]!;
        const label = cellText(row[fieldCol]);
        if (label === "") continue;
        const company = companyOfRow(row, r);
        if (company === undefined) continue;
        const sel = fieldFor(label, r, fieldCol);
        if (!sel) continue;
        const segment = segCol >= 0 ? segmentOf(cellText(row[segCol])) : undefined;
        const column = unitCol >= 0 ? cellText(row[unitCol]) : undefined;
        for (const pc of periodCols)
          addNumber(company, sel.field, pc.period, pc.basis, segment, row[pc.c] ?? null, { ...(column !== undefined ? { column } : {}), ...(sel.labelUnit ? { label: sel.labelUnit } : {}), ...(pc.headerUnit ? { header: pc.headerUnit } : {}), ...(noteUnit ? { table: noteUnit } : {}), ...(fallbackUnit ? { fallback: fallbackUnit } : {}) }, r, pc.c, label);
      }
  } else if (fieldCol >= 0 && periodCol >= 0 && valueCol >= 0) {
    const valueUnit = readLabel(headers[valueCol] ?? "").unit;
    for (let r = mapping.headerRow + 1; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      const label = cellText(row[fieldCol]);
      if (label === "" && row.every((c) => c === null)) continue;
      if (label === "") {
        const place = placeOf(table, r, fieldCol);
        skipped.push({ code: "unknown_field", place, message: IMPORT_MSG.unknownField(place, "", []) });
        continue;
      }
      const company = companyOfRow(row, r);
      if (company === undefined) continue;
      const sel = fieldFor(label, r, fieldCol);
      if (!sel) continue;
      const pRaw = row[periodCol] ?? null;
      const pText = cellText(pRaw);
      const p = readPeriod(typeof pRaw === "number" ? pRaw : pText);
      if (!p) {
        const place = placeOf(table, r, periodCol);
        skipped.push(
          isRelativePeriod(pText)
            ? { code: "period_relative", place, message: IMPORT_MSG.periodRelative(place, pText) }
            : { code: "period_unreadable", place, message: IMPORT_MSG.periodUnreadable(place, pText) },
        );
        continue;
      }
      const basisText = basisCol >= 0 ? compactKey(cellText(row[basisCol])) : "";
      const basis = p.basis ?? BASIS_WORDS.get(basisText);
      const segment = segCol >= 0 ? segmentOf(cellText(row[segCol])) : undefined;
      const column = unitCol >= 0 ? cellText(row[unitCol]) : undefined;
      addNumber(company, sel.field, p.id, basis, segment, row[valueCol] ?? null, { ...(column !== undefined ? { column } : {}), ...(sel.labelUnit ? { label: sel.labelUnit } : {}), ...(valueUnit ? { header: valueUnit } : {}), ...(noteUnit ? { table: noteUnit } : {}), ...(fallbackUnit ? { fallback: fallbackUnit } : {}) }, r, valueCol, label);
    }
  }

  const figures = resolveDuplicates(candidates, skipped);
  const withDa = addDaFromParts(figures, skipped);
  for (const f of withDa) companies.get(f.company)!.figures++;

  const blocking: Localized[] = [];
  const known = Object.values(mapping.fields).some((f) => f !== null);
  if (!known) blocking.push(IMPORT_MSG.noField(src.file));
  const previewCompanies = chooseCompanies(ds, mapping, companies, blocking);
  const conflicts = findConflicts(ds, withDa, previewCompanies);
  const labels = [...labelRows.entries()].map(([key, v]) => ({ label: v.label, key, field: mapping.fields[key] ?? null, rows: v.rows }));
  const full: ImportMapping = { ...mapping, companies: Object.fromEntries(previewCompanies.map((c) => [c.key, c.choice])) };
  return {
    source: sourceInfo(src),
    mapping: full,
    headers,
    labels,
    companies: previewCompanies.filter((c) => c.figures > 0 || companies.size === 1),
    figures: withDa,
    skipped,
    conflicts,
    segments: [...newSegments.values()].filter((s) => withDa.some((f) => f.segment === s.id)),
    blocking,
  };
}

/** Same (company, field, period, segment) twice: equal values import once; different values import neither. */
