/**
 * The cycle phase a live template's phase cell will show, computed from the plan: the live
 * cell is `=CAPCYCLE.CYCLE_PHASE(<capex range>,<D&A range>,high,low,"lang")` over number cells
 * the plan itself writes, so core's CYCLE_PHASE on those cells gives the label Excel will show
 * once the custom functions answer. Used while Excel still shows #BUSY! there (custom functions
 * answer asynchronously), so the pane never reports "Cycle phase: #BUSY!".
 */
import { cyclePhase } from "../core/metrics/cycle-phase";
import { parseRect } from "../core/template/a1";
import type { PlanCell, TemplatePlan } from "../core/template/types";

const LIVE_PHASE = /^=CAPCYCLE\.CYCLE_PHASE\(([A-Z]+\d+:[A-Z]+\d+),([A-Z]+\d+:[A-Z]+\d+),([\d.]+),([\d.]+),"(\w+)"\)$/i;

function cellAt(plan: TemplatePlan, row: number, col: number): PlanCell | undefined {
  return plan.cells[row]?.[col];
}

/** The label, or null when the phase cell is not the live CYCLE_PHASE formula or gives no label. */
export function phaseFromPlan(plan: TemplatePlan): string | null {
  const at = parseRect(plan.phaseCell);
  const cell = at ? cellAt(plan, at.row, at.col) : undefined;
  if (cell?.kind !== "formula") return null;
  const m = LIVE_PHASE.exec(cell.formula);
  if (!m) return null;
  const grid = (a1: string): (number | null)[][] | null => {
    const r = parseRect(a1);
    if (!r) return null;
    const out: (number | null)[][] = [];
    for (let i = 0; i < r.rowCount; i++) {
      const row: (number | null)[] = [];
      for (let j = 0; j < r.colCount; j++) {
        const c = cellAt(plan, r.row + i, r.col + j);
        row.push(c?.kind === "number" ? c.value : null);
      }
      out.push(row);
    }
    return out;
  };
  const capex = grid(m[1]!);
  const da = grid(m[2]!);
  if (!capex || !da) return null;
  const v = cyclePhase(capex, da, Number(m[3]), Number(m[4]), m[5]);
  return typeof v === "string" && v !== "" ? v : null;
}
