/** CYCLE_PHASE: argument errors first, then the rule table, then the period walk and labels. */
import { describe, expect, it } from "vitest";
import { cellError } from "../../../src/core/errors";
import type { CellValue } from "../../../src/core/values";
import { classifyCyclePhase, CYCLE_PHASE_LABELS, cyclePhase, type CyclePhase } from "../../../src/core/metrics/index";
import { code, col, en, zh, CJK } from "./helpers";

const row = (...v: CellValue[]) => [v];

describe("CYCLE_PHASE: errors", () => {
  it("a block that is neither one row nor one column is #VALUE!", () => {
    const e = cyclePhase([[1, 2], [3, 4]], [[1, 1], [1, 1]]);
    expect(code(e)).toBe("#VALUE!");
    expect(en(e)).toContain("one row or one column");
    expect(en(e)).toContain("2×2");
  });

  it("mismatched shapes state both", () => {
    expect(en(cyclePhase(row(1, 2, 3), row(1, 2)))).toContain("1×3 and 1×2");
  });

  it.each<[string, CellValue[][], CellValue[][], number]>([
    ["one period", row(3), row(2), 1],
    ["two periods but one has a blank", row(3, null), row(2, 2), 1],
    ["all blank", row(null, null), row(null, ""), 0],
  ])("fewer than two periods (%s) → #N/A saying how many", (_, capex, da, found) => {
    const e = cyclePhase(capex, da);
    expect(code(e)).toBe("#N/A");
    expect(en(e)).toContain(`found ${found}`);
    expect(zh(e)).toMatch(CJK);
  });

  it("D&A of zero in a period used is #DIV/0!", () => {
    expect(code(cyclePhase(row(1, 2), row(1, 0)))).toBe("#DIV/0!");
  });

  it("an error in a period used is the result; errors before the two latest periods are not looked at", () => {
    const na = cellError("#N/A");
    expect(cyclePhase(row(1, 2, na), row(1, 1, 1))).toBe(na);
    expect(code(cyclePhase(row(1, "x", 3), row(1, 1, 1)))).toBe("#VALUE!");
    expect(cyclePhase(row(na, 2, 3), row(1, 1, 1))).toBe("Expansion");
  });

  it.each<[string, CellValue | CellValue[][] | undefined, CellValue | CellValue[][] | undefined, CellValue | undefined, string]>([
    ["high as text", "high", undefined, undefined, "#VALUE!"],
    ["low as a boolean", undefined, true, undefined, "#VALUE!"],
    ["high as a range of two cells", [[1, 2]], undefined, undefined, "#VALUE!"],
    ["low above high", 1.0, 1.5, undefined, "#VALUE!"],
    ["an unknown language", undefined, undefined, "fr", "#VALUE!"],
    ["a number as language", undefined, undefined, 1, "#VALUE!"],
  ])("%s → %s", (_, high, low, language, expected) => {
    expect(code(cyclePhase(row(1, 2), row(1, 1), high, low, language))).toBe(expected);
  });

  it("explains low above high", () => {
    expect(en(cyclePhase(row(1, 2), row(1, 1), 1, 2))).toContain("low (2) must not be greater than high (1)");
  });
});

describe("CYCLE_PHASE: the rule table (high 1.5, low 1.0)", () => {
  it.each<[number, number, CyclePhase]>([
    // rule 1: r ≥ high and r ≥ before
    [2.0, 1.8, "expansion"],
    [1.5, 1.5, "expansion"],
    [1.5, 0.5, "expansion"],
    // rule 2: r ≥ low and r < before — includes r ≥ high falling from higher (the case the SPEC table leaves to rule 2)
    [2.0, 2.5, "expansion_slowing"],
    [1.2, 1.8, "expansion_slowing"],
    [1.0, 1.1, "expansion_slowing"],
    // rule 3: low ≤ r < high and r ≥ before
    [1.2, 1.0, "build_up"],
    [1.0, 1.0, "build_up"],
    [1.49, 0.2, "build_up"],
    // rule 4: r < low and r ≤ before
    [0.8, 0.9, "contraction"],
    [0.8, 0.8, "contraction"],
    [0, 0, "contraction"],
    // rule 5: r < low and r > before
    [0.9, 0.6, "recovery"],
    [0.1, 0, "recovery"],
  ])("r_now %s, r_before %s → %s", (now, before, phase) => {
    expect(classifyCyclePhase(now, before, 1.5, 1.0)).toBe(phase);
  });

  it("with high = low the build-up band is empty and the rest still holds", () => {
    expect(classifyCyclePhase(1.2, 1.0, 1.2, 1.2)).toBe("expansion");
    expect(classifyCyclePhase(1.1, 1.0, 1.2, 1.2)).toBe("recovery");
  });
});

describe("CYCLE_PHASE: periods and labels", () => {
  it("uses the last two periods where both figures are present, skipping blanks, earlier first", () => {
    // ratios: 1.0, 2.0, (blank), 1.5 → now 1.5, before 2.0 → expansion slowing
    expect(cyclePhase(row(2, 4, null, 6), row(2, 2, 2, 4))).toBe("Expansion slowing");
    expect(cyclePhase(col(2, 4, 6, ""), col(2, 2, 4, 3))).toBe("Expansion slowing");
  });

  it("capex is a magnitude", () => {
    expect(cyclePhase(row(-1, -3), row(1, 2))).toBe("Expansion");
  });

  it("labels in English by default and in Chinese on request", () => {
    expect(cyclePhase(row(1, 3), row(1, 2))).toBe("Expansion");
    expect(cyclePhase(row(1, 3), row(1, 2), undefined, undefined, "zh")).toBe("扩张");
    expect(cyclePhase(row(1, 3), row(1, 2), null, null, "中文")).toBe("扩张");
    expect(cyclePhase(row(1, 3), row(1, 2), null, null, " ZH-CN ")).toBe("扩张");
    expect(cyclePhase(row(1, 3), row(1, 2), null, null, "EN")).toBe("Expansion");
  });

  it.each(Object.entries(CYCLE_PHASE_LABELS))("%s has labels in both languages", (_, label) => {
    expect(label.en).toMatch(/^[A-Z]/);
    expect(label.zh).toMatch(CJK);
  });

  it("custom thresholds", () => {
    // ratios 1.1 → 1.3: default → build-up; with high 1.2 → expansion
    expect(cyclePhase(row(1.1, 1.3), row(1, 1))).toBe("Build-up");
    expect(cyclePhase(row(1.1, 1.3), row(1, 1), 1.2)).toBe("Expansion");
    expect(cyclePhase(row(1.1, 1.3), row(1, 1), "1.2", "0.5")).toBe("Expansion");
  });

  it("compares at 12 significant digits: 0.3 ÷ 0.2 counts as exactly 1.5", () => {
    expect(0.3 / 0.2).toBeLessThan(1.5);
    expect(cyclePhase(row(0.3, 0.3), row(0.2, 0.2))).toBe("Expansion");
  });

  it("a single D&A value broadcasts against a row of capex", () => {
    expect(cyclePhase(row(1, 2), 1)).toBe("Expansion");
  });

  it("a ratio that overflows is #NUM!", () => {
    expect(code(cyclePhase(row(1, 1e308), row(1, 1e-308)))).toBe("#NUM!");
  });
});
