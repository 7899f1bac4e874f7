/**
 * The capital-cycle metrics a financials table computes per period row, each in two
 * styles: "live" calls the CAPCYCLE function; "portable" is the same arithmetic in native
 * Excel, with the same blank rule (a blank input gives a blank result, never 0 and never an
 * error) and the same errors where the function gives one (#DIV/0! for a zero divisor,
 * #N/A for growth from a base ≤ 0).
 */
import type { Localized } from "../errors";
import type { MetricName } from "../functions/table";
import { METRIC_LABELS } from "./messages";
import type { FormulaStyle } from "./options";

export type MetricFormat = "money" | "ratio" | "percent" | "days";

export interface MetricDef {
  readonly id: string;
  readonly label: Localized;
  /** Input field ids, in the order the function takes them. */
  readonly inputs: readonly string[];
  readonly format: MetricFormat;
  /** CAPCYCLE function name (one of the function table's). */
  readonly fn: MetricName;
  /** Native expression over the input references (blank guard added by `metricFormula`). */
  readonly native: (refs: readonly string[]) => string;
}

/** The metrics a template computes, in the order it shows them. */
export const TEMPLATE_METRICS: readonly MetricDef[] = [
  {
    id: "capex_da_ratio_calc",
    label: METRIC_LABELS.capex_da_ratio_calc,
    inputs: ["capex", "da"],
    format: "ratio",
    fn: "CAPEX_DA_RATIO",
    native: ([c, d]) => `ABS(${c})/ABS(${d})`,
  },
  {
    id: "net_investment",
    label: METRIC_LABELS.net_investment,
    inputs: ["capex", "da"],
    format: "money",
    fn: "NET_INVESTMENT",
    native: ([c, d]) => `ABS(${c})-ABS(${d})`,
  },
  {
    id: "capex_intensity",
    label: METRIC_LABELS.capex_intensity,
    inputs: ["capex", "revenue"],
    format: "percent",
    fn: "CAPEX_INTENSITY",
    native: ([c, r]) => `ABS(${c})/${r}`,
  },
  {
    id: "free_cash_flow",
    label: METRIC_LABELS.free_cash_flow,
    inputs: ["operating_cash_flow", "capex"],
    format: "money",
    fn: "FREE_CASH_FLOW",
    native: ([o, c]) => `${o}-ABS(${c})`,
  },
  {
    id: "cash_conversion",
    label: METRIC_LABELS.cash_conversion,
    inputs: ["operating_cash_flow", "net_profit"],
    format: "ratio",
    fn: "CASH_CONVERSION",
    native: ([o, n]) => `${o}/${n}`,
  },
  {
    id: "receivable_days",
    label: METRIC_LABELS.receivable_days,
    inputs: ["receivables", "revenue"],
    format: "days",
    fn: "RECEIVABLE_DAYS",
    native: ([a, r, days]) => `${a}/${r}*${days}`,
  },
  {
    id: "goodwill_to_equity",
    label: METRIC_LABELS.goodwill_to_equity,
    inputs: ["goodwill", "equity"],
    format: "percent",
    fn: "GOODWILL_TO_EQUITY",
    native: ([g, e]) => `${g}/${e}`,
  },
  {
    id: "rd_capitalization",
    label: METRIC_LABELS.rd_capitalization,
    inputs: ["rd_capitalized", "rd_total"],
    format: "percent",
    fn: "RD_CAPITALIZATION",
    native: ([c, t]) => `${c}/${t}`,
  },
];

/**
 * Fields whose year-on-year growth the financials table computes (where the prior period row
 * exists). Not capex: statements print it with either sign, and growth of a signed amount
 * from a negative base is not meaningful (#N/A).
 */
export const GROWTH_FIELDS: readonly string[] = ["revenue", "net_profit"];

/** Wraps a native expression so any blank input gives a blank result. */
export function blankGuard(refs: readonly string[], expr: string): string {
  const tests = refs.map((r) => `${r}=""`);
  return `IF(${tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`},"",${expr})`;
}

/**
 * The formula of one metric cell. `refs` are A1 references of the inputs; `extra` holds
 * literal trailing arguments (the period's days for RECEIVABLE_DAYS).
 */
export function metricFormula(metric: MetricDef, refs: readonly string[], style: FormulaStyle, extra: readonly number[] = []): string {
  if (style === "live") return `=CAPCYCLE.${metric.fn}(${[...refs, ...extra.map(String)].join(",")})`;
  return `=${blankGuard(refs, metric.native([...refs, ...extra.map(String)]))}`;
}

/** Growth of `current` over `prior` (SEGMENT_GROWTH): a base ≤ 0 is not meaningful (#N/A). */
export function growthFormula(current: string, prior: string, style: FormulaStyle): string {
  if (style === "live") return `=CAPCYCLE.SEGMENT_GROWTH(${current},${prior})`;
  return `=${blankGuard([current, prior], `IF(${prior}<=0,NA(),${current}/${prior}-1)`)}`;
}
