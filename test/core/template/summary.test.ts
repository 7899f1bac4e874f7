import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { templateInputFor } from "../../../src/core/template/from-dataset";
import { replaceSummary, SUMMARY_COMPANIES, summaryMarkdown, templateSummaryRow } from "../../../src/core/template/summary";
import { acmeInput, fig, sparseInput } from "./fixtures";

describe("template summary (docs/excel.md)", () => {
  it("describes a template from its plan: tables, charts and the cycle phase", () => {
    expect(templateSummaryRow(acmeInput())).toBe(
      "| Acme Eye 600000.SH | 151 × 7 | A12:E35: 10 statement fields × 4 periods (FY2023, FY2024, H1 2024, H1 2025); Capex / D&A; Net investment; " +
        "Capex intensity; Free cash flow; Cash conversion; Receivable days; Goodwill / equity; Revenue growth (calc.); Net profit growth (calc.) | " +
        "5 segment rows: Revenue; Revenue growth (calc.) | 3 companies: Market share; Revenue; Hospitals | 1 figure (1 not actual: forecast, target or estimate) | " +
        "capex vs D&A (annual) A37, capex vs D&A (half) F37, segment growth (annual) A64, market share (annual) A94 | Expansion slowing |",
    );
    const sparse = { ...sparseInput(), figures: [fig("hospitals", "2024", 4)] };
    expect(templateSummaryRow(sparse)).toBe("| Tiny (unlisted) | 21 × 7 | — | — | — | 1 figure | — | not enough data: no financials |");
  });

  it("docs/excel.md holds the current table (regenerate: npx tsx scripts/template-summary.ts --markdown)", () => {
    const ds = getDataset();
    const table = summaryMarkdown(SUMMARY_COMPANIES.map((id) => templateInputFor(ds, id)!));
    const doc = readFileSync(new URL("../../../docs/excel.md", import.meta.url), "utf8");
    expect(replaceSummary(doc, table)).toBe(doc);
    expect(replaceSummary("no markers here", table)).toBeNull();
  });
});
