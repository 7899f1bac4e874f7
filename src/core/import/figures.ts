/**
 * The figures a preview keeps: one per (company, field, period, segment) — equal duplicates
 * imported once, disagreeing ones neither — and D&A added up from the cash-flow supplement's
 * lines where no D&A row is given.
 */
import { exponentOf, printedDecimals, shiftDecimal, unitDef } from "../dataset/numbers";
import { disagree } from "../dataset/statements";
import type { Statement } from "../dataset/types";
import { DA_PART } from "./headers";
import { IMPORT_MSG } from "./messages";
import type { ImportFigure, ImportIssue } from "./types";

export interface Candidate extends ImportFigure {
  readonly label?: string;
}

export function baseStatement(value: number, unit: string, printed: string): Statement | undefined {
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

export const figureKey = (f: Pick<ImportFigure, "company" | "field" | "period" | "segment">): string => `${f.company}|${f.field}|${f.period}|${f.segment ?? ""}`;

export function resolveDuplicates(candidates: readonly Candidate[], skipped: ImportIssue[]): ImportFigure[] {
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
      skipped.push({ code: "duplicate_disagrees", place: first.place, message: IMPORT_MSG.duplicateDisagrees(first.place, clash.place, what) });
      continue;
    }
    for (const o of list.slice(1)) skipped.push({ code: "duplicate_same", place: o.place, message: IMPORT_MSG.duplicateSame(o.place, first.place, what) });
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
export function addDaFromParts(figures: readonly ImportFigure[], skipped: ImportIssue[]): ImportFigure[] {
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
      for (const p of list) skipped.push({ code: "da_part_unused", place: p.place, message: IMPORT_MSG.daPartUnused(p.place, da.place) });
      continue;
    }
    const first = list[0]!;
    // Sum in the first part's unit, exactly: every unit factor is a power of ten.
    const firstDef = unitDef(first.unit)!;
    let sum = 0;
    for (const p of list) sum += shiftDecimal(p.value, exponentOf(unitDef(p.unit)!.factor) - exponentOf(firstDef.factor));
    const decimals = Math.max(...list.map((p) => printedDecimals(p.value, p.printed)));
    const value = Number(sum.toFixed(Math.min(decimals, 10)));
    const method = IMPORT_MSG.daSum(list.map((p) => p.printed));
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
      derived: { from: list.map((p) => p.place.text), method: method.en, method_zh: method.zh, cells: list.map((p) => ({ line: p.place.row, column: p.place.column })) },
    });
  }
  return out;
}

