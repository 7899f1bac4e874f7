/**
 * Capital-cycle metrics: how fast a company adds capacity against how fast it wears it out.
 * Capex and D&A are magnitudes (statements print capex as an outflow with either sign).
 * Kernels over plain numbers; each function is declared (name, parameters, help) in
 * src/core/functions/table.ts, which hands them to elementwise().
 */
import type { CellError } from "../errors";
import { divByZero } from "./coerce";

const DA_ZERO = divByZero("CAPEX_DA_RATIO", "depreciation_amortization");
const REVENUE_ZERO = divByZero("CAPEX_INTENSITY", "revenue");

/** |capex| ÷ |D&A|: above 1 the asset base grows, below 1 it shrinks. */
export function capexDaRatioCore(capex: number, da: number): number | CellError {
  return da === 0 ? DA_ZERO : Math.abs(capex) / Math.abs(da);
}

/** |capex| ÷ revenue. */
export function capexIntensityCore(capex: number, revenue: number): number | CellError {
  return revenue === 0 ? REVENUE_ZERO : Math.abs(capex) / revenue;
}

/** |capex| − |D&A|: investment beyond maintenance. */
export function netInvestmentCore(capex: number, da: number): number {
  return Math.abs(capex) - Math.abs(da);
}

/** Operating cash flow − |capex|. */
export function freeCashFlowCore(ocf: number, capex: number): number {
  return ocf - Math.abs(capex);
}
