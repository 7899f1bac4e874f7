import { describe, expect, it } from "vitest";
import { cellError, isCellError, type CellError } from "../../../src/core/errors";
import type { ResultValue } from "../../../src/core/values";
import { fixtureFunctions as fx } from "./fixture";

function err(v: unknown): CellError {
  if (!isCellError(v)) throw new Error(`expected an error, got ${JSON.stringify(v)}`);
  return v;
}

const ACME_REVENUE_PERIODS = ["2024H1", "2024Q1Q3", "2024", "2024Q4", "2025Q1", "2025H1", "2025"];

describe("DATA: error cases", () => {
  it("unknown company → #N/A naming the closest", () => {
    const e = err(fx.dataValue("Acme Eyes", "revenue", null, null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("Acme Eye Hospital Group (300999.SZ)");
    expect(e.message?.zh).toContain("艾克眼科医院集团股份有限公司（300999.SZ）");
  });

  it("unknown field → #N/A naming the closest field", () => {
    const e = err(fx.dataValue("acme_eye", "revenu", null, null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("revenue");
  });

  it("a field the company lacks → #N/A naming the closest fields it has", () => {
    const e = err(fx.dataValue("acme_eye", "net_profit", null, null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("has no net_profit figures");
    expect(e.message?.en).toContain('FIELDS("acme_eye")');
    expect(e.message?.zh).toContain("没有");
  });

  it("a period without the figure → #N/A listing the available periods, oldest first", () => {
    const e = err(fx.dataValue("acme_eye", "revenue", "2023", null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain(`Available: ${ACME_REVENUE_PERIODS.join(", ")}.`);
    expect(e.message?.zh).toContain(`可用期间：${ACME_REVENUE_PERIODS.join("、")}`);
  });

  it.each(["2025H3", "soon", 2025.5])("%j is not a period → #N/A with the format and the available periods", (period) => {
    const e = err(fx.dataValue("acme_eye", "revenue", period, null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("is not a period");
    expect(e.message?.en).toContain("2024H1, 2024Q1Q3");
  });

  it("unknown segment → #N/A naming the closest of the company's segments", () => {
    const e = err(fx.dataValue("acme_eye", "revenue", "2025H1", null, "catarct"));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("cataract");
  });

  it("a segment without that field → #N/A naming the segments that have it", () => {
    const e = err(fx.dataValue("acme_eye", "surgeries", "2025H1", null, "cataract"));
    expect(e.message?.en).toContain("Segments with surgeries: refractive (Refractive surgery)");
    const g = err(fx.dataValue("acme_eye", "gross_margin", null, null, "cataract"));
    expect(g.message?.en).toContain("only for the whole company");
  });

  it("a field stated only by segment, asked for the whole company → #N/A asking for the segment", () => {
    const e = err(fx.dataValue("acme_eye", "surgeries", "2025H1", null, null));
    expect(e.message?.en).toContain("only by segment: refractive");
    expect(e.message?.zh).toContain("分部");
  });

  it("error inputs pass through; booleans are refused", () => {
    const na = cellError("#N/A");
    expect(fx.dataValue(na, "revenue", null, null, null)).toBe(na);
    const div = cellError("#DIV/0!");
    expect(fx.dataValue("acme_eye", "revenue", div, null, null)).toBe(div);
    expect(err(fx.dataValue("acme_eye", true, null, null, null)).error).toBe("#VALUE!");
    expect(err(fx.dataValue("acme_eye", "revenue", false, null, null)).error).toBe("#VALUE!");
    expect(err(fx.dataValue("acme_eye", "revenue", null, null, true)).error).toBe("#VALUE!");
  });

  it("a missing company → #VALUE! naming the argument", () => {
    const e = err(fx.dataValue(null, "revenue", null, null, null));
    expect(e.error).toBe("#VALUE!");
    expect(e.message?.en).toContain("company");
  });
});

describe("DATA", () => {
  it("returns the figure in 亿 by default", () => {
    expect(fx.dataValue("acme_eye", "revenue", "2024", null, null)).toBe(209.84);
    expect(fx.dataValue("300999.SZ", "营业收入", 2024, null, null)).toBe(209.84);
    expect(fx.dataValue(300999, "营收", "FY2024", "", "")).toBe(209.84);
  });

  it("omitted period → the latest reported period (2025H1), not the later 2025 forecast", () => {
    expect(fx.dataValue("acme_eye", "revenue", null, null, null)).toBe(115.07);
    expect(fx.dataValue("acme_eye", "revenue", "", null, null)).toBe(115.07);
    expect(fx.dataValue("acme_eye", "revenue", "2025", null, null)).toBe(230);
  });

  it("returns the primary of a conflict", () => {
    // 115.07 (900:3), 115.1 (901:2), 116 (901:3): primary by conflicts.json.
    expect(fx.dataValue("acme_eye", "revenue", "2025h1", null, null)).toBe(115.07);
    // 超过400家 vs 400家: the exact statement is primary.
    expect(fx.dataValue("acme_eye", "hospitals", "2024", null, null)).toBe(400);
  });

  it("prefers a stated figure over a derived one that agrees", () => {
    expect(fx.dataValue("acme_eye", "revenue", "2024H1", null, null)).toBe(105.45);
  });

  it("reads segment figures with the segment argument, by id or name", () => {
    expect(fx.dataValue("acme_eye", "revenue", "2025H1", null, "refractive")).toBe(45.6);
    expect(fx.dataValue("acme_eye", "revenue", "2025H1", null, "屈光")).toBe(45.6);
    expect(fx.dataValue("acme_eye", "revenue", "2025H1", "万", "白内障")).toBe(201000);
  });

  it("reads growth as <field>_yoy, also in Chinese", () => {
    expect(fx.dataValue("acme_eye", "营收增速", "2025H1", null, null)).toBe(0.0912);
    expect(fx.dataValue("acme_eye", "门诊量同比", null, null, null)).toBe(0.1647);
  });
});

describe("SERIES", () => {
  it("frequency all: 2 rows, periods ordered by end date (ties: longer first), values below", () => {
    expect(fx.seriesGrid("acme_eye", "revenue", null, null, "all")).toEqual([
      ACME_REVENUE_PERIODS,
      [105.45, 162.3, 209.84, 47.5, 59.1, 115.07, 230],
    ]);
  });

  it("default: annual where the series has two or more annual figures", () => {
    expect(fx.seriesGrid("acme_eye", "revenue", null, null)).toEqual([["2024", "2025"], [209.84, 230]]);
  });

  it("default: else the frequency of the latest reported figure (capex 2025H1 → half-year)", () => {
    expect(fx.seriesGrid("acme_eye", "capex", null, null)).toEqual([["2025H1"], [9.07]]);
  });

  it.each([
    ["half-year", ["2024H1", "2025H1"], [105.45, 115.07]],
    ["半年度", ["2024H1", "2025H1"], [105.45, 115.07]],
    ["quarter", ["2024Q4", "2025Q1"], [47.5, 59.1]],
    ["9M", ["2024Q1Q3"], [162.3]],
    ["annual", ["2024", "2025"], [209.84, 230]],
    ["LTM", ["2024", "LTM2025H1", "2025"], [209.84, 219.46, 230]],
  ] as const)("frequency %j keeps one kind of period", (frequency, periods, values) => {
    expect(fx.seriesGrid("acme_eye", "revenue", null, null, frequency)).toEqual([periods, values]);
  });

  it("balances form one series of closing dates, whatever the frequency asked of flows", () => {
    expect(fx.seriesGrid("acme_eye", "hospitals", null, null)).toEqual([["2024", "2025H1"], [400, 420]]);
    expect(fx.seriesGrid("acme_eye", "hospitals", null, null, "annual")).toEqual([["2024"], [400]]);
  });

  it("an unknown frequency → #VALUE! listing the accepted ones; none of that kind → #N/A", () => {
    const e = err(fx.seriesGrid("acme_eye", "revenue", null, null, "weekly"));
    expect(e.error).toBe("#VALUE!");
    expect(e.message?.en).toContain('"weekly"');
    expect(e.message?.zh).toContain("“weekly”");
    expect(err(fx.seriesGrid("acme_eye", "capex", null, null, "annual")).error).toBe("#N/A");
  });

  it("applies the unit and the segment", () => {
    expect(fx.seriesGrid("艾克眼科", "revenue", "bn", "refractive")).toEqual([["2025H1"], [4.56]]);
    expect(fx.seriesGrid("acme_eye", "hospitals", null, null)).toEqual([["2024", "2025H1"], [400, 420]]);
  });

  it("has every row the same length", () => {
    const g = fx.seriesGrid("acme_eye", "revenue", "元", null, "all");
    expect(Array.isArray(g) && g.map((r) => r.length)).toEqual([7, 7]);
  });

  it("errors like DATA", () => {
    expect(err(fx.seriesGrid("nobody", "revenue", null, null)).error).toBe("#N/A");
    expect(err(fx.seriesGrid("acme_eye", "gross_margin", "亿", null)).error).toBe("#VALUE!");
    expect(err(fx.seriesGrid("acme_eye", "net_profit", null, null)).error).toBe("#N/A");
  });
});

describe("SOURCE", () => {
  const text = (v: ResultValue): string => {
    if (typeof v !== "string") throw new Error(`expected text, got ${JSON.stringify(v)}`);
    return v;
  };

  it("cites every statement of a conflict, marks the primary and the rule", () => {
    const s = text(fx.sourceText("acme_eye", "revenue", "2025H1", null));
    expect(s).toContain("CONFLICT: 3 statements disagree; primary by rule precise_over_rounded");
    expect(s).toContain('[1] PRIMARY 900_aaaaaaaaaaaaaaaa.txt, line 3: "115.07 亿元" = 115.07 亿元');
    expect(s).toContain('901_bbbbbbbbbbbbbbbb.txt, line 2: "115.1亿元" = 115.1 亿元');
    expect(s).toContain('901_bbbbbbbbbbbbbbbb.txt, line 3: "116 亿元" = 116 亿元');
    expect(s.match(/PRIMARY/g)).toHaveLength(1);
  });

  it("is in Chinese when asked", () => {
    const s = text(fx.sourceText("acme_eye", "revenue", "2025H1", null, "zh"));
    expect(s).toContain("冲突：3 条表述不一致");
    expect(s).toContain("[1] 采用值 900_aaaaaaaaaaaaaaaa.txt，第 3 行：“115.07 亿元”");
    expect(s).toContain("艾克眼科医院集团股份有限公司 revenue（营业收入） 2025H1");
  });

  it("says when statements agree, and how a derived one was derived", () => {
    const s = text(fx.sourceText("acme_eye", "revenue", "2024H1", null));
    expect(s).toContain("2 statements agree");
    expect(s).toContain("DERIVED: revenue 2025H1 / (1 + revenue_yoy 2025H1)");
    expect(s.indexOf("PRIMARY 900_aaaaaaaaaaaaaaaa.txt, line 7")).toBeGreaterThan(0);
  });

  it("names hedges, forecasts, currencies and segments", () => {
    expect(text(fx.sourceText("acme_eye", "hospitals", "2024", null))).toContain('"超过400家" = 400 家 (more than)');
    expect(text(fx.sourceText("acme_eye", "revenue", "2025", null))).toContain("(forecast)");
    expect(text(fx.sourceText("global_eye_market", "market_size", null, null))).toContain("currency USD, not converted");
    expect(text(fx.sourceText("acme_eye", "revenue", "2025H1", "屈光"))).toContain("segment Refractive surgery: 1 statement.");
  });

  it("uses the same default period as DATA and the same errors", () => {
    expect(text(fx.sourceText("acme_eye", "revenue", null, null))).toContain("2025H1");
    expect(err(fx.sourceText("acme_eye", "revenue", "1999", null)).error).toBe("#N/A");
  });
});

describe("COMPANIES", () => {
  it("one row per entity: id, ticker ('' if none), English name, Chinese name; no header", () => {
    expect(fx.companiesGrid()).toEqual([
      ["acme_eye", "300999.SZ", "Acme Eye Hospital Group", "艾克眼科医院集团股份有限公司"],
      ["china_eye_market", "", "China ophthalmology market", "中国眼科医疗市场"],
      ["global_eye_market", "", "Global ophthalmology market", "全球眼科医疗市场"],
      ["kang_vision", "0999.HK", "Kang Vision Medical", "康视医疗"],
      ["lianying", "", "Lianying Medical", "联盈医疗"],
    ]);
  });
});

describe("FIELDS", () => {
  it("one row per (field, segment): id, periods oldest first, segment ('' for the whole company)", () => {
    const g = fx.fieldsGrid("艾克眼科");
    expect(Array.isArray(g)).toBe(true);
    const rows = g as ResultValue[][];
    expect(rows.slice(0, 4)).toEqual([
      ["revenue", ACME_REVENUE_PERIODS.join(", "), ""],
      ["revenue", "2025H1", "refractive"],
      ["revenue", "2025H1", "cataract"],
      ["revenue_yoy", "2025H1", ""],
    ]);
    expect(rows.map((r) => r[0])).toEqual([
      "revenue", "revenue", "revenue", "revenue_yoy", "capex", "da", "capex_da_ratio", "gross_margin",
      "debt_to_assets", "outpatient_visits", "outpatient_visits_yoy", "hospitals", "surgeries",
    ]);
    expect(rows.find((r) => r[0] === "hospitals")).toEqual(["hospitals", "2024, 2025H1", ""]);
    expect(rows.every((r) => r.length === 3)).toBe(true);
  });

  it("errors: unknown company, blank", () => {
    expect(err(fx.fieldsGrid("nobody")).error).toBe("#N/A");
    expect(err(fx.fieldsGrid(null)).error).toBe("#VALUE!");
  });
});

describe("periods as analysts write them (DATA)", () => {
  it.each([
    ["1H25", 115.07],
    ["H1'25", 115.07],
    ["2025中报", 115.07],
    ["2025半年报", 115.07],
    ["2025-06-30", 115.07],
    [45838, 115.07],
    ["FY24", 209.84],
    ["2024年报", 209.84],
    ["2024-12-31", 209.84],
    ["2024三季报", 162.3],
    ["2025一季报", 59.1],
    ["1Q25", 59.1],
    ["2025E", 230],
    ["latest", 115.07],
    ["FY0", 209.84],
    ["LTM", 219.46],
    ["TTM 1H25", 219.46],
  ] as const)("%j → %d", (period, value) => {
    expect(fx.dataValue("acme_eye", "revenue", period, null, null)).toBe(value);
  });

  it("LTM is annual + interim − prior interim, and SOURCE gives the recipe and cites the parts", () => {
    expect(fx.dataValue("acme_eye", "revenue", "LTM 2025H1", "万", null)).toBe(2194600);
    const s = fx.sourceText("acme_eye", "revenue", "LTM", null, "en");
    expect(s).toContain("DERIVED on request, stored nowhere: FY2024 + H1 2025 − H1 2024 = 219.46 亿元");
    expect(s).toContain("(1) FY2024 — ");
    expect(s).toContain("(3) H1 2024 — ");
    const zh = fx.sourceText("acme_eye", "revenue", "LTM", null, "zh");
    expect(zh).toContain("推算值（按需计算，不存储）：2024年 + 2025年上半年 − 2024年上半年 = 219.46 亿元");
  });

  it("an LTM the statements cannot give → #N/A naming the missing period", () => {
    const e = err(fx.dataValue("acme_eye", "revenue", "LTM 2025Q1", null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("no revenue for Q1 2024");
    expect(e.message?.zh).toContain("原文没有2024年第一季度的营业收入数据");
  });

  it("LTM of a ratio or growth rate → #N/A saying to compute it from its parts; of a balance → the closing balance", () => {
    const e = err(fx.dataValue("acme_eye", "revenue_yoy", "LTM 2025H1", null, null));
    expect(e.message?.en).toContain("a rate or ratio");
    expect(fx.dataValue("acme_eye", "hospitals", "LTM", null, null)).toBe(420);
  });

  it("a forecast spelling needs a forecast statement", () => {
    const e = err(fx.dataValue("acme_eye", "revenue", "2024E", null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("no forecast of revenue for 2024");
  });

  it("FY-1 counts from the company's latest reported fiscal year", () => {
    const e = err(fx.dataValue("acme_eye", "revenue", "FY-1", null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("no revenue figure for 2023");
    expect(e.message?.en).toContain("latest reported fiscal year, 2024");
  });

  it("a bad spelling → #N/A naming it, the nearest spellings and the periods available", () => {
    const e = err(fx.dataValue("acme_eye", "revenue", "2025H3", null, null));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain('"2025H3" is not a period. Nearest: 2025H1, 2025H2');
    expect(e.message?.en).toContain("Available here: 2024H1, 2024Q1Q3");
    expect(e.message?.zh).toContain("“2025H3”不是可识别的期间。最接近的写法：2025H1、2025H2");
  });

  it("a unit in another currency is refused, never converted", () => {
    const e = err(fx.dataValue("kang_vision", "revenue", "2024", "RMB mn", null));
    expect(e.error).toBe("#VALUE!");
    expect(e.message?.en).toContain("does not convert currencies");
    expect(fx.dataValue("kang_vision", "revenue", "2024", "HKD m", null)).toBe(1250);
    expect(fx.dataValue("acme_eye", "revenue", "2025H1", "RMB mn", null)).toBe(11507);
    expect(fx.dataValue("acme_eye", "revenue", "2025H1", "亿元人民币", null)).toBe(115.07);
    expect(fx.dataValue("acme_eye", "revenue", "2025H1", "CNY bn", null)).toBe(11.507);
  });
});
