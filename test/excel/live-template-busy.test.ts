/**
 * Custom functions answer asynchronously: right after a live template is written, Excel shows
 * #BUSY! in its CAPCYCLE cells (the in-memory workbook's `customFunctions.hold()`). The load
 * must not count them as formula errors, nor report "#BUSY!" as the cycle phase.
 */
import { describe, expect, it } from "vitest";
import { loadTemplate } from "../../src/excel/index";
import { fakeWorkbook } from "./helpers";

describe("a live template read back before the custom functions answer", () => {
  it("reports the real phase (from the plan) and no formula errors, and says the functions are still calculating", async () => {
    const { fake, env } = fakeWorkbook();
    fake.customFunctions.hold();
    const r = await loadTemplate({ company: "300015.SZ", lang: "en", style: "live" }, undefined, env);
    expect(r.ok, JSON.stringify(!r.ok && r.reason)).toBe(true);
    if (!r.ok) return;
    expect(r.cyclePhase).toBe("Contraction");
    expect(r.formulaErrors).toBe(0);
    expect(r.functionsPending).toBeGreaterThan(0);
    expect(r.notes.map((n) => n.en)).toContain(
      "The CAPCYCLE functions were still calculating when the sheet was read back; the cycle phase shown is the one the plan computed.",
    );
    // Once the functions answer, Excel shows the same label the pane was given.
    fake.customFunctions.answer();
    const shown = fake.values(`'${r.sheet}'!A1:C10`).flat();
    expect(shown).toContain("Contraction");
    expect(shown).not.toContain("#BUSY!");
  });

  it("in Chinese too, and a template whose functions have answered reads its phase from Excel", async () => {
    const held = fakeWorkbook();
    held.fake.customFunctions.hold();
    const zh = await loadTemplate({ company: "300015.SZ", lang: "zh", style: "live" }, undefined, held.env);
    expect(zh.ok && [zh.cyclePhase, zh.formulaErrors]).toEqual(["收缩", 0]);
    const answered = fakeWorkbook();
    const en = await loadTemplate({ company: "300015.SZ", lang: "en", style: "live" }, undefined, answered.env);
    expect(en.ok && [en.cyclePhase, en.formulaErrors, en.functionsPending, en.notes.length]).toEqual(["Contraction", 0, 0, 0]);
  });
});
