import { describe, expect, it } from "vitest";
import { checkCitations, checkSources, chineseNumber, printedHasValue } from "../../scripts/seeds/citations";
import type { FigureInput } from "../../src/core/dataset/types";
import { fixtureArticles, fixtureFolder } from "../core/dataset/fixture";

const A = "900_aaaaaaaaaaaaaaaa.txt";
const fig = (over: Partial<FigureInput>): FigureInput => ({
  entity: "acme_eye",
  field: "revenue",
  period: "2025H1",
  value: 115.07,
  unit: "亿元",
  printed: "115.07 亿元",
  file: A,
  line: 3,
  ...over,
});

describe("checkCitations: failures", () => {
  const articles = fixtureArticles();

  it.each([
    [{ file: "999_ffffffffffffffff.txt" }, "article not found"],
    [{ line: 99 }, "past the end"],
    [{ line: 4 }, "not on the cited line"],
    [{ printed: "115.08 亿元" }, "not on the cited line"],
    [{ value: 115.7 }, "does not contain the value 115.7"],
    [{ value: 11.507 }, "does not contain the value 11.507"],
  ] as const)("%o → %s", (over, problem) => {
    const out = checkCitations([fig(over)], articles);
    expect(out).toHaveLength(1);
    expect(out[0]!.problem).toContain(problem);
    expect(out[0]!.id).toBe(`${("file" in over ? over.file : A).slice(0, 3)}:${"line" in over ? over.line : 3}:acme_eye/revenue/2025H1`);
  });

  it("checks only the printed text of a derived figure", () => {
    const derived = fig({ value: 105.45, period: "2024H1", derived: { from: ["x"], method: "m" } });
    expect(checkCitations([derived], articles)).toEqual([]);
  });
});

describe("checkCitations: the fixture seeds cite their fixture articles", () => {
  it("has no failures", () => {
    const figures = fixtureFolder().data.groups.flatMap((g) => g.figures);
    expect(figures.length).toBeGreaterThan(25);
    expect(checkCitations(figures, fixtureArticles())).toEqual([]);
  });
});

describe("printedHasValue", () => {
  it.each([
    [115.07, "亿元", "115.07 亿元", true],
    [-38.87, "%", "-38.87%", true],
    [-6.18, "%", "下降 6.18%", true],
    [52.5, "%", "52.50%", true],
    [8520, "万元", "8,520 万元", true],
    [0.12, "亿元", "1200万元", true],
    [12000, "台", "1.2万台", true],
    [1.2, "万台", "1.2万台", true],
    [1000, "万元", "超千万元", true],
    [145, "亿元", "145億元", true],
    [60, "%", "超过六成", true],
    [30, "%", "近3成", true],
    [60, "%", "超 6 成", true],
    [50, "%", "超半数", true],
    [33.33, "%", "三分之一", true],
    [400, "家", "400多家", true],
    [115.7, "亿元", "115.07 亿元", false],
    [61, "%", "超过六成", false],
    [2000, "万元", "超千万元", false],
  ])("%d %s in %j → %s", (value, unit, printed, out) => {
    expect(printedHasValue(value, unit, printed)).toBe(out);
  });

  it.each([
    ["千万", 1e7],
    ["两百亿", 2e10],
    ["三十五", 35],
    ["一亿二千万", 1.2e8],
    ["一百零五", 105],
    ["万亿", 1e12],
  ])("chineseNumber(%s) = %d", (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it("is NaN for text that is not a Chinese number", () => {
    expect(chineseNumber("亿元")).toBeNaN();
    expect(chineseNumber("")).toBeNaN();
  });
});

describe("source records", () => {
  const articles = fixtureArticles();
  const figures = fixtureFolder().data.groups.flatMap((g) => g.figures);
  const first = articles.get("900_aaaaaaaaaaaaaaaa.txt")![0]!;
  const all = [...articles.keys()].map((file) => ({ file, label_en: "Ours", label_zh: "本项目所拟" }));

  it("accept a title that stands on its line", () => {
    const title = first.slice(0, 5);
    const sources = all.map((s) => (s.file.startsWith("900") ? { file: s.file, title, title_line: 1 } : s));
    expect(checkSources(sources, figures, articles)).toEqual([]);
  });

  it("report a title or author off its line, an article without a record, a record without an article", () => {
    const sources = [
      { file: "900_aaaaaaaaaaaaaaaa.txt", title: "Not in the article", title_line: 1, author: "Nobody", author_line: 2 },
      { file: "999_ffffffffffffffff.txt", label_en: "x", label_zh: "x" },
    ];
    const problems = checkSources(sources, figures, articles).map((f) => `${f.id}: ${f.problem}`);
    expect(problems).toContain("source 900_aaaaaaaaaaaaaaaa.txt title: the title is not on the line named");
    expect(problems).toContain("source 900_aaaaaaaaaaaaaaaa.txt author: the author is not on the line named");
    expect(problems).toContain("source 999_ffffffffffffffff.txt: article not found");
    expect(problems).toContain("source 901_bbbbbbbbbbbbbbbb.txt: no source record in sources.json");
  });
});
