/**
 * Recomputes the arithmetic cross-checks of checks.json with interval arithmetic: each figure
 * stands for the range its printing allows (statementRange: half a unit of the last printed
 * digit for an unhedged figure, the bound for a hedged one), the inputs are combined range by
 * range, and a check is consistent when the computed range meets the result's range.
 *
 * All in base units, so a ratio whose result is printed in % compares as a decimal, and a
 * "growth" result (a yoy in %) is compared with current / prior − 1.
 */
import type { CheckInput, Dataset, Statement } from "../../src/core/dataset/types";
import { rangesMeet, statementRange, type Range } from "../../src/core/dataset/statements";

const closed = (lo: number, hi: number): Range => ({ lo, hi, loOpen: false, hiOpen: false });
const EVERYTHING = closed(-Infinity, Infinity);

function add(a: Range, b: Range): Range {
  return closed(a.lo + b.lo, a.hi + b.hi);
}

function sub(a: Range, b: Range): Range {
  return closed(a.lo - b.hi, a.hi - b.lo);
}

function div(a: Range, b: Range): Range {
  if (b.lo <= 0 && b.hi >= 0) return EVERYTHING;
  const qs = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi].filter((q) => !Number.isNaN(q));
  if (qs.length < 4) return EVERYTHING;
  return closed(Math.min(...qs), Math.max(...qs));
}

export interface CheckOutcome {
  readonly check: CheckInput;
  /** Range the inputs allow for the result, in base units; undefined when a figure is missing. */
  readonly computed?: Range;
  readonly result?: Statement;
  /** Recomputed consistency; undefined when the check cannot be evaluated. */
  readonly consistent?: boolean;
  /** Why it cannot be evaluated (a figureId that does not exist, inputs of the wrong number). */
  readonly problem?: string;
}

/** Recomputes one check against the dataset's statements. */
export function recomputeCheck(ds: Pick<Dataset, "statementById">, check: CheckInput): CheckOutcome {
  const inputs: Statement[] = [];
  for (const id of check.inputs) {
    const s = ds.statementById.get(id);
    if (!s) return { check, problem: `unknown figure ${id}` };
    inputs.push(s);
  }
  const result = ds.statementById.get(check.result);
  if (!result) return { check, problem: `unknown figure ${check.result}` };
  const r = inputs.map(statementRange);
  let computed: Range;
  switch (check.kind) {
    case "sum":
      computed = r.reduce(add, closed(0, 0));
      break;
    case "ratio":
    case "growth":
    case "difference":
      if (r.length !== 2) return { check, result, problem: `${check.kind} needs 2 inputs, has ${r.length}` };
      if (check.kind === "difference") computed = sub(r[0]!, r[1]!);
      else if (check.kind === "ratio") computed = div(r[0]!, r[1]!);
      else computed = sub(div(r[0]!, r[1]!), closed(1, 1));
      break;
  }
  return { check, computed, result, consistent: rangesMeet(computed, statementRange(result)) };
}

export function recomputeChecks(ds: Pick<Dataset, "statementById" | "checks">): CheckOutcome[] {
  return ds.checks.map((c) => recomputeCheck(ds, c));
}
