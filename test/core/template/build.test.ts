import { describe, expect, it } from "vitest";
import { buildTemplatePlan } from "../../../src/core/template/build";
import type { PlanCell, TemplatePlan } from "../../../src/core/template/types";
import { parseCell, parseRect, rectAddress, rectsOverlap } from "../../../src/core/template/a1";
import { acmeInput, sparseInput } from "./fixtures";
import { chartsCoverNothing } from "./layout-checks";

function cell(plan: TemplatePlan, address: string): PlanCell {
  const p = parseCell(address)!;
  return plan.cells[p.row]![p.col]!;
}
const textAt = (plan: TemplatePlan, a: string) => {
  const c = cell(plan, a);
  return c.kind === "text" ? c.text : `<${c.kind}>`;
};
/** Column A of a table's body (row labels). */
const labels = (plan: TemplatePlan, role: string) => {
  const t = plan.tables.find((x) => x.role === role)!;
  return plan.cells.slice(t.rect.row + 1, t.rect.row + t.rect.rowCount).map((r) => (r[0]!.kind === "text" ? r[0]!.text : ""));
};

describe("buildTemplatePlan: the model layout (fields down, periods across)", () => {
  const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
  const fin = plan.tables.find((t) => t.role === "financials")!;

  it("names the sheet from the short name and ticker", () => {
    expect(plan.sheetName).toBe("Acme Eye 600000.SH");
  });

  it("writes a header block: company, ticker, unit, data as of, phase, formula style, missing", () => {
    expect(textAt(plan, "A1")).toBe("Acme Eye Hospital Group — capital-cycle template");
    expect(textAt(plan, "B2")).toBe("600000.SH");
    expect(textAt(plan, "B3")).toBe("money in CNY 100m (亿元); rates in %");
    // The 2025 target is not an actual figure, so data runs to H1 2025.
    expect(textAt(plan, "B4")).toBe("2025-06-30 (H1 2025)");
    expect(plan.asOf).toBe("2025H1");
    expect(plan.phaseCell).toBe("B5");
    // How the phase is read, under it, in lines that end inside the printed width (here one).
    expect(textAt(plan, "A6")).toBe("From capex ÷ D&A in the last two annual periods with both (≥1.5 and rising: expansion; <1.0: contraction or recovery).");
    expect([textAt(plan, "A7"), textAt(plan, "B7")]).toEqual(["Formulas", "live (CAPCYCLE functions; needs the add-in)"]);
    expect([textAt(plan, "A8"), textAt(plan, "B8")]).toEqual(["Missing", "so not computed: R&D capitalized share"]);
    expect(textAt(plan, "A9")).toBe("Blank cells are missing data, never zero. Every figure is cited in the sources table.");
    expect(plan.formats).toContainEqual({ range: "A6", italic: true, fontColor: "#595959" });
  });

  it("puts periods across, oldest at the left, annual and half-year periods in separate column groups", () => {
    expect(rectAddress(fin.rect)).toBe("A12:E35");
    expect(["B11", "C11", "D11", "E11"].map((a) => textAt(plan, a))).toEqual(["Annual", "<blank>", "Half-year", "<blank>"]);
    expect(["A12", "B12", "C12", "D12", "E12"].map((a) => cell(plan, a))).toEqual([
      { kind: "text", text: "CNY 100m (亿元)" },
      { kind: "text", text: "2023" },
      { kind: "text", text: "2024" },
      { kind: "text", text: "2024H1" },
      { kind: "text", text: "2025H1" },
    ]);
    expect(fin.columns.map((c) => [c.header, c.role])).toEqual([
      ["CNY 100m (亿元)", "label"],
      ["2023", "period"],
      ["2024", "period"],
      ["2024H1", "period"],
      ["2025H1", "period"],
    ]);
    // The period headers sit right, over their numbers.
    expect(plan.formats).toContainEqual({ range: "B12:E12", align: "right" });
  });

  it("lists fields down the rows under their statement, each with its stated growth; only fields with figures", () => {
    expect(labels(plan, "financials")).toEqual([
      "Income statement",
      "Revenue",
      "Revenue, YoY growth",
      "Net profit",
      "Cash flow statement",
      "Operating cash flow",
      "Capex",
      "D&A",
      "Balance sheet (at period end)",
      "Receivables",
      "Goodwill",
      "Equity",
      "Debt to assets",
      "Capital-cycle metrics (formulas)",
      "Capex / D&A",
      "Net investment",
      "Capex intensity",
      "Free cash flow",
      "Cash conversion",
      "Receivable days",
      "Goodwill / equity",
      "Revenue growth (calc.)",
      "Net profit growth (calc.)",
    ]);
    // Headings are bold and shaded across the table.
    expect(plan.formats).toContainEqual({ range: "A13:E13", bold: true, fill: "#DDEBF7" });
  });

  it("writes money in 亿 with two decimals, rates as %, and leaves missing figures blank", () => {
    expect(cell(plan, "E14")).toEqual({ kind: "number", value: 115.07, format: "0.00" });
    expect(cell(plan, "E15")).toEqual({ kind: "number", value: 0.1507, format: "0.00%" });
    expect(cell(plan, "B19")).toEqual({ kind: "number", value: -40, format: "0.00" });
    // No capex in H1 2024: blank, formatted like its row, never 0.
    expect(cell(plan, "D19")).toEqual({ kind: "blank", format: "0.00" });
    expect(cell(plan, "D15")).toEqual({ kind: "blank", format: "0.00%" });
    // Heading rows hold no values.
    expect(cell(plan, "B13")).toEqual({ kind: "blank" });
  });

  it("keeps targets and forecasts out of the tables", () => {
    expect(fin.columns.map((c) => c.header)).not.toContain("2025");
  });

  it("writes each metric in the columns that have its inputs, referring to the same column only", () => {
    expect(cell(plan, "B27")).toEqual({ kind: "formula", formula: "=CAPCYCLE.CAPEX_DA_RATIO(B19,B20)", format: "0.00" });
    expect(cell(plan, "E27")).toEqual({ kind: "formula", formula: "=CAPCYCLE.CAPEX_DA_RATIO(E19,E20)", format: "0.00" });
    // H1 2024 has neither capex nor D&A: no formula there.
    expect(cell(plan, "D27")).toEqual({ kind: "blank", format: "0.00" });
    expect(cell(plan, "C28").kind === "formula" && cell(plan, "C28")).toMatchObject({ formula: "=CAPCYCLE.NET_INVESTMENT(C19,C20)" });
    expect(cell(plan, "B29")).toMatchObject({ formula: "=CAPCYCLE.CAPEX_INTENSITY(B19,B14)", format: "0.00%" });
    // No operating cash flow in 2023: free cash flow from 2024 on.
    expect(cell(plan, "B30")).toEqual({ kind: "blank", format: "0.00" });
    expect(cell(plan, "C30")).toMatchObject({ formula: "=CAPCYCLE.FREE_CASH_FLOW(C18,C19)" });
    // Receivable days count the period's own days: 366 for 2024, 181 for H1 2025.
    expect(cell(plan, "C32")).toMatchObject({ formula: "=CAPCYCLE.RECEIVABLE_DAYS(C22,C14,366)", format: "0.0" });
    expect(cell(plan, "E32")).toMatchObject({ formula: "=CAPCYCLE.RECEIVABLE_DAYS(E22,E14,181)" });
    expect(cell(plan, "C33")).toMatchObject({ formula: "=CAPCYCLE.GOODWILL_TO_EQUITY(C23,C24)", format: "0.00%" });
    // Growth compares a period with the same period a year earlier, in its own group: never 2025H1 over 2024.
    expect(cell(plan, "C34")).toMatchObject({ formula: "=CAPCYCLE.SEGMENT_GROWTH(C14,B14)" });
    expect(cell(plan, "E34")).toMatchObject({ formula: "=CAPCYCLE.SEGMENT_GROWTH(E14,D14)" });
    expect(cell(plan, "B34")).toEqual({ kind: "blank", format: "0.00%" });
    // Every metric formula refers to cells of its own column.
    plan.cells.forEach((row) =>
      row.forEach((c, col) => {
        if (c.kind !== "formula" || !/^=CAPCYCLE\.(CAPEX|NET|FREE|CASH|RECEIVABLE|GOODWILL)/.test(c.formula)) return;
        for (const ref of c.formula.match(/[A-Z]+\d+/g)!) expect(parseCell(ref)!.col).toBe(col);
      }),
    );
  });

  it("writes the cycle phase over the capex and D&A rows of one frequency group", () => {
    // Annual has two periods with both (2023, 2024); the half year only one.
    expect(cell(plan, "B5")).toEqual({ kind: "formula", formula: '=CAPCYCLE.CYCLE_PHASE(B19:C19,B20:C20,1.5,1,"en")', format: "General" });
  });

  it("uses A1 references only (no structured references)", () => {
    for (const row of plan.cells) for (const c of row) if (c.kind === "formula") expect(c.formula).not.toMatch(/\[|#/);
  });

  it("builds segment blocks: segments down, the same period columns, computed growth where the prior year exists", () => {
    const seg = plan.tables.find((t) => t.role === "segments")!;
    expect(rectAddress(seg.rect)).toBe("A55:E62");
    expect(seg.columns.map((c) => c.header)).toEqual(["Segment", "2023", "2024", "2024H1", "2025H1"]);
    expect(labels(plan, "segments")).toEqual(["Revenue", "Refractive", "Cataract", "Optometry", "Revenue growth (calc.)", "Refractive", "Cataract"]);
    expect(cell(plan, "C57")).toEqual({ kind: "number", value: 120, format: "0.00" });
    expect(cell(plan, "C61")).toEqual({ kind: "formula", formula: "=CAPCYCLE.SEGMENT_GROWTH(C57,B57)", format: "0.00%" });
    expect(cell(plan, "B61")).toEqual({ kind: "blank", format: "0.00%" });
  });

  it("builds peer blocks: market share first, companies down with their tickers", () => {
    const peers = plan.tables.find((t) => t.role === "peers")!;
    expect(rectAddress(peers.rect)).toBe("A82:E92");
    expect(labels(plan, "peers")).toEqual(["Market share", "Acme Eye 600000.SH", "Beta 301267.SZ", "Gamma", "Revenue", "Acme Eye 600000.SH", "Beta 301267.SZ", "Hospitals", "Beta 301267.SZ", "Gamma"]);
    expect(cell(plan, "C85")).toEqual({ kind: "number", value: 0.02, format: "0.00%" });
    expect(cell(plan, "B92")).toEqual({ kind: "number", value: 10, format: "#,##0" });
  });

  it("lists source records once, then every figure with its record, line, basis and note", () => {
    const src = plan.tables.find((t) => t.role === "sources")!;
    expect(textAt(plan, "A115")).toBe("Sources");
    expect([textAt(plan, "A116"), textAt(plan, "B116")]).toEqual(["S1", "003_b3fdc93d999670b0.txt"]);
    expect(textAt(plan, "B115")).toBe("Source records (cited by key in the table below)");
    expect(src.columns.map((c) => c.header)).toEqual(["Field", "Period", "As printed", "Source", "Line", "Basis", "Note"]);
    const rows = plan.cells.slice(src.rect.row + 1, src.rect.row + src.rect.rowCount);
    // One row per figure: the company's 32 and the peers' 5 that the peers table shows.
    expect(rows).toHaveLength(acmeInput().figures.length + 5);
    const equity = rows.filter((r) => r[0]!.kind === "text" && r[0]!.text === "Equity");
    expect(equity.map((r) => r.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : "")))).toEqual([
      ["Equity", "2024", "160.0亿元", "S1", 22, "actual", 'CONFLICT: 2 statements disagree; primary by rule "precise over rounded" (160.0 beats about 150); also stated: 约150亿元 (S1, line 23, about)'],
    ]);
    // A peer's figure names the peer; a segment's names the segment.
    expect(rows.map((r) => (r[0]!.kind === "text" ? r[0]!.text : ""))).toEqual(expect.arrayContaining(["Beta: Market share", "Revenue — Refractive"]));
    // The target is listed with its basis.
    expect(rows.find((r) => r[2]!.kind === "text" && r[2]!.text === "=240亿")![5]).toEqual({ kind: "text", text: "target" });
  });

  it("marks every text cell as text, including ones that look like formulas or numbers", () => {
    expect(cell(plan, "B12")).toEqual({ kind: "text", text: "2023" });
    const printed = plan.cells.flat().find((c) => c.kind === "text" && c.text === "=240亿");
    expect(printed).toEqual({ kind: "text", text: "=240亿" });
  });

  it("records which cell shows which figure", () => {
    expect(plan.record.cells["E14"]).toBe("acme|revenue|2025H1|");
    expect(plan.record.cells["C57"]).toBe("acme|revenue|2024|refractive");
    expect(plan.record.cells["C85"]).toBe("beta|market_share|2024|");
    expect(plan.record.entity).toBe("acme");
  });

  it("plans one capex vs D&A chart per frequency group, bound by rows, in a band under the financials", () => {
    const [annual, half, ...rest] = plan.charts;
    expect(annual).toMatchObject({
      kind: "capex-da",
      name: "CapCycle capex vs D&A (annual)",
      title: "Capex vs D&A — annual",
      type: "ColumnClustered",
      tableRole: "financials",
      seriesBy: "rows",
      frequency: "annual",
      categoryColumn: "CNY 100m (亿元)",
      categories: "B12:C12",
      series: [
        { name: "Capex", values: "B19:C19", row: { label: "Capex", index: 6 }, chartType: "ColumnClustered", axis: "Primary" },
        { name: "D&A", values: "B20:C20", row: { label: "D&A", index: 7 }, chartType: "ColumnClustered", axis: "Primary" },
        { name: "Capex / D&A", values: "B27:C27", row: { label: "Capex / D&A", index: 14 }, chartType: "Line", axis: "Secondary" },
      ],
    });
    // The half-year chart starts at the group's first period with capex or D&A: H1 2025 (H1 2024 has neither).
    expect(half).toMatchObject({ name: "CapCycle capex vs D&A (half-year)", categories: "E12", frequency: "half", firstPeriod: "2025H1" });
    expect(half!.series.map((s) => s.values)).toEqual(["E19", "E20", "E27"]);
    expect(rectAddress(annual!.position)).toBe("A37:E52");
    expect(rectAddress(half!.position)).toBe("F37:G52");
    expect(rest.map((c) => [c.name, c.categories, rectAddress(c.position), c.series.map((s) => [s.name, s.values, s.row?.section])])).toEqual([
      ["CapCycle segment growth (annual)", "C55", "A64:E79", [["Refractive", "C61", "Revenue growth (calc.)"], ["Cataract", "C62", "Revenue growth (calc.)"]]],
      ["CapCycle market share (annual)", "C82", "A94:E109", [["Acme Eye 600000.SH", "C84", "Market share"], ["Beta 301267.SZ", "C85", "Market share"], ["Gamma", "C86", "Market share"]]],
    ]);
    expect(chartsCoverNothing(plan)).toEqual([]);
    for (const c of plan.charts) for (const t of plan.tables) expect(rectsOverlap(c.position, t.rect)).toBe(false);
  });

  it("leaves charts out on request", () => {
    const p = buildTemplatePlan(acmeInput(), { lang: "en", style: "live", charts: false });
    expect(p.charts).toEqual([]);
    // Without the bands the tables move up.
    expect(rectAddress(p.tables.find((t) => t.role === "segments")!.rect)).toBe("A38:E45");
  });

  it("gives the printing and viewing setup as plan data", () => {
    expect(plan.setup).toEqual({
      freeze: { rows: 12, columns: 1 },
      printArea: "A1:G151",
      printTitleColumns: "A:A",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: "A4",
      margins: { left: 0.3, right: 0.3, top: 0.4, bottom: 0.5, header: 0.2, footer: 0.25 },
      // Page 2 starts at the peers' title (row 81), not between a title and its table.
      rowBreaks: [80],
    });
    expect(plan.names.map((n) => [n.name, n.range, n.table])).toEqual([
      ["CapCycle_acme_Financials_Range", "A12:E35", "financials"],
      ["CapCycle_acme_Segments_Range", "A55:E62", "segments"],
      ["CapCycle_acme_Peers_Range", "A82:E92", "peers"],
      ["CapCycle_acme_Other_Range", "A112:E113", "other"],
      ["CapCycle_acme_Sources_Range", "A117:G151", "sources"],
    ]);
    // The long conflict note wraps onto three lines in the note column: its row is that tall.
    expect(plan.rowHeights).toEqual({ 143: 45 });
    // Every chart lies inside the print area.
    const area = parseRect(plan.setup.printArea)!;
    for (const c of plan.charts) expect(c.position.col + c.position.colCount).toBeLessThanOrEqual(area.col + area.colCount);
  });
});

