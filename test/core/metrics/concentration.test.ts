/** HHI and TOP_SHARE. */
import { describe, expect, it } from "vitest";
import { cellError } from "../../../src/core/errors";
import type { CellValue } from "../../../src/core/values";
import { hhi, SHARE_SUM_TOLERANCE, topShare } from "../../../src/core/metrics/index";
import { code, col, en, zh, CJK } from "./helpers";

describe("HHI: errors first", () => {
  it("shares adding up to more than 1 give #VALUE! with the sum and the hint", () => {
    const e = hhi(col(0.6, 0.5));
    expect(code(e)).toBe("#VALUE!");
    expect(en(e)).toContain("1.1 (110%)");
    expect(en(e)).toContain("35% = 0.35");
    expect(zh(e)).toMatch(CJK);
  });

  it("percent numbers typed as 35, 20 are rejected the same way", () => {
    expect(code(hhi(col(35, 20)))).toBe("#VALUE!");
  });

  it.each<[string, CellValue[][], string]>([
    ["a negative share", col(0.5, -0.1), "#VALUE!"],
    ["text", col(0.5, "big"), "#VALUE!"],
    ["a boolean", col(0.5, true), "#VALUE!"],
    ["no numbers at all", col(null, ""), "#N/A"],
    ["an empty range", [], "#VALUE!"],
    ["NaN", col(Number.NaN), "#NUM!"],
  ])("%s → %s", (_, shares, expected) => {
    expect(code(hhi(shares))).toBe(expected);
  });

  it("an input error is the result", () => {
    const na = cellError("#N/A");
    expect(hhi(col(0.2, na, 0.3))).toBe(na);
  });
});

describe("HHI: values", () => {
  it("is Σ(100 × share)² on the 0–10,000 scale", () => {
    expect(hhi(col(0.5, 0.3, 0.2))).toBeCloseTo(2500 + 900 + 400, 9);
    expect(hhi(1)).toBe(10000);
  });

  it("ignores blanks and reads numeric text (\"35%\")", () => {
    expect(hhi(col("35%", null, "0.15", ""))).toBeCloseTo(1225 + 225, 9);
  });

  it("tolerates a float sum a hair above 1", () => {
    expect(0.1 + 0.2 + 0.7).toBeGreaterThan(1 - 1e-15);
    expect(typeof hhi(col(0.1, 0.2, 0.7))).toBe("number");
    expect(typeof hhi(col(0.5, 0.5 + SHARE_SUM_TOLERANCE / 2))).toBe("number");
    expect(code(hhi(col(0.5, 0.5 + SHARE_SUM_TOLERANCE * 10)))).toBe("#VALUE!");
  });

  it("takes a row or a block as well as a column", () => {
    expect(hhi([[0.5, 0.5]])).toBeCloseTo(5000, 9);
    expect(hhi([[0.25, 0.25], [0.25, 0.25]])).toBeCloseTo(2500, 9);
  });
});

describe("TOP_SHARE", () => {
  it.each<[string, CellValue | CellValue[][], string]>([
    ["n = 0", 0, "#NUM!"],
    ["n negative", -1, "#NUM!"],
    ["n not whole", 2.5, "#NUM!"],
    ["n text", "four", "#VALUE!"],
    ["n boolean", true, "#VALUE!"],
    ["n blank", null, "#VALUE!"],
    ["n a range of several cells", [[1, 2]], "#VALUE!"],
  ])("%s → %s", (_, n, expected) => {
    expect(code(topShare(col(0.4, 0.3, 0.2), n))).toBe(expected);
  });

  it("says n is required when it is blank, and names the shape when it is a range", () => {
    expect(en(topShare(col(0.5), null))).toContain("n is required");
    expect(en(topShare(col(0.5), [[1, 2]]))).toContain("1×2");
  });

  it("validates shares like HHI", () => {
    expect(code(topShare(col(0.7, 0.7), 1))).toBe("#VALUE!");
  });

  it("sums the n largest (CR-n), in any order", () => {
    expect(topShare(col(0.1, 0.4, 0.2, 0.3), 2)).toBeCloseTo(0.7, 12);
    expect(topShare(col(0.1, 0.4, 0.2, 0.3), 1)).toBeCloseTo(0.4, 12);
    expect(topShare(col(0.1, 0.4, null, 0.3), "2")).toBeCloseTo(0.7, 12);
    expect(topShare(col(0.1, 0.4), [[1]])).toBeCloseTo(0.4, 12);
  });

  it("with fewer shares than n, sums them all", () => {
    expect(topShare(col(0.2, 0.3, 0.1), 4)).toBeCloseTo(0.6, 12);
  });
});
