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
import { seriesKey } from "../dataset/build";
import { exponentOf, printedDecimals, shiftDecimal, unitDef } from "../dataset/numbers";
import { disagree } from "../dataset/statements";
import type { Dataset, FieldRecord, Statement } from "../dataset/types";
import type { Localized } from "../errors";
import { compactKey } from "../text";
import { readCell, looksLikeFormula, type CellRead } from "./cells";
import { cellText, detectMapping } from "./detect";
import { companyKey, deriveEntityId, ENTITY_ID, tickerOf } from "./entity-ids";
import { closestFields, DA_PART, fieldOfLabel, readLabel } from "./headers";
import { IMPORTED_GROUP } from "./group";
import { ISSUE } from "./messages";
import { placeOf } from "./place";
import { isRelativePeriod, readPeriod, readUnit, type UnitReading } from "./spellings";
import type {
  Basis,
  CompanyChoice,
  ImportConflict,
  ImportFigure,
  ImportIssue,
  ImportMapping,
  ImportPreview,
  ParsedSource,
  Place,
  PreviewCompany,
  SourceTable,
  StoredSegment,
} from "./types";

export { IMPORTED_GROUP };

const isBundled = (ds: Dataset, id: string): boolean => {
  const e = ds.entityById.get(id);
  return e !== undefined && e.group !== IMPORTED_GROUP;
};

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
function tableUnit(t: SourceTable, headerRow: number): UnitReading | undefined {
  for (let r = 0; r < headerRow; r++)
    for (const c of t.rows[r]!) {
      const m = /^(?:单位|金额单位|unit|units|currency)\s*[:：]\s*(.+)$/i.exec(cellText(c).normalize("NFKC"));
      const u = m ? readUnit(m[1]) : null;
      if (u) return u;
    }
  return undefined;
}

interface Candidate extends ImportFigure {
  readonly label?: string;
}

const BASIS_WORDS: ReadonlyMap<string, Basis> = new Map([
  ...["forecast", "e", "f", "fc", "预测", "预期", "一致预期"].map((w): [string, Basis] => [w, "forecast"]),
  ...["target", "guidance", "目标", "指引"].map((w): [string, Basis] => [w, "target"]),
  ...["estimate", "est", "估计", "估算"].map((w): [string, Basis] => [w, "estimate"]),
]);

/** Units allowed per field kind; the default where a kind has an obvious one. */
function unitFits(field: FieldRecord, u: UnitReading): boolean {
  const k = u.def.kind;
  switch (field.kind) {
    case "money":
      return k === "money";
    case "percent":
    case "ratio":
      return k === "percent";
    case "multiple":
      return k === "multiple";
    default:
      return k === field.kind;
  }
}

const DEFAULT_UNIT: Partial<Record<FieldRecord["kind"], string>> = { multiple: "倍", days: "天" };

interface UnitContext {
  readonly column?: string;
  readonly label?: UnitReading;
  readonly header?: UnitReading;
  readonly table?: UnitReading;
  readonly fallback?: UnitReading;
}

type UnitOutcome = { ok: true; unit: UnitReading } | { ok: false; issue: ImportIssue };

function unitOf(field: FieldRecord, cell: Extract<CellRead, { kind: "number" }>, ctx: UnitContext, place: Place): UnitOutcome {
  const fieldName = `${field.id} (${field.name_zh})`;
  let unit: UnitReading | undefined;
  if (cell.percent) unit = readUnit("%")!;
  else if (cell.unitText !== undefined) {
    const u = readUnit(cell.unitText);
    if (!u) return { ok: false, issue: { code: "unit_unknown", place, message: ISSUE.unitUnknown(place, cell.unitText) } };
    unit = u;
  } else if (ctx.column !== undefined && ctx.column !== "") {
    const u = readUnit(ctx.column);
    if (!u) return { ok: false, issue: { code: "unit_unknown", place, message: ISSUE.unitUnknown(place, ctx.column) } };
    unit = u;
  } else unit = ctx.label ?? ctx.header ?? (field.kind === "money" ? (ctx.table ?? ctx.fallback) : undefined);
  if (!unit && DEFAULT_UNIT[field.kind]) unit = readUnit(DEFAULT_UNIT[field.kind])!;
  if (!unit) {
    if (field.kind === "percent" || field.kind === "ratio") return { ok: false, issue: { code: "bare_share", place, message: ISSUE.bareShare(place, cell.printed, fieldName) } };
    return { ok: false, issue: { code: "unit_missing", place, message: ISSUE.unitMissing(place, fieldName) } };
  }
  if (!unitFits(field, unit)) {
    if (unit.def.kind === "percent" && field.kind === "money")
      return { ok: false, issue: { code: "percent_in_amount", place, message: ISSUE.percentInAmount(place, cell.printed, fieldName) } };
    return { ok: false, issue: { code: "unit_kind", place, message: ISSUE.unitKind(place, unit.id, fieldName, field.kind) } };
  }
  return { ok: true, unit };
}

