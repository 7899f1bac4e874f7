/**
 * "Snapshot for sharing" (src/excel/snapshot.ts) against the in-memory workbook: a copy of a
 * CapCycle sheet with every CAPCYCLE formula replaced by its value, the rest kept, in three
 * requests (the client library's closing one makes four); refusals and failures leave nothing.
 */
import { describe, expect, it } from "vitest";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { snapshotName, snapshotSheetWith } from "../../src/excel/snapshot";
import { buildTemplatePlan } from "../../src/core/template/build";
import { acmeInput } from "../core/template/fixtures";
import { fakeWorkbook, upTo } from "./helpers";

/** Every cell of a sheet's used range: [formulas, values]. */
async function grid(fake: ReturnType<typeof fakeWorkbook>["fake"], sheet: string) {
  return fake.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRange();
    used.load("formulas, values, address");
    await context.sync();
    return { formulas: used.formulas, values: used.values, address: used.address.replace(/^.*!/, "") };
  });
}

describe("snapshot for sharing", () => {
  it("copies a live template beside it with values for every CAPCYCLE formula, in 3 requests", async () => {
    const { fake, env } = fakeWorkbook();
    const loaded = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const source = await grid(fake, loaded.sheet);
    const live = source.formulas.flat().filter((f) => typeof f === "string" && f.includes("CAPCYCLE.")).length;
    expect(live).toBeGreaterThan(5);
    const before = fake.snapshot();
    fake.resetCounters();

    const r = await snapshotSheetWith(env, { sheet: loaded.sheet, lang: "en" });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.sheet).toBe(`${loaded.sheet} snapshot`);
    expect(r.formulas).toBe(live);
    expect(r.roundTrips).toBe(3);
    expect(fake.counters.roundTrips).toBe(3);

    const copy = await grid(fake, r.sheet);
    expect(copy.address).toBe(source.address);
    // Every value the source shows, the copy shows: the numbers, the sources table, the notes.
    expect(copy.values).toEqual(source.values);
    // No CAPCYCLE formula is left; every other formula is kept as it was.
    copy.formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        const was = source.formulas[i]![j];
        if (typeof was === "string" && was.includes("CAPCYCLE.")) expect(f, `${i},${j}`).toBe(source.values[i]![j]);
        else expect(f, `${i},${j}`).toBe(was);
      }),
    );
    const after = fake.snapshot();
    // The source sheet is untouched; the copy sits right after it and is active.
    expect(after.sheets[loaded.sheet]).toEqual(before.sheets[loaded.sheet]);
    expect(after.sheetOrder.indexOf(r.sheet)).toBe(after.sheetOrder.indexOf(loaded.sheet) + 1);
    expect(after.activeSheet).toBe(r.sheet);
    // Tables and charts come along (re-pointed at the copy).
    expect(Object.values(after.tables).filter((t) => t.sheet === r.sheet)).toHaveLength(loaded.tables.length);
  });

  it("keeps a formula's spilled cells as values, and text as text", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", [
      [12, 15, 18],
      [6, 7.5, 9],
      ["=CAPCYCLE.CAPEX_DA_RATIO(A1:C1,A2:C2)", null, null],
    ]);
    const r = await snapshotSheetWith(env, { sheet: "Model", lang: "zh" });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.sheet).toBe("Model 快照");
    expect(r).toMatchObject({ formulas: 1, cells: 3, roundTrips: 3 });
    expect(fake.formulas("'Model 快照'!A3:C3")).toEqual([[2, 2, 2]]);
    expect(fake.formulas("Model!A3")).toEqual([["=CAPCYCLE.CAPEX_DA_RATIO(A1:C1,A2:C2)"]]);
  });

  it("without dynamic-array support (before ExcelApi 1.12) writes the formulas' own cells in 2 requests", async () => {
    const { fake, env } = fakeWorkbook({ supported: upTo(11) });
    fake.seed.sheet("Model", [[12], [6], ["=CAPCYCLE.CAPEX_DA_RATIO(A1,A2)"]]);
    const r = await snapshotSheetWith(env, { sheet: "Model", lang: "en" });
    expect(r).toMatchObject({ ok: true, formulas: 1, cells: 1, roundTrips: 2 });
    expect(fake.formulas("'Model snapshot'!A3")).toEqual([[2]]);
  });

  it("refuses, changing nothing: no CAPCYCLE formula, a protected sheet, an Excel without Worksheet.copy", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Plain", [[1, "=A1*2"]]);
    fake.seed.sheet("Locked", [["=CAPCYCLE.CAGR(100,121,2)"]]);
    fake.seed.protect("Locked");
    const before = fake.snapshot();
    const plain = await snapshotSheetWith(env, { sheet: "Plain", lang: "en" });
    expect(plain).toEqual({ ok: false, reason: { en: 'Sheet "Plain" has no CAPCYCLE formulas: it can be shared as it is.', zh: "工作表“Plain”中没有 CAPCYCLE 公式，可以直接分享。" } });
    const locked = await snapshotSheetWith(env, { sheet: "Locked", lang: "en" });
    expect(locked.ok === false && locked.reason.en).toContain('Sheet "Locked" is protected');
    const old = fakeWorkbook({ supported: upTo(6) });
    old.fake.seed.sheet("S", [["=CAPCYCLE.CAGR(100,121,2)"]]);
    const refused = await snapshotSheetWith(old.env, { sheet: "S", lang: "en" });
    expect(refused.ok === false && refused.reason.en).toContain("ExcelApi 1.7");
    expect(fake.snapshot()).toEqual(before);
  });

  it("removes the copy and says why when making it fails half-way", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("Model", [["=CAPCYCLE.CAGR(100,121,2)"]]);
    fake.seed.protectWorkbook();
    const before = fake.snapshot();
    const r = await snapshotSheetWith(env, { sheet: "Model", lang: "en" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.en).toMatch(/^Could not make the snapshot; the partial copy "Model snapshot" was removed\. Excel denied access/);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("the snapshot's name", () => {
  it("says what it is, fits 31 characters and is unique (case-insensitive)", () => {
    expect(snapshotName("Aier 300015.SZ", "en", [])).toBe("Aier 300015.SZ snapshot");
    expect(snapshotName("Aier 300015.SZ", "zh", [])).toBe("Aier 300015.SZ 快照");
    expect(snapshotName("Aier 300015.SZ", "en", ["aier 300015.sz SNAPSHOT"])).toBe("Aier 300015.SZ snapshot 2");
    const long = "Shanghai United Imaging 688271";
    const name = snapshotName(long, "en", []);
    expect(name).toBe("Shanghai United Imagin snapshot");
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
