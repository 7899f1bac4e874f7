/**
 * The cached result of every formula of a portable plan, computed with HyperFormula, so a
 * viewer that does not recalculate (previews, mail clients, Excel in protected view) shows
 * numbers. Excel recalculates on open anyway (the file asks for a full calculation).
 *
 * HyperFormula is GPL-3.0 (licenseKey "gpl-v3"): it is a devDependency used by this
 * command-line export, which runs from the repository; src/xlsx is never part of the add-in
 * bundle. Numbers come out rounded 15 decimal digits past their magnitude (precisionRounding 15,
 * so at Excel's 15-digit precision or finer; LibreOffice's recalculation agrees to 3e-14).
 *
 * A result HyperFormula cannot give the way Excel would (#NAME?, a cycle, an engine-only
 * error) is refused, not cached: a file showing a wrong cached value is worse than no file.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { cellError, type CellError, type ErrorKind } from "../core/errors";
import { cellAddress } from "../core/template/a1";
import type { PlanCell, TemplatePlan } from "../core/template/types";
import { withoutXlfnPrefixes } from "./xlfn";

/** What a formula cell caches: a number, text ("" for a blank result), a boolean or an error. */
export type CachedResult = number | string | boolean | CellError;

/** Errors Excel itself produces; anything else from the engine means it could not compute like Excel. */
const EXCEL_ERRORS: ReadonlySet<string> = new Set<ErrorKind>(["#DIV/0!", "#N/A", "#VALUE!", "#NUM!", "#REF!", "#NULL!"]);

export type PlanResults =
  | { readonly ok: true; readonly results: ReadonlyMap<string, CachedResult> }
  | { readonly ok: false; readonly cell: string; readonly formula: string; readonly got: string };

/** The engine's input for one plan cell: text forced to text (leading apostrophe), formulas without prefixes. */
export function engineInput(c: PlanCell): string | number | null {
  switch (c.kind) {
    case "text":
      return `'${c.text}`;
    case "number":
      return c.value;
    case "formula":
      return withoutXlfnPrefixes(c.formula);
    case "blank":
      return null;
  }
}

/** Creates the engine over one sheet of engine inputs (see engineInput). */
export function buildEngine(data: (string | number | boolean | null)[][]): HyperFormula {
  return HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", precisionRounding: 15 });
}

/** A value read from the engine as a cached result; null for an engine-only error. */
export function cachedFromEngine(v: unknown): CachedResult | null {
  if (v instanceof DetailedCellError) return EXCEL_ERRORS.has(v.value) ? cellError(v.value as ErrorKind) : null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // An empty reference as a whole formula (=A1 over a blank) shows 0 in Excel.
  return v === null || v === undefined ? 0 : null;
}

/** Computes every formula cell of `plan` (A1 address → result). */
export function computePlanResults(plan: TemplatePlan): PlanResults {
  const hf = buildEngine(plan.cells.map((row) => row.map(engineInput)));
  try {
    const results = new Map<string, CachedResult>();
    for (let r = 0; r < plan.cells.length; r++) {
      const row = plan.cells[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c]!;
        if (cell.kind !== "formula") continue;
        const raw = hf.getCellValue({ sheet: 0, row: r, col: c });
        const value = cachedFromEngine(raw);
        const address = cellAddress(r, c);
        if (value === null) return { ok: false, cell: address, formula: cell.formula, got: raw instanceof DetailedCellError ? raw.value : String(raw) };
        results.set(address, value);
      }
    }
    return { ok: true, results };
  } finally {
    hf.destroy();
  }
}