function baseStatement(value: number, unit: string, printed: string): Statement | undefined {
  const def = unitDef(unit);
  if (!def) return undefined;
  const exp = exponentOf(def.factor);
  const decimals = printedDecimals(value, printed);
  return {
    id: "",
    figure: { entity: "", field: "", period: "", value, unit, printed, file: "", line: 1 },
    unit: def,
    base: shiftDecimal(value, exp),
    halfUnit: shiftDecimal(5, exp - decimals - 1),
    primary: true,
  };
}

const figureKey = (f: Pick<ImportFigure, "company" | "field" | "period" | "segment">): string => `${f.company}|${f.field}|${f.period}|${f.segment ?? ""}`;

export function buildPreview(src: ParsedSource, ds: Dataset, given?: ImportMapping): ImportPreview {
  if (src.failure) return emptyPreview(src, [src.failure]);
  const mapping = given ?? autoMapping(src, ds);
  if (!mapping) return emptyPreview(src, [ISSUE.noPeriod(src.file)]);
  const table = src.tables[mapping.table];
  if (!table) return emptyPreview(src, [ISSUE.noPeriod(src.file)], mapping);

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
        skipped.push({ code: "no_company", place, message: ISSUE.noCompany(place) });
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
          ? { code: "ignored", place, message: ISSUE.ignored(place, label) }
          : { code: "unknown_field", place, message: ISSUE.unknownField(place, label, closest(label)) },
      );
      return undefined;
    }
    const lu = readLabel(label).unit;
    if (id === DA_PART) return { field: DA_PART, ...(lu ? { labelUnit: lu } : {}) };
    const field = ds.fieldById.get(id);
    if (!field) {
      skipped.push({ code: "unknown_field", place, message: ISSUE.unknownField(place, label, closest(label)) });
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
          ? { code: "formula_text", place, message: ISSUE.formulaText(place, cell.text) }
          : { code: "text_in_number", place, message: ISSUE.textInNumber(place, cell.text) },
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
            ? { code: "period_relative", place, message: ISSUE.periodRelative(place, text) }
            : { code: "period_unreadable", place, message: ISSUE.periodUnreadable(place, text) },
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
        skipped.push({ code: "unknown_field", place, message: ISSUE.unknownField(place, "", []) });
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
            ? { code: "period_relative", place, message: ISSUE.periodRelative(place, pText) }
            : { code: "period_unreadable", place, message: ISSUE.periodUnreadable(place, pText) },
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
  if (!known) blocking.push(ISSUE.noField(src.file));
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
function resolveDuplicates(candidates: readonly Candidate[], skipped: ImportIssue[]): ImportFigure[] {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = figureKey(c);
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }
  const out: ImportFigure[] = [];
  for (const [k, list] of byKey) {
    const first = list[0]!;
    if (list.length === 1) {
      out.push(strip(first));
      continue;
    }
    const a = baseStatement(first.value, first.unit, first.printed)!;
    const clash = list.slice(1).find((o) => disagree(a, baseStatement(o.value, o.unit, o.printed)!));
    const what = k.split("|").slice(1).filter((x) => x !== "").join(" ");
    if (clash) {
      skipped.push({ code: "duplicate_disagrees", place: first.place, message: ISSUE.duplicateDisagrees(first.place, clash.place, what) });
      continue;
    }
    for (const o of list.slice(1)) skipped.push({ code: "duplicate_same", place: o.place, message: ISSUE.duplicateSame(o.place, first.place, what) });
    out.push(strip(first));
  }
  return out;
}

function strip(c: Candidate): ImportFigure {
  const { label: _label, ...rest } = c;
  return rest;
}

/**
 * D&A from the cash-flow supplement's lines (fixed-asset depreciation + intangible amortisation
 * + long-term prepaid amortisation + right-of-use depreciation) where no D&A row is given for
 * that company and period. The parts are not stored as figures of their own.
 */
