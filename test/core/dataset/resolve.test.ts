import { describe, expect, it } from "vitest";
import { cellError, isCellError, type CellError } from "../../../src/core/errors";
import { resolveEntity, resolveField, resolveSegment, searchEntities } from "../../../src/core/dataset/resolve";
import { fixtureDataset } from "./fixture";

const ds = fixtureDataset();

function errorOf<T>(r: { ok: true; value: T } | { ok: false; error: CellError }): CellError {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
}

describe("resolveEntity: error cases", () => {
  it.each([null, "", "   "])("%j → #VALUE! naming the company argument", (arg) => {
    const e = errorOf(resolveEntity(ds, arg));
    expect(e.error).toBe("#VALUE!");
    expect(e.message?.en).toContain("company");
    expect(e.message?.zh).toContain("公司");
  });

  it("refuses a boolean and passes an error through", () => {
    expect(errorOf(resolveEntity(ds, true)).error).toBe("#VALUE!");
    const ref = cellError("#REF!");
    expect(errorOf(resolveEntity(ds, ref))).toBe(ref);
  });

  it.each([
    ["Acme Eyes", "Acme Eye Hospital Group"],
    ["艾克眼", "艾克眼科医院集团股份有限公司"],
    ["300998", "Acme Eye Hospital Group"],
    ["kang vison", "Kang Vision Medical"],
  ])("unknown %j → #N/A naming the closest company %j in both languages", (typed, closest) => {
    const e = errorOf(resolveEntity(ds, typed));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain(`"${typed}"`);
    expect(`${e.message?.en} ${e.message?.zh}`).toContain(closest);
    expect(e.message?.zh).toContain("找不到公司");
  });
});

describe("resolveEntity", () => {
  it.each([
    "acme_eye",
    "ACME_EYE",
    "300999.SZ",
    "300999.sz",
    "300999",
    300999,
    "SZ300999",
    "Acme Eye Hospital Group",
    "acme eye hospital group",
    "  Acme   Eye  Hospital Group ",
    "ＡＣＭＥ　ＥＹＥ",
    "Acme Eye",
    "艾克眼科医院集团股份有限公司",
    "艾克眼科",
    "艾克",
    "艾克眼科醫院",
  ])("%j → acme_eye", (arg) => {
    const r = resolveEntity(ds, arg);
    expect(r.ok && r.value.id).toBe("acme_eye");
  });

  it.each([
    ["0999.HK", "kang_vision"],
    ["0999", "kang_vision"],
    ["999", "kang_vision"],
    [999, "kang_vision"],
    ["聯盈醫療", "lianying"],
    ["联盈医疗", "lianying"],
    ["眼科市场", "china_eye_market"],
  ] as const)("%j → %s", (arg, id) => {
    const r = resolveEntity(ds, arg);
    expect(r.ok && r.value.id).toBe(id);
  });

  it("searches every name by substring for the pane", () => {
    expect(searchEntities(ds, "眼科").map((e) => e.id)).toEqual(["acme_eye", "china_eye_market", "global_eye_market"]);
    expect(searchEntities(ds, "0999").map((e) => e.id)).toEqual(["acme_eye", "kang_vision"]); // 300999 contains it
    expect(searchEntities(ds, "0999.hk").map((e) => e.id)).toEqual(["kang_vision"]);
    expect(searchEntities(ds, "")).toHaveLength(ds.entities.length);
  });
});

describe("resolveField", () => {
  it.each([
    ["revenue", "revenue"],
    ["REVENUE", "revenue"],
    ["Revenue", "revenue"],
    ["营业收入", "revenue"],
    ["营收", "revenue"],
    ["營收", "revenue"],
    ["sales", "revenue"],
    ["net profit", "net_profit"],
    ["D&A", "da"],
    ["折旧摊销", "da"],
    ["capex/da", "capex_da_ratio"],
    ["clinics", "clinics"],
    ["门诊部", "clinics"],
    ["revenue_yoy", "revenue_yoy"],
    ["revenue yoy", "revenue_yoy"],
    ["Revenue growth", "revenue_yoy"],
    ["营业收入同比", "revenue_yoy"],
    ["营收增速", "revenue_yoy"],
    ["营收同比增长", "revenue_yoy"],
    ["同比营收", "revenue_yoy"],
    ["门诊量同比", "outpatient_visits_yoy"],
    ["capex yoy", "capex_yoy"],
  ])("%j → %s", (arg, id) => {
    const r = resolveField(ds, arg);
    expect(r.ok && r.value.id).toBe(id);
  });

  it("describes a _yoy field as the percent growth of its field", () => {
    const r = resolveField(ds, "revenue_yoy");
    expect(r.ok && r.value).toMatchObject({ kind: "percent", yoyOf: "revenue", name_zh: "营业收入同比增速" });
  });

  it.each([
    ["revenu", "revenue"],
    ["gross margn", "gross_margin"],
    ["毛利", "gross_margin"],
  ])("unknown %j → #N/A naming %s", (typed, closest) => {
    const e = errorOf(resolveField(ds, typed));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain(closest);
    expect(e.message?.zh).toContain(closest);
  });

  it("refuses blanks and booleans", () => {
    expect(errorOf(resolveField(ds, null)).error).toBe("#VALUE!");
    expect(errorOf(resolveField(ds, false)).error).toBe("#VALUE!");
  });
});

describe("resolveSegment", () => {
  it("blank means the whole entity", () => {
    expect(resolveSegment(ds, null)).toEqual({ ok: true, value: undefined });
    expect(resolveSegment(ds, "")).toEqual({ ok: true, value: undefined });
  });

  it.each(["refractive", "Refractive Surgery", "屈光", "屈光项目", "屈光手术", "REFRACTIVE"])("%j → refractive (aliases of both groups merged)", (arg) => {
    const r = resolveSegment(ds, arg);
    expect(r.ok && r.value?.id).toBe("refractive");
  });

  it("unknown → #N/A naming the closest", () => {
    const e = errorOf(resolveSegment(ds, "cataracts"));
    expect(e.error).toBe("#N/A");
    expect(e.message?.en).toContain("cataract (Cataract)");
    expect(e.message?.zh).toContain("白内障");
    expect(isCellError(e)).toBe(true);
  });
});
