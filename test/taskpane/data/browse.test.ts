import { describe, expect, it } from "vitest";
import { companyChoices, companyRows, dataPreview, figureRows, filterSeries, seriesOptions, summaryOf } from "../../../src/taskpane/data/browse";
import { dataValue } from "../../../src/core/dataset/functions";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { fixtureDataset } from "../fixture";

describe("company rows", () => {
  const ds = fixtureDataset();

  it("finds companies by ticker (with or without suffix), English or Chinese name, alias", () => {
    const ids = (q: string) => companyRows(ds, q).map((r) => r.entity.id);
    expect(ids("")).toEqual(["acme_eye", "bolt_med", "empty_co"]);
    expect(ids("300999")).toEqual(["acme_eye"]);
    expect(ids("300999.sz")).toEqual(["acme_eye"]);
    expect(ids("bolt")).toEqual(["bolt_med"]);
    expect(ids("博特")).toEqual(["bolt_med"]);
    expect(ids("阿克")).toEqual(["acme_eye"]);
    expect(ids("zzz")).toEqual([]);
  });

  it("counts periods, figures and conflicts per company", () => {
    const acme = summaryOf(ds, "acme_eye")!;
    expect(acme.periods).toEqual(["2023", "2024", "2025H1", "2025M06"]);
    expect(acme.figures).toBe(6);
    expect(acme.conflicts).toBe(1);
    expect(summaryOf(ds, "empty_co")!.figures).toBe(0);
  });
});

describe("company order: most analysable first, no figures last", () => {
  const ds = getDataset();

  it("puts the company with most figures first and the entities with none last, in list and pickers", () => {
    const rows = companyRows(ds, "");
    expect(rows[0]!.entity.ticker).toBe("300015.SZ");
    const figures = rows.map((r) => r.figures);
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    const empty = rows.filter((r) => r.figures === 0).map((r) => r.entity.id);
    expect(empty.length).toBeGreaterThan(0);
    expect(rows.slice(-empty.length).map((r) => r.entity.id)).toEqual(empty);
    expect(companyChoices(ds).map((r) => r.entity.id)).toEqual(rows.map((r) => r.entity.id));
  });

  it("keeps that order in search results", () => {
    const eye = companyRows(ds, "眼科").map((r) => r.figures);
    expect(eye.length).toBeGreaterThan(2);
    expect(eye).toEqual([...eye].sort((a, b) => b - a));
    expect(companyRows(ds, "aier")[0]!.entity.ticker).toBe("300015.SZ");
  });
});

describe("field choices", () => {
  it("group Aier's series by statement and find them by English or Chinese name, id or alias", () => {
    const ds = getDataset();
    const aier = ds.entities.find((e) => e.ticker === "300015.SZ")!;
    const options = seriesOptions(ds, aier.id, "en");
    const group = (key: string) => options.find((o) => o.key === key)?.group;
    expect(group("revenue|")).toBe("income");
    expect(group("capex|")).toBe("cash_flow");
    expect(group("goodwill|")).toBe("balance_sheet");
    expect(group("surgeries|")).toBe("operating");
    expect(group("revenue_yoy|")).toBe("income");
    const keys = (q: string) => filterSeries(options, q).map((o) => o.key);
    expect(keys("商誉")).toContain("goodwill|");
    expect(keys("Goodwill")).toContain("goodwill|");
    expect(keys("capex")).toContain("capex|");
    expect(keys("营收")).toContain("revenue|");
    expect(keys("no such field")).toEqual([]);
    expect(keys("")).toHaveLength(options.length);
  });
});

describe("series and figures", () => {
  const ds = fixtureDataset();

  it("lists a company's series, segments after the whole company", () => {
    expect(seriesOptions(ds, "acme_eye", "en").map((o) => o.key)).toEqual(["revenue|", "capex|", "gross_margin|", "hospitals|"]);
    expect(seriesOptions(ds, "bolt_med", "zh").map((o) => o.label)).toEqual(["营业收入 · CT"]);
  });

  it("shows each period's primary value with flags", () => {
    const rows = figureRows(ds, "acme_eye", "revenue|", "en");
    expect(rows.map((r) => [r.period, r.shown.text, r.derived])).toEqual([
      ["2023", "200.00", true],
      ["2024", "209.84", false],
      ["2025H1", "115.07", false],
    ]);
    const capex = figureRows(ds, "acme_eye", "capex|", "zh")[0]!;
    expect(capex.conflict).toBe(true);
    expect(capex.shown).toEqual({ text: "30.50", unit: "亿元" });
    expect(figureRows(ds, "acme_eye", "hospitals|", "zh")[0]!.hedged).toBe(true);
  });
});

describe("data preview", () => {
  const ds = fixtureDataset();

  it("gives the formula and the value DATA returns, the latest period when none is picked", () => {
    const p = dataPreview(ds, { company: "acme_eye", series: "revenue|" }, "", "en")!;
    expect(p.formula).toBe('=CAPCYCLE.DATA("300999.SZ","revenue")');
    expect(p.value).toBe(115.07);
    expect(p.period).toBe("2025H1");
    expect(p.shown).toEqual({ text: "115.07", unit: "CNY 100m" });
    const wan = dataPreview(ds, { company: "acme_eye", series: "revenue|", period: "2024" }, "万", "zh")!;
    expect(wan.formula).toBe('=CAPCYCLE.DATA("300999.SZ","revenue","2024","万")');
    expect(wan.value).toBe(2098400);
    expect(wan.shown?.unit).toBe("万元");
  });

  it("uses the id for unlisted companies and the segment argument", () => {
    const p = dataPreview(ds, { company: "bolt_med", series: "revenue|ct" }, "", "en")!;
    expect(p.formula).toBe('=CAPCYCLE.DATA("bolt_med","revenue",,,"ct")');
    expect(p.value).toBe(12.3);
  });

  it("is undefined until a company and a field are picked", () => {
    expect(dataPreview(ds, { company: "acme_eye" }, "", "en")).toBeUndefined();
  });

  it("agrees with CAPCYCLE.DATA on the bundled data for every company's first series", () => {
    const real = getDataset();
    let checked = 0;
    for (const e of real.entities) {
      const first = seriesOptions(real, e.id, "en")[0];
      if (!first) continue;
      const p = dataPreview(real, { company: e.id, series: first.key }, "", "en")!;
      const [field, segment] = first.key.split("|");
      expect(p.value).toEqual(dataValue(e.ticker ?? e.id, field!, null, null, segment || null));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(5);
  });
});
