import { describe, expect, it } from "vitest";
import { planBands } from "../../../src/core/template/blocks";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { rectAddress } from "../../../src/core/template/a1";
import type { PlanCell } from "../../../src/core/template/types";
import { acmeInput } from "./fixtures";

const t = (s: string): PlanCell => ({ kind: "text", text: s });
const b = (format?: string): PlanCell => (format ? { kind: "blank", format } : { kind: "blank" });

describe("planBands", () => {
  it("splits the grid at empty rows, each band as wide as its widest row", () => {
    const cells = [
      [t("a"), b(), b()],
      [t("b"), t("c"), b()],
      [b(), b(), b()],
      [t("d"), b(), b("0.00")],
    ];
    expect(planBands(cells).map((r) => rectAddress(r))).toEqual(["A1:B2", "A4:C4"]);
  });

  it("gives one block per section of a template, covering every written cell", () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    const bands = planBands(plan.cells);
    // Header, then each section; the chart bands between them are empty rows and are not written.
    expect(bands.map((r) => rectAddress(r))).toEqual(["A1:B9", "A11:E35", "A54:E62", "A81:E92", "A111:E113", "A115:G151"]);
    plan.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c.kind === "blank" && c.format === undefined) return;
        expect(bands.some((x) => r >= x.row && r < x.row + x.rowCount && col >= x.col && col < x.col + x.colCount)).toBe(true);
      }),
    );
  });
});
