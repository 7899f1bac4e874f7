/**
 * Readings on the bundled seeds: the re-decided primaries, the phase under each reading, and
 * the property that every figure DATA returns with its growth (or its parts, or its base) comes
 * from one reading.
 */
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { createDataFunctions } from "../../../src/core/dataset/functions";
import { phaseByReading, phaseSummaryText, readApart, readTogether, statementUnder } from "../../../src/core/dataset/readings";
import { citation, sourceName } from "../../../src/core/dataset/citation";
import { phaseReadingsFor, phaseReadingsNote } from "../../../src/core/template/phase";
import type { Statement, StatementGroup } from "../../../src/core/dataset/types";
import { disagree } from "../../../src/core/dataset/statements";

const ds = getDataset();
const fx = createDataFunctions(() => ds);
/** SOURCE's text; fails the test on an error value. */
const source = (...args: Parameters<typeof fx.sourceText>): string => {
  const v = fx.sourceText(...args);
  if (typeof v !== "string") throw new Error(`SOURCE gave ${JSON.stringify(v)}`);
  return v;
};
const group = (entity: string, field: string, period: string, segment?: string): StatementGroup | undefined =>
  ds.series.get(`${entity}|${field}|${segment ?? ""}`)?.get(period);

describe("primaries re-decided by reading", () => {
  it.each([
    ["688271.SH", "overseas_revenue", "2024", 22.66],
    ["688271.SH", "overseas_revenue_yoy", "2024", 0.35],
    ["300015.SZ", "fx_loss", "2024", 0.8],
    ["300015.SZ", "capex_da_ratio", "2025H1", 0.78],
    ["300015.SZ", "capex_da_ratio", "2024H1", 1.02],
    ["300015.SZ", "da", "2025H1", 11.63],
    ["300015.SZ", "da", "2024H1", 9.49],
    ["300015.SZ", "da_yoy", "2025H1", 0.2255],
  ] as const)("DATA(%s, %s, %s) = %d", (company, field, period, value) => {
    expect(fx.dataValue(company, field, period, null, null)).toBe(value);
  });

  it("the primary reading's statements are primary wherever the other reading also speaks", () => {
    for (const c of ds.contests)
      for (const r of c.readings)
        for (const id of r.statements) {
          const s = ds.statementById.get(id)!;
          const g = group(s.figure.entity, s.figure.field, s.figure.period, s.figure.segment)!;
          const rivals = g.statements.some((o) => o.id !== id && readApart(ds, o, s));
          if (rivals) expect(s.primary, `${c.id}/${r.id}: ${id}`).toBe(r.id === c.primary);
        }
  });
});

/** Every pair of statements DATA returns side by side for one period: a figure and its growth, a ratio and its parts, a derived figure and its bases. */
function pairs(): [string, Statement, Statement][] {
  const out: [string, Statement, Statement][] = [];
  for (const g of ds.groups) {
    const yoy = group(g.entity, `${g.field}_yoy`, g.period, g.segment);
    if (yoy) out.push([`${g.key} with its growth`, g.primary, yoy.primary]);
    for (const id of g.primary.figure.derived?.from ?? []) {
      const base = ds.statementById.get(id);
      const bg = base && group(base.figure.entity, base.figure.field, base.figure.period, base.figure.segment);
      if (bg) out.push([`${g.key} with its base ${id}`, g.primary, bg.primary]);
    }
  }
  for (const [entity, parts] of [...new Set(ds.groups.map((g) => g.entity))].map((e) => [e, ["capex", "da"]] as const))
    for (const g of ds.groups.filter((x) => x.entity === entity && x.field === "capex_da_ratio"))
      for (const f of parts) {
        const part = group(entity, f, g.period, g.segment);
        if (part) out.push([`${g.key} with its part ${f}`, g.primary, part.primary]);
      }
  return out;
}

