/**
 * The company index the pane's first view renders from before the dataset chunk has loaded
 * (src/taskpane/data/company-index.json): it is exactly what core computes from the bundled
 * data, and searching it finds the same companies, in the same order, as searching the dataset.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPANY_INDEX_FILE, companyIndexText } from "../../../scripts/company-index";
import { companyIndex } from "../../../src/core/dataset/company-index";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { companyRows } from "../../../src/taskpane/data/browse";
import { companyList } from "../../../src/taskpane/data/company-list";
import { BUNDLED_INDEX } from "../../../src/taskpane/data/dataset-source";
import { fixtureDataset } from "../fixture";

describe("the generated company index", () => {
  it("equals the index of the bundled data (else run: npx tsx scripts/company-index.ts)", () => {
    expect(readFileSync(COMPANY_INDEX_FILE, "utf8")).toBe(companyIndexText());
    expect(BUNDLED_INDEX).toEqual(companyIndex(getDataset()));
  });

  it("holds every entity of the bundled data, most analysable first, with what the list shows", () => {
    const ds = getDataset();
    expect(BUNDLED_INDEX.companies.map((c) => c.id)).toEqual(companyRows(ds, "").map((r) => r.entity.id));
    const aier = BUNDLED_INDEX.companies.find((c) => c.id === "aier_eye")!;
    const summary = companyRows(ds, "").find((r) => r.entity.id === "aier_eye")!;
    expect(aier).toMatchObject({ ticker: "300015.SZ", kind: "listed", name_en: "Aier Eye Hospital Group", name_zh: "爱尔眼科" });
    expect([aier.figures, aier.periodCount, aier.conflicts]).toEqual([summary.figures, summary.periods.length, summary.conflicts]);
    expect(aier.figures).toBeGreaterThan(0);
    const last = BUNDLED_INDEX.companies.at(-1)!;
    expect(last.figures).toBe(0);
    expect(last.first).toBeUndefined();
  });

  it("names the first and last period in both languages", () => {
    const acme = companyIndex(fixtureDataset()).companies.find((c) => c.id === "acme_eye")!;
    expect(acme.periodCount).toBe(4);
    expect(acme.first).toEqual({ en: "FY2023", zh: "2023年" });
    expect(acme.last).toEqual({ en: "Jun 2025", zh: "2025年6月" });
  });
});

describe("searching the index", () => {
  const queries = ["", "爱尔", "aier", "AIER EYE", "300015", "300015.sz", "sz300015", "688271", "联影", "united", "neusoft", "东软", "眼科", "愛爾", "医院集团", "zzz", "a", "1", "華廈"];

  it("finds what the dataset's search finds, in the list's order (bundled data)", () => {
    const ds = getDataset();
    for (const q of queries)
      expect(
        companyList(BUNDLED_INDEX, q).map((c) => c.id),
        q,
      ).toEqual(companyRows(ds, q).map((r) => r.entity.id));
  });

  it("finds what the dataset's search finds (fixture: alias, ticker with suffix, Chinese name)", () => {
    const ds = fixtureDataset();
    const index = companyIndex(ds);
    for (const q of ["", "300999", "300999.sz", "bolt", "博特", "阿克", "acme", "empty", "zzz"])
      expect(
        companyList(index, q).map((c) => c.id),
        q,
      ).toEqual(companyRows(ds, q).map((r) => r.entity.id));
  });
});
