import { describe, expect, it } from "vitest";
import { ROLL_REASONS } from "../../../src/core/chart/messages";
import { rollForwardPlan, rollForwardProbe, LOOKAHEAD } from "../../../src/core/chart/roll-forward";
import { formatSourceAddress, parseSourceAddress } from "../../../src/core/chart/source-address";
import { rectAddress } from "../../../src/core/template/a1";
import type { CellValue } from "../../../src/core/values";

const pad = (xs: CellValue[]) => [...xs, ...Array<CellValue>(LOOKAHEAD - xs.length).fill(null)];

describe("parseSourceAddress / formatSourceAddress", () => {
  it.each([
    ["=Model!$C$5:$C$9", "Model", "C5:C9"],
    ["Model!C5:C9", "Model", "C5:C9"],
    ["='My model'!$C$5:$C$9", "My model", "C5:C9"],
    ["='Bob''s model'!$B$2", "Bob's model", "B2"],
    ["='爱尔眼科 300015.SZ'!$F$12:$F$15", "爱尔眼科 300015.SZ", "F12:F15"],
  ])("%s", (src, sheet, a1) => {
    const p = parseSourceAddress(src)!;
    expect(p.sheet).toBe(sheet);
    expect(rectAddress(p.rect)).toBe(a1);
    expect(parseSourceAddress(formatSourceAddress(p))).toEqual(p);
  });

  it.each(["={1,2,3}", "=(Model!$C$5:$C$9,Model!$D$5)", "=MyName", "=[Book2]Sheet1!$A$1", "", "=Model!", "=Model!ZZZZ1"])("refuses %j", (src) => {
    expect(parseSourceAddress(src)).toBeNull();
  });

  it("formats quoted names", () => {
    expect(formatSourceAddress({ sheet: "My model", rect: { row: 4, col: 2, rowCount: 5, colCount: 1 } })).toBe("='My model'!$C$5:$C$9");
    expect(formatSourceAddress({ sheet: "Model", rect: { row: 4, col: 2, rowCount: 1, colCount: 1 } })).toBe("=Model!$C$5");
  });
});

describe("rollForwardProbe", () => {
  it("reads the cells below column series and their categories", () => {
    const p = rollForwardProbe({
      series: [
        { name: "Capex", values: "=Model!$C$5:$C$9", categories: "=Model!$A$5:$A$9" },
        { name: "D&A", values: "=Model!$D$5:$D$9", categories: "=Model!$A$5:$A$9" },
      ],
    });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.probe.direction).toBe("down");
    expect(p.probe.valueWindows.map((w) => rectAddress(w.rect))).toEqual([`C10:C${9 + LOOKAHEAD}`, `D10:D${9 + LOOKAHEAD}`]);
    // The categories' window starts at their last cell: its period tells the chart's frequency.
    expect(rectAddress(p.probe.categoryWindow!.rect)).toBe(`A9:A${9 + LOOKAHEAD}`);
  });

  it("reads to the right of row series", () => {
    const p = rollForwardProbe({ series: [{ name: "Capex", values: "=Model!$B$3:$F$3", categories: "=Model!$B$1:$F$1" }] });
    expect(p.ok && p.probe.direction).toBe("right");
    if (p.ok) expect(rectAddress(p.probe.valueWindows[0]!.rect)).toBe(`G3:${"BN"}3`);
  });

  it.each([
    ["a literal array", [{ name: "a", values: "={1,2,3}", categories: null }], ROLL_REASONS.unreadable],
    ["an unreadable source", [{ name: "a", values: null, categories: null }], ROLL_REASONS.unreadable],
    ["two sheets", [{ name: "a", values: "=A!$B$2:$B$5", categories: null }, { name: "b", values: "=B!$C$2:$C$5", categories: null }], ROLL_REASONS.otherSheets],
    ["a block", [{ name: "a", values: "=A!$B$2:$C$5", categories: null }], ROLL_REASONS.notLine],
    ["misaligned series", [{ name: "a", values: "=A!$B$2:$B$5", categories: null }, { name: "b", values: "=A!$C$3:$C$6", categories: null }], ROLL_REASONS.notAligned],
    ["no series", [], ROLL_REASONS.noSeries],
    ["the sheet's last row", [{ name: "a", values: "=A!$B$1048570:$B$1048576", categories: null }], ROLL_REASONS.atEdge],
  ])("refuses %s", (_, series, reason) => {
    expect(rollForwardProbe({ series })).toEqual({ ok: false, reason });
  });
});

