import { describe, expect, it } from "vitest";
import { clip, closestMatches, compactKey, editDistance, graphemes, normalizeName } from "../../src/core/text";

describe("normalizeName", () => {
  it.each([
    ["  Aier   Eye ", "aier eye"],
    ["ＡＩＥＲ　ＥＹＥ", "aier eye"],
    ["３００１５．ＳＺ", "30015.sz"],
    ["爱尔眼科", "爱尔眼科"],
    ["Tab\tand\nnewline", "tab and newline"],
  ])("%j → %j", (raw, norm) => {
    expect(normalizeName(raw)).toBe(norm);
  });
});

describe("compactKey", () => {
  it("drops spaces and punctuation, keeps letters and digits of every script", () => {
    expect(compactKey("Aier Eye-Hospital")).toBe("aiereyehospital");
    expect(compactKey("300015.SZ")).toBe("300015sz");
    expect(compactKey("D&A")).toBe("da");
    expect(compactKey("联影·医疗（集团）")).toBe("联影医疗集团");
    expect(compactKey(" \t")).toBe("");
  });
});

describe("editDistance", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["abc", "abc", 0],
    ["爱尔眼科", "爱儿眼科", 1],
    ["revenue", "revenu", 1],
  ])("%s ↔ %s = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it("stops early past the limit", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
  });
});

describe("closestMatches", () => {
  const items = [
    { name: "revenue", item: "revenue" },
    { name: "营业收入", item: "revenue" },
    { name: "net_profit", item: "net_profit" },
    { name: "capex", item: "capex" },
    { name: "爱尔眼科", item: "aier" },
  ];

  it("ranks by edit distance, one entry per item", () => {
    const three = closestMatches("revenu", items);
    expect(three).toHaveLength(3);
    expect(three[0]).toBe("revenue");
    expect(new Set(three).size).toBe(3);
    expect(closestMatches("netprofit", items, 1)).toEqual(["net_profit"]);
  });

  it("treats a contained name as close", () => {
    expect(closestMatches("爱尔", items, 1)).toEqual(["aier"]);
    expect(closestMatches("营业收入总额", items, 1)).toEqual(["revenue"]);
  });

  it("always names the nearest item, however far", () => {
    expect(closestMatches("zzzzzzzzzz", items, 1)).toHaveLength(1);
    expect(closestMatches("x", [], 3)).toEqual([]);
  });
});

describe("clip: the one way messages quote a person's text", () => {
  it("keeps text of up to 40 characters whole, and cuts longer text to 39 and an ellipsis", () => {
    expect(clip("x".repeat(40))).toBe("x".repeat(40));
    expect(clip("x".repeat(41))).toBe(`${"x".repeat(39)}…`);
    expect(clip("爱尔眼科".repeat(20))).toBe(`${"爱尔眼科".repeat(10).slice(0, 39)}…`);
  });

  it("never cuts a character in half: surrogate pairs, emoji sequences, accents", () => {
    const astral = "𠀋".repeat(50); // outside the BMP: two UTF-16 units each
    expect(clip(astral)).toBe(`${"𠀋".repeat(39)}…`);
    const family = "👨‍👩‍👧"; // one grapheme of five code points
    const clipped = clip(`${"a".repeat(38)}${family}${"b".repeat(5)}`);
    expect(clipped).toBe(`${"a".repeat(38)}${family}…`);
    const accented = "e\u0301".repeat(45); // é as e + combining accent
    expect(clip(accented)).toBe(`${"e\u0301".repeat(39)}…`);
    expect(graphemes("a👍🏽b")).toEqual(["a", "👍🏽", "b"]);
    for (const text of [astral, accented, `${"a".repeat(39)}${family}`]) expect(clip(text)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
