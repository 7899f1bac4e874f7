/**
 * The one chart writer (src/excel/chart-writer.ts): every series' values are set explicitly, so
 * Excel's header guess in charts.add (a blank first cell taken as the series name, README of
 * the in-memory workbook) never shifts a chart against its labels.
 */
import { describe, expect, it } from "vitest";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { parseSourceAddress } from "../../src/core/chart/source-address";
import { rectAddress } from "../../src/core/template/a1";
import { buildTemplatePlan } from "../../src/core/template/build";
import { templateInputForCompany } from "../../src/core/template/from-dataset";
import { loadTemplate } from "../../src/excel/index";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import { fakeWorkbook } from "./helpers";

const a1 = (source: string | null) => {
  const parsed = source ? parseSourceAddress(source) : null;
  return parsed ? rectAddress(parsed.rect) : source;
};

describe("charts as written by Load template", () => {
  it("every series reads exactly the cells the plan names, also when the first cell is blank (Aier's segment growth)", async () => {
    const input = templateInputForCompany(getDataset(), "300015.SZ");
    if (!input.ok) throw new Error("Aier is in the bundled data");
    const plan = buildTemplatePlan(input.input, { lang: "en", style: "live", unit: "亿", charts: true });
    // The case the header guess bites: a chart whose first value cell is blank.
    const blankFirst = plan.charts.filter((c) => {
      const r = parseSourceAddress(`X!${c.series[0]!.values}`)!.rect;
      return plan.cells[r.row]?.[r.col]?.kind === "blank";
    });
    expect(blankFirst.length).toBeGreaterThan(0);

    const { fake, env } = fakeWorkbook();
    const r = await loadTemplate({ company: "300015.SZ", lang: "en", style: "live" }, undefined, env);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const charts = fake.snapshot().sheets[r.sheet]!.charts;
    expect(charts.map((c) => c.name)).toEqual(plan.charts.map((c) => c.name));
    plan.charts.forEach((p, i) => {
      const written = charts[i]!;
      expect(written.series.map((s) => [s.name, a1(s.values), a1(s.categories)])).toEqual(
        p.series.map((s) => [s.name, s.values, p.categories || null]),
      );
    });
  });
});

describe("charts as rebuilt by Refresh charts", () => {
  it("a rebuild on a host without ExcelApi 1.8 says what it left out, as Load template does (the copy in refresh dropped it)", async () => {
    const { fake, env } = fakeWorkbook();
    const loaded = await loadTemplate({ company: "300015.SZ", lang: "en", style: "live" }, undefined, env);
    if (!loaded.ok) throw new Error("template");
    const name = loaded.charts[0]!;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(loaded.sheet).charts.getItem(name).delete();
      await context.sync();
    });
    // The same workbook seen from Excel with ExcelApi up to 1.7 (the adapter asks isSetSupported).
    const old = { run: env.run, isSetSupported: (set: string, v?: string) => set === "ExcelApi" && Number((v ?? "1.1").split(".")[1]) <= 7 };
    const preview = await previewRefreshWith(old);
    if (!preview.ok) throw new Error(preview.reason.en);
    const item = preview.preview.items.find((i) => i.chart === name)!;
    expect(item.action).toBe("rebuild");
    const applied = await applyRefreshWith(old, preview.preview, { rebuild: [item.id] });
    if (!applied.ok) throw new Error(applied.reason.en);
    const outcome = applied.charts.find((c) => c.chart === name)!;
    expect(outcome.status).toBe("rebuilt");
    expect(outcome.reason?.en).toMatch(
      /^Capex vs D&A[^:]*: the Capex \/ D&A line was left out \(needs ExcelApi 1\.8\)\. Value axes keep Excel's default number format \(setting it needs ExcelApi 1\.8\)\.$/,
    );
    expect(outcome.reason?.zh).toMatch(/未添加“Capex \/ D&A”折线（需要 ExcelApi 1\.8）。数值轴保留 Excel 默认的数字格式/);
    // Rebuilt with capex and D&A, without the ratio line.
    const rebuilt = fake.snapshot().sheets[loaded.sheet]!.charts.find((c) => c.name === name)!;
    expect(rebuilt.series).toHaveLength(2);
  });
});
