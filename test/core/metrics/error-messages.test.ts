/**
 * Every error an analytic function makes carries a message in both languages that names the
 * function and the argument to fix (#DIV/0! and #NUM! too: Excel shows only #VALUE! and #N/A
 * messages, but the pane, the export and anyone reading the value need to know which input).
 */
import { describe, expect, it } from "vitest";
import { isCellError } from "../../../src/core/errors";
import { metricDecl, type MetricName } from "../../../src/core/functions/table";
import type { Arg } from "../../../src/core/metrics/shape";
import { CJK } from "./helpers";

const CASES: readonly [MetricName, readonly Arg[], string, string][] = [
  ["CAGR", [100, 121, 0], "#NUM!", "years"],
  ["CAGR", [100, 121, -2], "#NUM!", "years"],
  ["CAGR", [100, -5, 2], "#NUM!", "last"],
  ["CAGR", [0, 121, 2], "#N/A", "first"],
  ["CAPEX_DA_RATIO", [10, 0], "#DIV/0!", "depreciation_amortization"],
  ["CAPEX_INTENSITY", [10, 0], "#DIV/0!", "revenue"],
  ["CASH_CONVERSION", [10, 0], "#DIV/0!", "net_profit"],
  ["RD_CAPITALIZATION", [1, 0], "#DIV/0!", "total"],
  ["RECEIVABLE_DAYS", [1, 0], "#DIV/0!", "revenue"],
  ["RECEIVABLE_DAYS", [1, 10, 0], "#NUM!", "days"],
  ["GOODWILL_TO_EQUITY", [1, 0], "#DIV/0!", "equity"],
  ["SEGMENT_MIX", [[[5], [-5]]], "#DIV/0!", "values"],
  ["TOP_SHARE", [[[0.2], [0.3]], 1.5], "#NUM!", "n"],
  ["TOP_SHARE", [[[0.2], [0.3]], 0], "#NUM!", "n"],
  ["CYCLE_PHASE", [[[1, 2]], [[1, 0]]], "#DIV/0!", "depreciation_amortization"],
  ["CAPEX_DA_RATIO", [Infinity, 1], "#NUM!", "capex"],
  ["NET_INVESTMENT", ["1e999", 1], "#NUM!", "capex"],
  ["SEGMENT_GROWTH", [1, 0], "#N/A", "prior"],
];

describe("every metric error says which argument to fix, in both languages", () => {
  it.each(CASES.map(([fn, args, code, arg]) => [`${fn}(${args.map((a) => JSON.stringify(a)).join(", ")})`, fn, args, code, arg] as const))(
    "%s",
    (_, fn, args, code, arg) => {
      const result = metricDecl(fn).run(args);
      const value = Array.isArray(result) ? result[0]?.[0] : result;
      if (!isCellError(value)) throw new Error(`${fn} gave ${JSON.stringify(value)}, not an error`);
      expect(value.error).toBe(code);
      expect(value.message?.en).toContain(fn);
      expect(value.message?.en).toContain(arg);
      expect(value.message?.zh).toContain(fn);
      expect(value.message?.zh).toMatch(CJK);
    },
  );

  it("a result too large to show says so and what to check", () => {
    const result = metricDecl("CAPEX_DA_RATIO").run([1e308, 1e-308]);
    const value = Array.isArray(result) ? result[0]?.[0] : result;
    if (!isCellError(value)) throw new Error("no error");
    expect(value.error).toBe("#NUM!");
    expect(value.message?.en).toMatch(/too large.*unit/);
    expect(value.message?.zh).toMatch(/过大.*单位/);
  });
});