function addDaFromParts(figures: readonly ImportFigure[], skipped: ImportIssue[]): ImportFigure[] {
  const parts = new Map<string, ImportFigure[]>();
  const out: ImportFigure[] = [];
  for (const f of figures) {
    if (!f.field.startsWith(DA_PART)) {
      out.push(f);
      continue;
    }
    const k = figureKey({ ...f, field: "da" });
    const list = parts.get(k);
    if (list) list.push(f);
    else parts.set(k, [f]);
  }
  const direct = new Map(out.filter((f) => f.field === "da").map((f) => [figureKey(f), f]));
  for (const [k, list] of parts) {
    const da = direct.get(k);
    if (da) {
      for (const p of list) skipped.push({ code: "da_part_unused", place: p.place, message: ISSUE.daPartUnused(p.place, da.place) });
      continue;
    }
    const first = list[0]!;
    // Sum in the first part's unit, exactly: every unit factor is a power of ten.
    const firstDef = unitDef(first.unit)!;
    let sum = 0;
    for (const p of list) sum += shiftDecimal(p.value, exponentOf(unitDef(p.unit)!.factor) - exponentOf(firstDef.factor));
    const decimals = Math.max(...list.map((p) => printedDecimals(p.value, p.printed)));
    const value = Number(sum.toFixed(Math.min(decimals, 10)));
    out.push({
      company: first.company,
      field: "da",
      period: first.period,
      ...(first.segment ? { segment: first.segment } : {}),
      value,
      unit: first.unit,
      printed: String(value),
      ...(first.basis ? { basis: first.basis } : {}),
      place: first.place,
      derived: { from: list.map((p) => p.place.text), method: `sum of ${list.length} depreciation and amortisation lines (${list.map((p) => p.printed).join(" + ")})` },
    });
  }
  return out;
}

function chooseCompanies(ds: Dataset, mapping: ImportMapping, found: ReadonlyMap<string, { code: string; name: string; figures: number }>, blocking: Localized[]): PreviewCompany[] {
  const used = new Set<string>();
  const out: PreviewCompany[] = [];
  for (const [key, c] of found) {
    const bundled = bundledMatch(ds, c.code, c.name);
    const given = mapping.companies[key];
    let choice: CompanyChoice;
    if (given) choice = given;
    else {
      const earlier = earlierImport(ds, c.code, c.name, bundled);
      const cjk = /[\u3400-\u9fff]/.test(c.name);
      const zh = bundled ? `${c.name}（导入）` : c.name;
      const enBase = c.name;
      const en = bundled ? `${ds.entityById.get(bundled)?.short_en ?? enBase} (imported)` : enBase;
      const nameForId = cjk ? (bundled ? `${bundled}` : "") : c.name;
      const id = earlier ?? deriveEntityId(nameForId, c.code, (id) => isBundled(ds, id) || used.has(id) || (ds.entityById.has(id) && id !== earlier));
      choice = { id, name_zh: zh, name_en: en };
    }
    if (!ENTITY_ID.test(choice.id)) blocking.push(ISSUE.idInvalid(choice.id));
    else if (isBundled(ds, choice.id)) blocking.push(ISSUE.idBundled(choice.id));
    else if (used.has(choice.id)) blocking.push(ISSUE.idTwice(choice.id));
    used.add(choice.id);
    out.push({
      key,
      ...(c.code ? { code: c.code } : {}),
      name: c.name,
      choice,
      ...(bundled ? { bundled } : {}),
      updates: ds.entityById.get(choice.id)?.group === IMPORTED_GROUP,
      figures: c.figures,
    });
  }
  return out;
}

/** The bundled entity a code or name names, if any. */
function bundledMatch(ds: Dataset, code: string, name: string): string | undefined {
  for (const text of [code, tickerOf(code) ?? "", name]) {
    if (text === "") continue;
    const ids = ds.entityKeys.get(compactKey(text));
    const hit = ids?.find((id) => isBundled(ds, id));
    if (hit) return hit;
  }
  return undefined;
}

/** An imported company of this workbook with the same ticker or name: re-importing updates it. */
function earlierImport(ds: Dataset, code: string, name: string, bundled: string | undefined): string | undefined {
  const ticker = tickerOf(code);
  const zh = bundled ? `${name}（导入）` : name;
  return ds.entities.find((e) => e.group === IMPORTED_GROUP && ((ticker !== undefined && e.ticker === ticker) || e.name_zh === zh || e.name_en === name))?.id;
}

function findConflicts(ds: Dataset, figures: readonly ImportFigure[], companies: readonly PreviewCompany[]): ImportConflict[] {
  const byKey = new Map(companies.map((c) => [c.key, c]));
  const out: ImportConflict[] = [];
  for (const f of figures) {
    const c = byKey.get(f.company);
    if (!c?.bundled) continue;
    const g = ds.series.get(seriesKey(c.bundled, f.field, f.segment))?.get(f.period);
    if (!g) continue;
    const mine = baseStatement(f.value, f.unit, f.printed);
    // The same number as the bundled one is no conflict even where the article hedged it ("超过20%" and 20%).
    if (!mine || mine.base === g.primary.base || !disagree(mine, g.primary)) continue;
    const p = g.primary.figure;
    out.push({
      company: f.company,
      bundledEntity: c.bundled,
      field: f.field,
      period: f.period,
      ...(f.segment ? { segment: f.segment } : {}),
      imported: { value: f.value, unit: f.unit, place: f.place.text },
      bundled: { value: p.value, unit: p.unit, cite: `${p.file} line ${p.line}` },
    });
  }
  return out;
}
