/**
 * Capital-cycle metrics: how fast a company adds capacity against how fast it wears it out.
 * Capex and D&A are magnitudes (statements print capex as an outflow with either sign).
 */
import type { CellError } from "../errors";
import type { ResultGrid } from "../values";
import { DIV0 } from "./coerce";
import { elementwise, type ElementwiseSpec } from "./elementwise";
import type { Arg } from "./shape";

/** |capex| ÷ |D&A|: above 1 the asset base grows, below 1 it shrinks. */
export function capexDaRatioCore(capex: number, da: number): number | CellError {
  return da === 0 ? DIV0 : Math.abs(capex) / Math.abs(da);
}

/** |capex| ÷ revenue. */
export function capexIntensityCore(capex: number, revenue: number): number | CellError {
  return revenue === 0 ? DIV0 : Math.abs(capex) / revenue;
}

/** |capex| − |D&A|: investment beyond maintenance. */
export function netInvestmentCore(capex: number, da: number): number {
  return Math.abs(capex) - Math.abs(da);
}

/** Operating cash flow − |capex|. */
export function freeCashFlowCore(ocf: number, capex: number): number {
  return ocf - Math.abs(capex);
}

export const CAPEX_DA_RATIO: ElementwiseSpec = {
  name: "CAPEX_DA_RATIO",
  params: ["capex", "depreciation_amortization"],
  kernel: capexDaRatioCore,
};
export const CAPEX_INTENSITY: ElementwiseSpec = {
  name: "CAPEX_INTENSITY",
  params: ["capex", "revenue"],
  kernel: capexIntensityCore,
};
export const NET_INVESTMENT: ElementwiseSpec = {
  name: "NET_INVESTMENT",
  params: ["capex", "depreciation_amortization"],
  kernel: netInvestmentCore,
};
export const FREE_CASH_FLOW: ElementwiseSpec = {
  name: "FREE_CASH_FLOW",
  params: ["operating_cash_flow", "capex"],
  kernel: freeCashFlowCore,
};

export const capexDaRatio = (capex: Arg, da: Arg): ResultGrid => elementwise(CAPEX_DA_RATIO, [capex, da]);
export const capexIntensity = (capex: Arg, revenue: Arg): ResultGrid => elementwise(CAPEX_INTENSITY, [capex, revenue]);
export const netInvestment = (capex: Arg, da: Arg): ResultGrid => elementwise(NET_INVESTMENT, [capex, da]);
export const freeCashFlow = (ocf: Arg, capex: Arg): ResultGrid => elementwise(FREE_CASH_FLOW, [ocf, capex]);
