/**
 * The function table (src/core/functions/table.ts): each CAPCYCLE function declared once, with
 * help in both languages, and the declarations the adapters rely on (parameter order, defaults,
 * result sizes). Its agreement with the generated functions.json is test/functions/metadata.test.ts.
 */
import { describe, expect, it } from "vitest";
import { predictShape, requiredCount } from "../../../src/core/functions/declare";
import { DATA_FUNCTIONS, FUNCTION_TABLE, METRIC_FUNCTIONS, dataDecl, functionDecl, metricDecl } from "../../../src/core/functions/table";
import { capexDaRatio, receivableDays } from "../../../src/core/metrics/index";
import { CJK } from "../metrics/helpers";

describe("the function table", () => {
  it("declares the 15 analytic functions and the 5 data functions, once each", () => {
    const names = FUNCTION_TABLE.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(METRIC_FUNCTIONS).toHaveLength(15);
    expect(DATA_FUNCTIONS.map((d) => d.name)).toEqual(["DATA", "SERIES", "SOURCE", "COMPANIES", "FIELDS"]);
    expect(names).toEqual([...METRIC_FUNCTIONS.map((d) => d.name), ...DATA_FUNCTIONS.map((d) => d.name)]);
  });

  it.each(FUNCTION_TABLE.map((d) => [d.name, d] as const))("%s: help in English and Chinese", (_, decl) => {
    expect(decl.name).toMatch(/^[A-Z][A-Z_]*$/);
    expect(decl.description.en.trim()).not.toBe("");
    expect(decl.description.zh).toMatch(CJK);
    expect(decl.description.en).not.toMatch(/[{}@]/);
    for (const p of decl.params) {
      expect(p.name).toMatch(/^[a-z][a-z_]*$/);
      expect(p.description.en.trim()).not.toBe("");
      expect(p.description.zh).toMatch(CJK);
      // JSDoc would misread these: braces start a type, @ a tag, a leading "-" is stripped.
      expect(p.description.en).not.toMatch(/[{}@]|^-/);
    }
  });

  it.each(FUNCTION_TABLE.map((d) => [d.name, d] as const))("%s: optional parameters come last; a default is optional and stated in both languages", (_, decl) => {
    const required = requiredCount(decl);
    expect(decl.params.slice(0, required).every((p) => !p.optional)).toBe(true);
    for (const p of decl.params.filter((q) => q.default !== undefined)) {
      // As the help writes it: 1.5, 1.0, 365, 亿, "en".
      const shown = typeof p.default === "number" && Number.isInteger(p.default) && p.default < 10 ? p.default.toFixed(1) : String(p.default);
      expect(p.optional, `${decl.name}(${p.name})`).toBe(true);
      expect(p.description.en, `${decl.name}(${p.name})`).toContain(shown);
      expect(p.description.zh, `${decl.name}(${p.name})`).toContain(shown);
    }
  });

  it("data functions take single values; analytic functions take ranges for their figures", () => {
    for (const d of DATA_FUNCTIONS) expect(d.params.every((p) => p.kind === "value"), d.name).toBe(true);
    for (const d of METRIC_FUNCTIONS) expect(d.params[0]?.kind, d.name).toBe("range");
  });

  it("a numeric default stands in for a blank or omitted argument where the table declares it", () => {
    expect(receivableDays([[73]], [[365]])).toEqual([[73]]);
    expect(receivableDays([[73]], [[365]], [[null]])).toEqual([[73]]);
    expect(receivableDays([[73]], [[365]], [[181]])).toEqual([[(73 / 365) * 181]]);
    expect(metricDecl("RECEIVABLE_DAYS").spec?.blankAs).toEqual([undefined, undefined, 365]);
    expect(metricDecl("CAPEX_DA_RATIO").spec?.blankAs).toBeUndefined();
  });

  it("the typed core calls run the declared core function", () => {
    expect(metricDecl("CAPEX_DA_RATIO").run([[[100]], [[50]]])).toEqual(capexDaRatio([[100]], [[50]]));
  });

  it("finds declarations by name with or without the namespace, any case", () => {
    expect(functionDecl("capcycle.cagr")?.name).toBe("CAGR");
    expect(functionDecl(" Data ")?.name).toBe("DATA");
    expect(functionDecl("SUM")).toBeUndefined();
    expect(dataDecl("SERIES").result).toBe("grid");
  });
});

describe("predictShape", () => {
  it("broadcasts, follows the first argument, or gives one value", () => {
    const s = (rows: number, cols: number) => ({ rows, cols });
    expect(predictShape(metricDecl("CAPEX_DA_RATIO"), [s(1, 1), s(5, 1)])).toEqual(s(5, 1));
    expect(predictShape(metricDecl("CAPEX_DA_RATIO"), [s(3, 1), s(2, 1)])).toEqual(s(1, 1));
    expect(predictShape(metricDecl("SEGMENT_MIX"), [s(2, 3)])).toEqual(s(2, 3));
    expect(predictShape(metricDecl("HHI"), [s(9, 1)])).toEqual(s(1, 1));
    expect(predictShape(metricDecl("RECEIVABLE_DAYS"), [s(4, 1), s(4, 1)])).toEqual(s(4, 1));
  });
});
