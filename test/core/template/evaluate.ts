/**
 * Evaluates a template plan's grid in HyperFormula with CAPCYCLE.* registered, so tests can
 * assert the numbers a template computes without any Excel adapter in between.
 */
import { DetailedCellError } from "hyperformula";
import { createCapcycleHyperFormula, fromHf } from "../../support/hyperformula-capcycle";
import { cellError, type ErrorKind } from "../../../src/core/errors";
import type { CellValue } from "../../../src/core/values";
import type { TemplatePlan } from "../../../src/core/template/types";
import { parseCell } from "../../../src/core/template/a1";

export interface Evaluated {
  /** Value at an A1 address ("" for a blank formula result, null for an empty cell). */
  at(address: string): CellValue;
  readonly grid: CellValue[][];
}

export function evaluatePlan(plan: TemplatePlan): Evaluated {
  const data = plan.cells.map((row) =>
    row.map((c) => (c.kind === "text" ? `'${c.text}` : c.kind === "number" ? c.value : c.kind === "formula" ? c.formula : null)),
  );
  const hf = createCapcycleHyperFormula({ T: data });
  const raw = hf.getSheetValues(0);
  const grid = raw.map((row) => row.map((v) => (v instanceof DetailedCellError ? cellError(v.value as ErrorKind) : fromHf(v))));
  hf.destroy();
  return {
    grid,
    at(address: string): CellValue {
      const p = parseCell(address);
      if (!p) throw new Error(`bad address ${address}`);
      return grid[p.row]?.[p.col] ?? null;
    },
  };
}
