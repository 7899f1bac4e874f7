import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  isPeriodId,
  latestPeriod,
  normalizePeriodArg,
  parsePeriod,
  periodInfo,
  PERIOD_ID_PATTERN,
  periodDays,
  periodEndDate,
  periodLabel,
  priorComparablePeriod,
  sortPeriods,
} from "../../src/core/periods";
import { PERIOD_PATTERN } from "../../src/core/dataset/schema";

describe("period ids", () => {
  it("uses the same pattern as the schema", () => {
    expect(PERIOD_ID_PATTERN.source).toBe(PERIOD_PATTERN.source);
  });

  it.each(["2025H3", "2025Q5", "2025M13", "2025M00", "25H1", "2025h1", "2025Q2Q3", "", "2025 H1"])("rejects %j", (id) => {
    expect(isPeriodId(id)).toBe(false);
    expect(periodInfo(id)).toBeNull();
    expect(periodEndDate(id)).toBeNull();
    expect(periodDays(id)).toBeNull();
  });

  it.each([
    ["2024", "2024-12-31", 366, "year"],
    ["2025", "2025-12-31", 365, "year"],
    ["2025H1", "2025-06-30", 181, "half"],
    ["2024H1", "2024-06-30", 182, "half"],
    ["2025H2", "2025-12-31", 184, "half"],
    ["2025Q1", "2025-03-31", 90, "quarter"],
    ["2024Q1", "2024-03-31", 91, "quarter"],
    ["2025Q2", "2025-06-30", 91, "quarter"],
    ["2025Q3", "2025-09-30", 92, "quarter"],
    ["2025Q4", "2025-12-31", 92, "quarter"],
    ["2024Q1Q3", "2024-09-30", 274, "q1q3"],
    ["2025M07", "2025-07-31", 31, "month"],
    ["2024M02", "2024-02-29", 29, "month"],
    ["2025M02", "2025-02-28", 28, "month"],
  ] as const)("%s ends %s and lasts %d days", (id, end, days, kind) => {
    expect(periodEndDate(id)).toBe(end);
    expect(periodDays(id)).toBe(days);
    expect(periodInfo(id)?.kind).toBe(kind);
  });
});

describe("ordering", () => {
  it("orders by end date, oldest first; same end → longer first", () => {
    const ids = ["2025H1", "2024Q4", "2024M12", "2024", "2024H2", "2025Q1", "2024Q1Q3", "2023", "2025M07", "2024H1"];
    expect(sortPeriods(ids)).toEqual(["2023", "2024H1", "2024Q1Q3", "2024", "2024H2", "2024Q4", "2024M12", "2025Q1", "2025H1", "2025M07"]);
  });

  it("puts malformed ids last instead of throwing", () => {
    expect(["bad", "2024", "2023"].sort(comparePeriods)).toEqual(["2023", "2024", "bad"]);
  });

  it("latest is the one ending last; a tie goes to the longer period", () => {
    expect(latestPeriod(["2024", "2025H1", "2025Q1"])).toBe("2025H1");
    expect(latestPeriod(["2024Q4", "2024", "2024H2"])).toBe("2024");
    expect(latestPeriod(["2025M07", "2025H1"])).toBe("2025M07");
    expect(latestPeriod([])).toBeUndefined();
    expect(latestPeriod(["nope"])).toBeUndefined();
  });
});

describe("prior comparable period", () => {
  it.each([
    ["2025H1", "2024H1"],
    ["2024", "2023"],
    ["2025Q3", "2024Q3"],
    ["2024Q1Q3", "2023Q1Q3"],
    ["2025M07", "2024M07"],
  ])("%s → %s", (id, prior) => {
    expect(priorComparablePeriod(id)).toBe(prior);
  });

  it("is null for a malformed id", () => {
    expect(priorComparablePeriod("2025H3")).toBeNull();
  });
});

describe("labels", () => {
  it.each([
    ["2025H1", "H1 2025", "2025年上半年"],
    ["2025H2", "H2 2025", "2025年下半年"],
    ["2024", "FY2024", "2024年"],
    ["2025Q1", "Q1 2025", "2025年第一季度"],
    ["2025Q4", "Q4 2025", "2025年第四季度"],
    ["2024Q1Q3", "Q1–Q3 2024", "2024年前三季度"],
    ["2025M07", "Jul 2025", "2025年7月"],
  ])("%s → %s / %s", (id, en, zh) => {
    expect(periodLabel(id, "en")).toBe(en);
    expect(periodLabel(id, "zh")).toBe(zh);
  });

  it("returns a malformed id unchanged", () => {
    expect(periodLabel("2025H3", "en")).toBe("2025H3");
  });
});

