import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  isPeriodId,
  latestPeriod,
  normalizePeriodArg,
  parsePeriod,
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
    expect(parsePeriod(id)).toBeNull();
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
    expect(parsePeriod(id)?.kind).toBe(kind);
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
