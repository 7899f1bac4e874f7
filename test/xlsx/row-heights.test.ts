import { describe, expect, it } from "vitest";
import { wrappedLines } from "../../src/xlsx/row-heights";

describe("lines of a wrapped cell", () => {
  it("counts 5.5 points a character (CJK double) and 5 points of padding; its own line breaks too", () => {
    // The sources table's file column: capped at 140 points by the plan, printed on one line.
    expect(wrappedLines("003_b3fdc93d999670b0.txt", 140)).toBe(1);
    expect(wrappedLines("a".repeat(40), 20 * 5.5 + 5)).toBe(2);
    expect(wrappedLines("a".repeat(41), 20 * 5.5 + 5)).toBe(3);
    expect(wrappedLines("资本开支", 4 * 11 + 5)).toBe(1);
    expect(wrappedLines("资本开支", 2 * 11 + 5)).toBe(2);
    expect(wrappedLines("one\ntwo", 200)).toBe(2);
    expect(wrappedLines("", 48)).toBe(1);
  });
});