describe("period arguments as typed", () => {
  it.each([
    [2024, "2024"],
    ["2024", "2024"],
    ["2025h1", "2025H1"],
    ["２０２５Ｈ１", "2025H1"],
    ["  2025 h1 ", "2025H1"],
    ["H1 2025", "2025H1"],
    ["1H2025", "2025H1"],
    ["2025 1H", "2025H1"],
    ["FY2024", "2024"],
    ["2024年", "2024"],
    ["2024年度", "2024"],
    ["2025年上半年", "2025H1"],
    ["2025年下半年", "2025H2"],
    ["2025年第一季度", "2025Q1"],
    ["2025年三季度", "2025Q3"],
    ["Q2 2025", "2025Q2"],
    ["2024年前三季度", "2024Q1Q3"],
    ["2024Q1-Q3", "2024Q1Q3"],
    ["Q1-Q3 2024", "2024Q1Q3"],
    ["2025-07", "2025M07"],
    ["2025M7", "2025M07"],
    ["2025年7月", "2025M07"],
    ["Jul 2025", "2025M07"],
    ["july 2025", "2025M07"],
  ] as const)("%j → %s", (typed, id) => {
    expect(normalizePeriodArg(typed)).toBe(id);
  });

  it.each([2024.5, "2025H3", "last year", "", "2025-13", "H3 2025"])("%j is not a period", (typed) => {
    expect(normalizePeriodArg(typed)).toBeNull();
  });
});

/**
 * Every spelling of SPEC §2, as analysts write them in English and Chinese: [typed, id, forecast].
 * The lookup resolves dates to any period ending that day (fromDate), see dataset tests.
 */
const SPELLINGS: readonly (readonly [string | number, string, boolean?])[] = [
  // years
  ["2024", "2024"],
  [2024, "2024"],
  ["FY2024", "2024"],
  ["FY24", "2024"],
  ["fy 24", "2024"],
  ["ＦＹ２４", "2024"],
  ["2024A", "2024"],
  ["2024年", "2024"],
  ["2024年度", "2024"],
  ["2024年报", "2024"],
  ["2024年年报", "2024"],
  // halves
  ["2025H1", "2025H1"],
  ["1H25", "2025H1"],
  ["1H2025", "2025H1"],
  ["H1 2025", "2025H1"],
  ["H1'25", "2025H1"],
  ["H1’25", "2025H1"],
  ["2025 H1", "2025H1"],
  ["25H1", "2025H1"],
  ["2H24", "2024H2"],
  ["2025年上半年", "2025H1"],
  ["2025年下半年", "2025H2"],
  ["2025中报", "2025H1"],
  ["2025年中报", "2025H1"],
  ["2025半年报", "2025H1"],
  ["2025年半年度报告", "2025H1"],
  // quarters and Q1–Q3
  ["2025Q1", "2025Q1"],
  ["1Q25", "2025Q1"],
  ["Q1'25", "2025Q1"],
  ["Q2 2025", "2025Q2"],
  ["2025一季报", "2025Q1"],
  ["2025年第一季度", "2025Q1"],
  ["2025年三季度", "2025Q3"],
  ["2025三季报", "2025Q1Q3"],
  ["2025年三季报", "2025Q1Q3"],
  ["2025年前三季度", "2025Q1Q3"],
  ["2025Q1Q3", "2025Q1Q3"],
  ["Q1-Q3 2025", "2025Q1Q3"],
  ["9M25", "2025Q1Q3"],
  // closing dates
  ["2025-06-30", "2025H1"],
  ["2024-12-31", "2024"],
  ["2025-03-31", "2025Q1"],
  ["2025-09-30", "2025Q1Q3"],
  ["2025/6/30", "2025H1"],
  ["20250630", "2025H1"],
  ["2025年6月30日", "2025H1"],
  ["2025-07-31", "2025M07"],
  [45838, "2025H1"], // Excel's date serial of 2025-06-30 (a header cell holding a date)
  ["6/30/2025", "2025H1"],
  ["30/06/2025", "2025H1"],
  ["31.12.2024", "2024"],
  ["2025年6月末", "2025H1"],
  ["2024年末", "2024"],
  ["2025年1-6月", "2025H1"],
  ["2025年1-3月", "2025Q1"],
  ["2025年1-9月", "2025Q1Q3"],
  ["2024年1-12月", "2024"],
  // months
  ["2025-07", "2025M07"],
  ["2025年7月", "2025M07"],
  ["Jul 2025", "2025M07"],
  // forecasts
  ["2027E", "2027", true],
  ["FY27E", "2027", true],
  ["2027F", "2027", true],
  ["2027年预测", "2027", true],
  ["2026e", "2026", true],
  // fixed LTM
  ["LTM 2025H1", "LTM2025H1"],
  ["TTM 1H25", "LTM2025H1"],
  ["LTM2025H1", "LTM2025H1"],
  ["2025-06-30 TTM", "LTM2025H1"],
  ["LTM 2025Q1", "LTM2025Q1"],
  ["LTM 2025三季报", "LTM2025Q1Q3"],
  ["LTM 2024", "2024"],
];

