import { describe, expect, it } from "vitest";
import { chartsReducer, INITIAL_CHARTS, refreshBusy, type ChartsState } from "../../../src/taskpane/state/charts";
import { EMPTY_PICK, pickReducer, splitSeries } from "../../../src/taskpane/state/figure-pick";
import { formulaReducer, INITIAL_FORMULA } from "../../../src/taskpane/state/formula";
import { INITIAL_NAV, navReducer } from "../../../src/taskpane/state/navigation";
import { INITIAL_TEMPLATE, templateReducer } from "../../../src/taskpane/state/template";
import type { RefreshPreview } from "../../../src/excel/index";

const preview: RefreshPreview = {
  items: [
    { id: "a", sheet: "S", chart: "Capex", action: "rebind", needsConsent: false, changes: [] },
    { id: "b", sheet: "S", chart: "Gone", action: "rebuild", needsConsent: true, changes: [] },
    { id: "c", sheet: "M", chart: "Mine", action: "roll-forward", needsConsent: true, changes: [{ series: "Capex", dimension: "Values", from: "=M!$B$2:$E$2", to: "=M!$B$2:$F$2" }] },
  ],
  unavailable: [],
  roundTrips: 2,
};

function previewed(): ChartsState {
  const s = chartsReducer(INITIAL_CHARTS, { type: "preview", action: { type: "start" } });
  return chartsReducer(s, { type: "preview", action: { type: "done", result: { ok: true, preview } } });
}

describe("figure pick", () => {
  it("clears later steps when an earlier one changes, and ignores steps out of order", () => {
    let p = pickReducer(EMPTY_PICK, { type: "series", series: "revenue|" });
    expect(p).toBe(EMPTY_PICK);
    p = pickReducer(p, { type: "company", company: "acme_eye" });
    p = pickReducer(p, { type: "series", series: "revenue|" });
    p = pickReducer(p, { type: "period", period: "2024" });
    expect(p).toEqual({ company: "acme_eye", series: "revenue|", period: "2024" });
    expect(pickReducer(p, { type: "series", series: "capex|" })).toEqual({ company: "acme_eye", series: "capex|" });
    expect(pickReducer(p, { type: "company", company: "bolt_med" })).toEqual({ company: "bolt_med" });
    expect(pickReducer(p, { type: "period", period: undefined })).toEqual({ company: "acme_eye", series: "revenue|" });
  });

  it("splits series keys", () => {
    expect(splitSeries("revenue|")).toEqual({ field: "revenue" });
    expect(splitSeries("revenue|ct")).toEqual({ field: "revenue", segment: "ct" });
  });
});

describe("charts reducer", () => {
  it("accepts consent only for items that need it, with the matching kind", () => {
    let s = previewed();
    s = chartsReducer(s, { type: "choose", kind: "rebuild", id: "a", chosen: true });
    s = chartsReducer(s, { type: "choose", kind: "rollForward", id: "b", chosen: true });
    expect(s.choices).toEqual({ rebuild: [], rollForward: [] });
    s = chartsReducer(s, { type: "choose", kind: "rebuild", id: "b", chosen: true });
    s = chartsReducer(s, { type: "choose", kind: "rollForward", id: "c", chosen: true });
    expect(s.choices).toEqual({ rebuild: ["b"], rollForward: ["c"] });
    s = chartsReducer(s, { type: "choose", kind: "rebuild", id: "b", chosen: false });
    expect(s.choices.rebuild).toEqual([]);
  });

  it("a new preview clears choices and the last result; preview and apply never overlap", () => {
    let s = previewed();
    s = chartsReducer(s, { type: "choose", kind: "rebuild", id: "b", chosen: true });
    s = chartsReducer(s, { type: "apply", action: { type: "start" } });
    expect(refreshBusy(s)).toBe(true);
    expect(chartsReducer(s, { type: "preview", action: { type: "start" } })).toBe(s);
    s = chartsReducer(s, { type: "apply", action: { type: "done", result: { ok: true, charts: [], roundTrips: 3, summary: { en: "", zh: "" } } } });
    s = chartsReducer(s, { type: "preview", action: { type: "start" } });
    expect(s.choices).toEqual({ rebuild: [], rollForward: [] });
    expect(s.apply.status).toBe("idle");
  });

  it("cannot apply without a preview", () => {
    expect(chartsReducer(INITIAL_CHARTS, { type: "apply", action: { type: "start" } })).toBe(INITIAL_CHARTS);
  });
});

describe("template reducer", () => {
  it("keeps options and clears the last 'go to sheet' outcome when a new load starts", () => {
    let s = templateReducer(INITIAL_TEMPLATE, { type: "company", company: "acme_eye" });
    s = templateReducer(s, { type: "style", style: "portable" });
    s = templateReducer(s, { type: "goto", action: { type: "start" } });
    s = templateReducer(s, { type: "goto", action: { type: "failed", reason: { en: "x", zh: "x" } } });
    s = templateReducer(s, { type: "load", action: { type: "start" } });
    expect(s.goto.status).toBe("idle");
    expect(s.options).toEqual({ company: "acme_eye", unit: "亿", style: "portable", charts: true });
    expect(templateReducer(s, { type: "company", company: undefined }).options.company).toBeUndefined();
  });
});

describe("formula and navigation reducers", () => {
  it("editing the formula clears the messages about the previous one", () => {
    let s = formulaReducer(INITIAL_FORMULA, { type: "pick", action: { type: "company", company: "acme_eye" } });
    s = formulaReducer(s, { type: "copy", result: "copied" });
    s = formulaReducer(s, { type: "insert", action: { type: "start" } });
    s = formulaReducer(s, { type: "insert", action: { type: "done", result: { ok: true, address: "Sheet1!B2" } } });
    const edited = formulaReducer(s, { type: "unit", unit: "万" });
    expect(edited.copy).toBeUndefined();
    expect(edited.insert.status).toBe("idle");
    expect(formulaReducer(s, { type: "unit", unit: "" })).toBe(s);
  });

  it("opens and closes a company, switches tabs", () => {
    let s = navReducer(INITIAL_NAV, { type: "openCompany", company: "acme_eye" });
    s = navReducer(s, { type: "tab", tab: "formula" });
    expect(s).toEqual({ tab: "formula", company: "acme_eye" });
    expect(navReducer(s, { type: "closeCompany" })).toEqual({ tab: "formula" });
  });
});