describe("buildTemplatePlan: options", () => {
  it("writes portable formulas with native functions only, blank in → blank out", () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" });
    expect(cell(plan, "B27")).toEqual({ kind: "formula", formula: '=IF(OR(B19="",B20=""),"",ABS(B19)/ABS(B20))', format: "0.00" });
    expect(cell(plan, "C34")).toEqual({ kind: "formula", formula: '=IF(OR(C14="",B14=""),"",IF(B14<=0,NA(),C14/B14-1))', format: "0.00%" });
    for (const row of plan.cells) for (const c of row) if (c.kind === "formula") expect(c.formula).not.toContain("CAPCYCLE");
    // The phase compares the ratio cells of 2024 and 2023.
    const phase = cell(plan, "B5");
    expect(phase.kind === "formula" && phase.formula.startsWith('=IF(OR(C27="",B27=""),"",')).toBe(true);
  });

  it("writes labels in Chinese, with full-width punctuation in computed labels", () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "zh", style: "live" });
    expect(textAt(plan, "A1")).toBe("阿克米眼科医院集团 — 资本周期模板");
    expect(textAt(plan, "A11")).toBe("财务数据");
    expect(textAt(plan, "B11")).toBe("年度");
    expect(textAt(plan, "D11")).toBe("半年度");
    expect(textAt(plan, "A12")).toBe("亿元");
    expect(labels(plan, "financials").slice(0, 5)).toEqual(["利润表", "营业收入", "营业收入同比增速", "归母净利润", "现金流量表"]);
    expect(labels(plan, "financials").slice(-3)).toEqual(["商誉/股东权益", "营业收入增速（计算）", "归母净利润增速（计算）"]);
    expect(plan.charts.map((c) => c.title)).toEqual(["资本开支与折旧摊销（年度）", "资本开支与折旧摊销（半年度）", "分部增速（年度）", "市场份额（年度）"]);
    expect(cell(plan, "B5")).toMatchObject({ formula: '=CAPCYCLE.CYCLE_PHASE(B19:C19,B20:C20,1.5,1,"zh")' });
    // Sources in Chinese: full-width punctuation, the rule by its Chinese name, the other statement cited.
    expect(textAt(plan, "B115")).toBe("来源记录（下表按编号引用）");
    expect(plan.cells[116]!.map((c) => (c.kind === "text" ? c.text : ""))).toEqual(["字段", "期间", "原文数值", "来源", "行号", "数据性质", "备注"]);
    expect(textAt(plan, "G144")).toBe("冲突：2 条表述不一致；按规则“精确值优先于取整值”选定采用值（160.0 beats about 150）；另有表述：约150亿元（S1，第 23 行，约）");
  });

  it("converts money to the chosen unit", () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live", unit: "百万" });
    expect(cell(plan, "E14")).toEqual({ kind: "number", value: 11507, format: "0.00" });
    expect(textAt(plan, "A12")).toBe("CNY m (百万元)");
  });

  it("keeps a rectangular grid with one width per column, the label column fitting its labels", () => {
    for (const input of [acmeInput(), sparseInput()]) {
      const plan = buildTemplatePlan(input, { lang: "en", style: "live" });
      const width = plan.cells[0]!.length;
      for (const row of plan.cells) expect(row).toHaveLength(width);
      expect(plan.columnWidths).toHaveLength(width);
    }
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    // "Capital-cycle metrics (formulas)" is the longest label of the period tables (32 characters).
    expect(plan.columnWidths[0]).toBeGreaterThanOrEqual(32 * 6.5);
  });

  it("a company with few figures still gets a sheet for what exists", () => {
    const plan = buildTemplatePlan(sparseInput(), { lang: "en", style: "portable" });
    expect(plan.tables.map((t) => [t.role, rectAddress(t.rect)])).toEqual([
      ["financials", "A16:B18"],
      ["other", "A21:E22"],
      ["sources", "A26:G28"],
    ]);
    expect(labels(plan, "financials")).toEqual(["Income statement", "Revenue"]);
    expect(plan.charts).toEqual([]);
    expect(textAt(plan, "B5")).toBe("Not enough data: needs capex and D&A in two periods.");
    // The long "missing" note in lines that end inside the page's width (a narrow sheet prints on a page's full width).
    expect(["B7", "B8", "B9", "B10", "B11"].map((a) => textAt(plan, a)).join(" ")).toMatch(/^No figures: Net profit, Operating cash flow, Capex, D&A, Receivables, Goodwill, Equity; so not computed: .*R&D capitalized share$/);
    expect(plan.setup.printArea).toBe("A1:H28");
  });
});