describe("rollForwardPlan", () => {
  const chart = {
    series: [
      { name: "Capex", values: "=Model!$C$5:$C$9", categories: "=Model!$A$5:$A$9" },
      { name: "D&A", values: "=Model!$D$5:$D$9", categories: "=Model!$A$5:$A$9" },
    ],
  };
  const probe = () => {
    const p = rollForwardProbe(chart);
    if (!p.ok) throw new Error("probe");
    return p.probe;
  };

  it("extends every series and the categories by the new periods", () => {
    const r = rollForwardPlan(chart, probe(), { values: [pad([12, 13]), pad([8, null])], categories: pad(["2024", "2025", "2026"]) });
    expect(r).toEqual({
      ok: true,
      plan: {
        added: 2,
        changes: [
          { series: "Capex", dimension: "Values", from: "=Model!$C$5:$C$9", to: "=Model!$C$5:$C$11" },
          { series: "D&A", dimension: "Values", from: "=Model!$D$5:$D$9", to: "=Model!$D$5:$D$11" },
          { series: "Capex", dimension: "Categories", from: "=Model!$A$5:$A$9", to: "=Model!$A$5:$A$11" },
          { series: "D&A", dimension: "Categories", from: "=Model!$A$5:$A$9", to: "=Model!$A$5:$A$11" },
        ],
      },
    });
  });

  it("stops at a blank category, a totals row, text in a value cell, or a period without numbers", () => {
    const p = probe();
    const added = (values: CellValue[][], cats: CellValue[]) => {
      const r = rollForwardPlan(chart, p, { values: values.map(pad), categories: pad(cats) });
      return r.ok ? r.plan.added : 0;
    };
    expect(added([[1, 2, 3], [1, 2, 3]], ["2024", "2025", null, "2027"])).toBe(1);
    expect(added([[1, 2], [1, 2]], ["2024", "2025", "Total"])).toBe(1);
    expect(added([[1, 2], [1, 2]], ["2024", "2025", "合计"])).toBe(1);
    expect(added([[1, "n/a"], [1, 2]], ["2024", "2025", "2026"])).toBe(1);
    expect(added([[1, null], [1, null]], ["2024", "2025", "2026"])).toBe(1);
    expect(added([["1,234"], [5]], ["2024", "2025"])).toBe(1);
  });

  it("stops where the periods change frequency: a model's half-year columns are not new years", () => {
    const p = probe();
    const added = (cats: CellValue[]) => {
      const r = rollForwardPlan(chart, p, { values: [pad([1, 2, 3]), pad([1, 2, 3])], categories: pad(cats) });
      return r.ok ? r.plan.added : 0;
    };
    expect(added(["2024", "2024H1", "2025H1"])).toBe(0);
    expect(added(["2024", "2025", "2024H1"])).toBe(1);
    expect(added(["FY2024", "2025年", "2026"])).toBe(2);
    expect(added(["2025H1", "2025H2", "2026H1"])).toBe(2);
    // Categories that are not periods are taken as before.
    expect(added(["Mar", "Apr", "May"])).toBe(2);
  });

  it("says when nothing follows", () => {
    expect(rollForwardPlan(chart, probe(), { values: [pad([]), pad([])], categories: pad(["2024"]) })).toEqual({ ok: false, reason: ROLL_REASONS.upToDate });
  });

  it("works without categories", () => {
    const c = { series: [{ name: "Capex", values: "=Model!$B$3:$F$3", categories: null }] };
    const p = rollForwardProbe(c);
    if (!p.ok) throw new Error("probe");
    const r = rollForwardPlan(c, p.probe, { values: [pad([7, 8, 9])], categories: null });
    expect(r.ok && r.plan.changes).toEqual([{ series: "Capex", dimension: "Values", from: "=Model!$B$3:$F$3", to: "=Model!$B$3:$I$3" }]);
  });
});
