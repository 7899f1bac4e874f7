/**
 * The unit of one figure: from the cell (12.5%, 115.07亿), the unit column, the row label
 * ("营业收入(万元)"), the period header, the unit note above the table ("单位：万元"), or — for
 * money only — the person's default unit; then checked against the field's kind. Never guessed.
 */
import type { FieldRecord } from "../dataset/types";
import type { CellRead } from "./cells";
import { cellText } from "./detect";
import { IMPORT_MSG } from "./messages";
import { readUnit, type UnitReading } from "./spellings";
import type { ImportIssue, Place, SourceTable } from "./types";

export function tableUnit(t: SourceTable, headerRow: number): UnitReading | undefined {
  for (let r = 0; r < headerRow; r++)
    for (const c of t.rows[r]!) {
      const m = /^(?:单位|金额单位|unit|units|currency)\s*[:：]\s*(.+)$/i.exec(cellText(c).normalize("NFKC"));
      const u = m ? readUnit(m[1]) : null;
      if (u) return u;
    }
  return undefined;
}

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

export interface UnitContext {
  readonly column?: string;
  readonly label?: UnitReading;
  readonly header?: UnitReading;
  readonly table?: UnitReading;
  readonly fallback?: UnitReading;
}

export type UnitOutcome = { ok: true; unit: UnitReading } | { ok: false; issue: ImportIssue };

export function unitOf(field: FieldRecord, cell: Extract<CellRead, { kind: "number" }>, ctx: UnitContext, place: Place): UnitOutcome {
  const fieldName = `${field.id} (${field.name_zh})`;
  let unit: UnitReading | undefined;
  if (cell.percent) unit = readUnit("%")!;
  else if (cell.unitText !== undefined) {
    const u = readUnit(cell.unitText);
    if (!u) return { ok: false, issue: { code: "unit_unknown", place, message: IMPORT_MSG.unitUnknown(place, cell.unitText) } };
    unit = u;
  } else if (ctx.column !== undefined && ctx.column !== "") {
    const u = readUnit(ctx.column);
    if (!u) return { ok: false, issue: { code: "unit_unknown", place, message: IMPORT_MSG.unitUnknown(place, ctx.column) } };
    unit = u;
  } else unit = ctx.label ?? ctx.header ?? (field.kind === "money" ? (ctx.table ?? ctx.fallback) : undefined);
  if (!unit && DEFAULT_UNIT[field.kind]) unit = readUnit(DEFAULT_UNIT[field.kind])!;
  if (!unit) {
    if (field.kind === "percent" || field.kind === "ratio") return { ok: false, issue: { code: "bare_share", place, message: IMPORT_MSG.bareShare(place, cell.printed, fieldName) } };
    return { ok: false, issue: { code: "unit_missing", place, message: IMPORT_MSG.unitMissing(place, fieldName) } };
  }
  if (!unitFits(field, unit)) {
    if (unit.def.kind === "percent" && field.kind === "money")
      return { ok: false, issue: { code: "percent_in_amount", place, message: IMPORT_MSG.percentInAmount(place, cell.printed, fieldName) } };
    return { ok: false, issue: { code: "unit_kind", place, message: IMPORT_MSG.unitKind(place, unit.id, fieldName, field.kind) } };
  }
  return { ok: true, unit };
}

