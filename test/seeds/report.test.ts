import { describe, expect, it } from "vitest";
import { buildReport, conflictsMarkdown, coverageMarkdown, markers, replaceSection, reportText } from "../../scripts/seeds/report";
import { fixtureDataset } from "../core/dataset/fixture";

const report = buildReport(fixtureDataset());

describe("seeds report", () => {
  it("counts statements, figures, conflicts and checks", () => {
    expect(report.totals).toEqual({ statements: 30, figures: 25, entities: 5, conflicts: 2, checks: 3, inconsistentChecks: 1 });
    expect(report.files).toEqual([
      { file: "900_aaaaaaaaaaaaaaaa.txt", statements: 24 },
      { file: "901_bbbbbbbbbbbbbbbb.txt", statements: 6 },
    ]);
    expect(report.fields[0]).toEqual({ field: "revenue", statements: 14, entities: 3 });
    expect(report.entities.find((e) => e.id === "acme_eye")).toMatchObject({ statements: 26, figures: 21, conflicts: 2 });
  });

  it("has no problems for consistent data, and lists them otherwise", () => {
    expect(report.problems).toEqual([]);
    const ds = fixtureDataset();
    const broken = buildReport({ ...ds, checks: [{ ...ds.checks[0]!, consistent: false }] });
    expect(broken.problems).toEqual([expect.stringContaining("stated consistent=false, recomputed true")]);
  });

  it("prints each conflict with every citation", () => {
    const text = reportText(report);
    expect(text).toContain("acme_eye / revenue / 2025H1 — rule precise_over_rounded");
    expect(text).toContain('900_aaaaaaaaaaaaaaaa.txt:3 "115.07 亿元" = 115.07 亿元 [primary]');
    expect(text).toContain('901_bbbbbbbbbbbbbbbb.txt:3 "116 亿元" = 116 亿元');
    expect(text).toContain("ok ratio 900:10:acme_eye/capex/2025H1");
    expect(text).toContain("stated INCONSISTENT, recomputed INCONSISTENT");
    expect(text).toContain("Problems: none");
  });

  it("writes markdown sections", () => {
    expect(coverageMarkdown(report)).toContain("| acme_eye | 艾克眼科医院集团股份有限公司 Acme Eye | 26 | 21 | 2 |");
    const conflicts = conflictsMarkdown(report);
    expect(conflicts.split("\n").filter((l) => l.startsWith("- **"))).toHaveLength(2);
    expect(conflicts).toContain("  - 900_aaaaaaaaaaaaaaaa.txt:13 \"400 家\" = 400 家 [primary]");
  });
});

describe("replaceSection", () => {
  const [begin, end] = markers("conflicts");

  it("replaces the text between the markers and keeps the rest", () => {
    const doc = `# Data\n\nintro\n\n## Conflicts\n\n${begin}\nold\n${end}\n\n## After\n`;
    const out = replaceSection(doc, "conflicts", "Conflicts", "new");
    expect(out).toBe(`# Data\n\nintro\n\n## Conflicts\n\n${begin}\nnew\n${end}\n\n## After\n`);
    expect(replaceSection(out, "conflicts", "Conflicts", "new")).toBe(out);
  });

  it("appends the section when the markers are missing", () => {
    expect(replaceSection("# Data\n", "conflicts", "Conflicts", "x")).toBe(`# Data\n\n## Conflicts\n\n${begin}\nx\n${end}\n`);
  });
});

describe("readings section", () => {
  it("lists every contest with its readings and statements; none for the fixture", async () => {
    const { readingsMarkdown } = await import("../../scripts/seeds/report");
    const { getDataset } = await import("../../src/core/dataset/default-dataset");
    expect(readingsMarkdown(fixtureDataset())).toBe("No contested readings.");
    const text = readingsMarkdown(getDataset());
    expect(text).toContain("(`aier_capex_da`, aier_eye) — primary reading `statements` by `financial_statement_context`");
    expect(text).toContain("  - **primary** Statement walk-through / 报表逐项分析");
    expect(text).toContain('    - 001_a42c3d1f374adbc5.txt:88 "增长 33.8%" = 33.8 %');
  });
});