describe("figures read together come from one reading", () => {
  const all = pairs();

  it("finds the pairs (figure and growth, ratio and parts, derived and base)", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it("no pair DATA returns mixes two readings of a contest", () => {
    const mixed = all.filter(([, a, b]) => readApart(ds, a, b)).map(([what]) => what);
    expect(mixed).toEqual([]);
  });

  it("where either figure is disputed, the second is read together with the first (same line, same reading, or derived), or agrees with a statement that is", () => {
    const disputed = all.filter(([, a, b]) => {
      const ga = group(a.figure.entity, a.figure.field, a.figure.period, a.figure.segment)!;
      const gb = group(b.figure.entity, b.figure.field, b.figure.period, b.figure.segment)!;
      return ga.disagrees || gb.disagrees;
    });
    expect(disputed.length).toBeGreaterThan(0);
    const together = (a: Statement, b: Statement): boolean => {
      const gb = group(b.figure.entity, b.figure.field, b.figure.period, b.figure.segment)!;
      return gb.statements.some((s) => !disagree(s, b) && readTogether(ds, a, s));
    };
    expect(disputed.filter(([, a, b]) => !together(a, b)).map(([what, a, b]) => `${what}: ${a.id} / ${b.id}`)).toEqual([]);
  });
});

describe("the phase under each reading", () => {
  it("Aier: Contraction under the statement reading (primary), Expansion slowing under the commentary; contested", () => {
    const rs = phaseByReading(ds, "aier_eye");
    expect(rs.map((r) => [r.reading?.id, r.phase, r.before.period, Number(r.before.ratio.toFixed(2)), r.now.period, Number(r.now.ratio.toFixed(2))])).toEqual([
      ["statements", "contraction", "2024H1", 1.02, "2025H1", 0.78],
      ["commentary", "expansion_slowing", "2024H1", 2.58, "2025H1", 1.96],
    ]);
    expect(rs.every((r) => r.contested)).toBe(true);
    expect(rs[0]!.reading?.primary).toBe(true);
  });

  it("every other seed company has no capex / D&A pair, hence no phase", () => {
    expect(ds.entities.filter((e) => phaseByReading(ds, e.id).length > 0).map((e) => e.id)).toEqual(["aier_eye"]);
  });

  it("reads as the template and the pane show it, in both languages", () => {
    const en = phaseSummaryText(ds, "aier_eye", "en")!;
    expect(en).toContain("Contested: Contraction — H1 2024 1.02 (line 21, derived) → H1 2025 0.78 (line 21)");
    expect(en).toContain("with Capital expenditure, YoY growth -6.18% (line 13), Depreciation and amortization, YoY growth +22.55% (line 17)");
    expect(en).toContain("Expansion slowing — H1 2024 2.58 (line 195) → H1 2025 1.96 (line");
    expect(en).toContain("爱尔眼科(自用) (夜夜皆然, undated)");
    const zh = phaseSummaryText(ds, "aier_eye", "zh")!;
    expect(zh).toContain("有争议：收缩——2024年上半年 1.02（第 21 行，推算） → 2025年上半年 0.78（第 21 行）");
    expect(zh).toContain("扩张放缓——");
    expect(zh).toContain("《爱尔眼科(自用)》（夜夜皆然，未注明日期）");
    const note = phaseReadingsNote(phaseReadingsFor(ds, "aier_eye"), "en");
    expect(note).toMatch(/^Contested, by reading: Contraction — .*; Expansion slowing — /);
    expect(phaseReadingsNote(phaseReadingsFor(ds, "aier_eye"), "zh")).toMatch(/^有争议，按口径分列：收缩——.*；扩张放缓——/);
  });

  it("a reading's statement for a figure: its own, else the primary unless another reading owns it", () => {
    const c = ds.contests.find((x) => x.id === "aier_capex_da")!;
    const [statements, commentary] = c.readings;
    const g = group("aier_eye", "capex_da_ratio", "2024H1")!;
    expect(statementUnder(ds, g, c, statements!)?.figure.value).toBe(1.02);
    expect(statementUnder(ds, g, c, commentary!)?.figure.value).toBe(2.58);
    const yoy = group("aier_eye", "da_yoy", "2025H1")!;
    expect(statementUnder(ds, yoy, c, commentary!)).toBeUndefined();
  });
});

describe("sources a person recognises", () => {
  it.each([
    ["000_b74c3c6bc38ab8e1.txt", "豪赌智能：联影医疗的影像帝国在AI迷雾中寻路 (2025-07-04)", "《豪赌智能：联影医疗的影像帝国在AI迷雾中寻路》（2025-07-04）"],
    ["001_a42c3d1f374adbc5.txt", "2024 财报背后，如何看待联影医疗的投资价值点？ (观韬, 市值风云 App, undated)", "《2024 财报背后，如何看待联影医疗的投资价值点？》（观韬，市值风云 App，未注明日期）"],
    ["002_8d71204def5a8b68.txt", "Genertec and Neusoft Group upgrade their strategic partnership (news report, 2024) (our label, undated)", "通用技术集团与东软集团战略合作升级（新闻报道，2024 年）（本项目所拟标题，未注明日期）"],
    ["003_b3fdc93d999670b0.txt", "爱尔眼科(自用) (夜夜皆然, undated)", "《爱尔眼科(自用)》（夜夜皆然，未注明日期）"],
  ])("%s is named by its record", (file, en, zh) => {
    expect(sourceName(ds, file, "en")).toBe(en);
    expect(sourceName(ds, file, "zh")).toBe(zh);
  });

  it("citation(): title (date), line N: the figure as printed", () => {
    const s = ds.statementById.get("000:45:united_imaging/overseas_revenue/2024")!;
    expect(citation(ds, s, "en")).toBe('豪赌智能：联影医疗的影像帝国在AI迷雾中寻路 (2025-07-04), line 45: "22.66亿元"');
    expect(citation(ds, s, "zh")).toBe("《豪赌智能：联影医疗的影像帝国在AI迷雾中寻路》（2025-07-04），第 45 行：“22.66亿元”");
  });

  it("SOURCE cites the record, names the readings and lists the failed cross-checks touching the figure", () => {
    const s = source("aier_eye", "da_yoy", "2025H1", null, "en");
    expect(s).toContain('[1] PRIMARY 爱尔眼科(自用) (夜夜皆然, undated), line 17: "22.55%"');
    expect(s).toContain("reading: Statement walk-through (primary reading)");
    expect(s).toContain("CONTESTED READINGS (Capex / D&A and the capital-cycle phase, 2024H1 to 2025H1)");
    expect(s).toContain("FAILED CROSS-CHECK (growth): da 2025H1 4.63 (line 195), da 2024H1 3.75 (line 195) → da_yoy 2025H1 22.55 (line 17)");
    const zh = source("aier_eye", "da_yoy", "2025H1", null, "zh");
    expect(zh).toContain("交叉核对未通过（增速）");
    expect(zh).toContain("口径：报表逐项分析（主口径）");
    const ui = source("688271.SH", "overseas_revenue_yoy", "2024", null, "zh");
    expect(ui).toContain("由 33.8%（文章 001 第 88 行）改为 35%");
    expect(ui).toContain("口径：文章 001：22.2，+33.8%（非主口径，有争议）");
  });
});

describe("the templates show readings and sources as the readings API gives them", () => {
  const textsOf = async (entity: string, lang: "en" | "zh"): Promise<string[]> => {
    const { templateInputFor } = await import("../../../src/core/template/from-dataset");
    const { buildTemplatePlan } = await import("../../../src/core/template/build");
    const plan = buildTemplatePlan(templateInputFor(ds, entity)!, { lang, style: "portable" });
    return plan.cells.flat().flatMap((c) => (c.kind === "text" ? [c.text] : []));
  };
  // The sheet splits a long text into lines inside the print area (one cell each): compared without white space, run together.
  const squeeze = (t: string) => t.replace(/\s+/g, "");
  const shows = (texts: readonly string[], t: string) => squeeze(texts.join("")).includes(squeeze(t));

  it("Aier: the phase under each reading, primary first, in both languages; United Imaging has none", async () => {
    const { templateInputFor } = await import("../../../src/core/template/from-dataset");
    const input = templateInputFor(ds, "aier_eye")!;
    expect(input.phaseReadings?.contested).toBe(true);
    for (const lang of ["en", "zh"] as const) {
      const texts = await textsOf("aier_eye", lang);
      for (const line of input.phaseReadings!.lines) expect(shows(texts, line.text[lang])).toBe(true);
      expect(texts.some((t) => t.includes(lang === "en" ? "Contraction — H1 2024 1.02" : "收缩——2024年上半年 1.02"))).toBe(true);
      expect(texts.some((t) => t.includes(lang === "en" ? "Expansion slowing — H1 2024 2.58" : "扩张放缓——2024年上半年 2.58"))).toBe(true);
    }
    expect(templateInputFor(ds, "united_imaging")!.phaseReadings).toBeUndefined();
  });

  it("United Imaging: sources named by their records (title, date, author), reasons in Chinese", async () => {
    const en = await textsOf("united_imaging", "en");
    expect(shows(en, sourceName(ds, "000_b74c3c6bc38ab8e1.txt", "en"))).toBe(true);
    const zh = await textsOf("united_imaging", "zh");
    expect(shows(zh, "《2024 财报背后，如何看待联影医疗的投资价值点？》（观韬，市值风云 App，未注明日期）")).toBe(true);
    expect(zh.some((t) => t.includes("由 33.8%（文章 001 第 88 行）改为 35%"))).toBe(true);
  });
});

describe("relative fiscal years on the seeds", () => {
  it("FY0 is the latest year with a reported statement flow: Aier 2024 (a mid-2025 market share does not count), United Imaging 2024", async () => {
    const { latestFiscalYear } = await import("../../../src/core/dataset/lookup");
    expect(latestFiscalYear(ds, "aier_eye")).toBe(2024);
    expect(latestFiscalYear(ds, "united_imaging")).toBe(2024);
    expect(fx.dataValue("300015.SZ", "capex", "FY0", null, null)).toBe(20);
    expect(fx.dataValue("688271.SH", "revenue", "FY-1", null, null)).toBe(fx.dataValue("688271.SH", "revenue", "2023", null, null));
  });
});