describe("every period spelling of SPEC §2", () => {
  it.each(SPELLINGS.map(([typed, id, forecast]) => [typed, id, forecast ?? false] as const))("%j → %s", (typed, id, forecast) => {
    const r = parsePeriod(typed);
    expect(r.ok && r.type === "period" && { id: r.id, forecast: r.forecast }).toEqual({ id, forecast });
  });

  it("dates say so (the lookup takes any period ending that day)", () => {
    const r = parsePeriod("2025-06-30");
    expect(r.ok && r.type === "period" && r.fromDate).toBe(true);
    const s = parsePeriod("2025H1");
    expect(s.ok && s.type === "period" && s.fromDate).toBe(false);
  });

  it.each([
    ["LTM", { type: "ltm" }],
    ["ttm", { type: "ltm" }],
    ["近十二个月", { type: "ltm" }],
    ["FY-1", { type: "fiscal_year", offset: -1 }],
    ["FY0", { type: "fiscal_year", offset: 0 }],
    ["FY+1", { type: "fiscal_year", offset: 1 }],
    ["latest", { type: "relative-latest" }],
    ["最新", { type: "relative-latest" }],
  ] as const)("relative %j", (typed, want) => {
    const r = parsePeriod(typed);
    const expected = want.type === "relative-latest" ? { type: "latest" } : want;
    expect(r.ok && r.type === "relative" && r.relative).toEqual(expected);
  });

  it("an LTM period lasts twelve months and ends with its interim", () => {
    const p = periodInfo("LTM2025H1")!;
    expect([p.kind, p.endDate, p.days, p.ltmOf]).toEqual(["ltm", "2025-06-30", 365, "2025H1"]);
    expect(periodEndDate("LTM2024Q1Q3")).toBe("2024-09-30");
    expect(periodLabel("LTM2025H1", "en")).toBe("LTM to H1 2025");
    expect(periodLabel("LTM2025H1", "zh")).toBe("截至2025年上半年末的近十二个月（LTM）");
    expect(priorComparablePeriod("LTM2025H1")).toBe("LTM2024H1");
  });
});

describe("spellings that are not periods", () => {
  it.each([
    ["2025H3", ["2025H1", "2025H2"]],
    ["H3 2025", ["H1 2025"]],
    ["2025Q5", ["2025Q1"]],
    ["2025-06-15", ["2025-06-30"]],
    ["06/06/2025", []],
    ["2025-13", []],
    ["last year", []],
    ["2025二季报", []],
    ["FY2O24", []],
  ] as const)("%j → refused, naming it and the nearest spellings in both languages", (typed, near) => {
    const r = parsePeriod(typed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.en).toContain(`"${typed}"`);
    expect(r.message.zh).toContain(`“${typed}”`);
    expect(r.message.en).toContain("Nearest: ");
    expect(r.message.zh).toContain("最接近的写法：");
    expect(r.nearest.length).toBe(3);
    for (const n of near) expect(r.nearest).toContain(n);
    expect(r.message.en).toContain(r.nearest[0]);
    expect(r.message.zh).toContain(r.nearest[0]);
  });

  it("a date that is not a month end says periods close on a month end", () => {
    const r = parsePeriod("2025-06-15");
    expect(!r.ok && r.message.en).toContain("not a closing date");
    expect(!r.ok && r.message.zh).toContain("不是期末日");
  });

  it.each([2024.5, 0, -3, 123456, "", "   "])("%j is refused", (typed) => {
    expect(parsePeriod(typed).ok).toBe(false);
  });

  it("normalizePeriodArg gives stored ids only (no forecasts, LTM or relative periods)", () => {
    expect(normalizePeriodArg("1H25")).toBe("2025H1");
    expect(normalizePeriodArg("2027E")).toBeNull();
    expect(normalizePeriodArg("LTM")).toBeNull();
    expect(normalizePeriodArg("LTM 2025H1")).toBeNull();
  });
});

describe("any text as a period (property)", () => {
  it("never throws; a known period, a relative one, or a refusal naming three nearest spellings in both languages", async () => {
    const fc = (await import("fast-check")).default;
    const { periodInfo: info } = await import("../../src/core/periods");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 24 }),
          fc.constantFrom("2025H1", "1H25", "2025中报", "FY24", "LTM", "2027E", "2025-06-30").chain((s) =>
            fc.tuple(fc.constant(s), fc.nat(s.length), fc.string({ maxLength: 2 })).map(([t, i, x]) => t.slice(0, i) + x + t.slice(i)),
          ),
          fc.integer({ min: -100000, max: 100000 }),
        ),
        (typed) => {
          const r = parsePeriod(typed);
          if (r.ok && r.type === "period") expect(info(r.id)?.id).toBe(r.id);
          else if (!r.ok) {
            expect(r.nearest).toHaveLength(3);
            expect(r.message.en).toContain("Nearest: ");
            expect(r.message.zh).toContain("最接近的写法：");
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
