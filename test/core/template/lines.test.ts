import { describe, expect, it } from "vitest";
import { splitLines } from "../../../src/core/template/lines";
import { displayWidth } from "../../../src/core/template/grid";

/** Widths as the columns are estimated: 6.5 points a character (CJK double) and 10 of padding. */
const fits = (line: string, width: number) => displayWidth(line) * 6.5 + 10 <= width;

describe("splitLines: a long text in lines that fit a width", () => {
  it("keeps a text that fits on one line", () => {
    expect(splitLines("Missing: Equity", 400)).toEqual(["Missing: Equity"]);
  });

  it("breaks English at spaces, every line within the width, nothing lost", () => {
    const t = "No figures: Revenue, Net profit, Operating cash flow, Capex, D&A, Receivables, Goodwill, Equity";
    const lines = splitLines(t, 250); // 36 characters a line
    expect(lines).toEqual(["No figures: Revenue, Net profit,", "Operating cash flow, Capex, D&A,", "Receivables, Goodwill, Equity"]);
    for (const l of lines) expect(fits(l, 250)).toBe(true);
    expect(lines.join(" ")).toBe(t);
  });

  it("breaks Chinese between characters, never before closing punctuation", () => {
    const t = "无数据：营业收入、归母净利润、经营活动现金流量净额；因此未计算：资本开支/折旧摊销";
    const lines = splitLines(t, 140); // 10 Chinese characters a line
    for (const l of lines) {
      expect(fits(l, 140)).toBe(true);
      expect(l).not.toMatch(/^[，。；：、）]/u);
    }
    expect(lines.join("")).toBe(t);
    expect(lines[0]).toBe("无数据：营业收入、归");
  });

  it("gives a word longer than the width a line of its own", () => {
    expect(splitLines("see 000_b74c3c6bc38ab8e1.txt now", 100)).toEqual(["see", "000_b74c3c6bc38ab8e1.txt", "now"]);
  });
});
