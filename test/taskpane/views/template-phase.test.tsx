// @vitest-environment jsdom
/**
 * The Template view's result on the bundled data, with src/excel replaced by a test double:
 * after loading Aier's template the summary gives the capital-cycle phase under both readings,
 * each marked contested (issue 11: "the Aier template and pane show the phase under both
 * readings"), in English and Chinese.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type * as ExcelApi from "../../../src/excel/index";
import { App } from "../../../src/taskpane/App";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { fixedSource } from "../source";
import type { Lang } from "../../../src/core/errors";
import { EXCEL } from "../render";

const excel = vi.hoisted(() => ({
  loadTemplate: vi.fn(),
  previewRefresh: vi.fn(),
  applyRefresh: vi.fn(),
  chartFromSelection: vi.fn(),
  insertFormulaAtActiveCell: vi.fn(),
  readActiveCell: vi.fn(),
  activateSheet: vi.fn(),
  onSelectionChanged: vi.fn(),
  onPaneVisibilityChanged: vi.fn().mockResolvedValue(null),
  hostCapabilities: vi.fn(),
  snapshotSheet: vi.fn(),
}));

vi.mock("../../../src/excel/index", () => excel);

const available = { available: true } as const;
const capabilities: ExcelApi.HostCapabilities = {
  inExcel: true,
  excelApi: { "1.5": true, "1.7": true, "1.8": true, "1.15": true },
  features: {
    templates: available,
    charts: available,
    secondaryAxis: available,
    bindings: available,
    rollForward: available,
    chartFromSelection: available,
    selectionEvents: available,
  },
};

const loaded: ExcelApi.LoadTemplateResult = {
  sheet: "Aier Eye 300015.SZ",
  tables: ["Financials", "Sources"],
  charts: [],
  chartsSkipped: [],
  notes: [],
  cyclePhase: "Contraction",
  missing: [],
  formulaErrors: 0,
  roundTrips: 3,
  summary: { en: 'Added sheet "Aier Eye 300015.SZ".', zh: "已添加工作表。" },
};

beforeEach(() => {
  for (const fn of Object.values(excel)) fn.mockReset();
  excel.hostCapabilities.mockReturnValue(capabilities);
  excel.onSelectionChanged.mockResolvedValue({ ok: true, unsubscribe: vi.fn().mockResolvedValue(undefined) });
  excel.readActiveCell.mockResolvedValue({ ok: true, cell: { address: "Sheet1!A1", sheet: "Sheet1", value: null, formula: "", figures: [] } });
  excel.loadTemplate.mockResolvedValue({ ok: true, ...loaded });
});

async function loadAier(lang: Lang, loadLabel: string, loadButton: string): Promise<string[]> {
  const user = userEvent.setup();
  // Inside Excel the pane takes Office's display language.
  const host = { ...EXCEL, displayLanguage: lang === "zh" ? "zh-CN" : "en-US" };
  render(<App detect={() => Promise.resolve(host)} dataset={fixedSource(getDataset)} initialLanguage={lang} />);
  await user.click(await screen.findByRole("button", { name: /Aier Eye Hospital Group/ }));
  await user.click(await screen.findByRole("button", { name: loadLabel }));
  await user.click(await screen.findByRole("button", { name: loadButton }));
  expect(excel.loadTemplate.mock.calls[0]![0]).toMatchObject({ company: "aier_eye" });
  const list = await screen.findByTestId("phase-readings");
  return within(list).getAllByRole("listitem").map((li) => li.textContent ?? "");
}

describe("template result: the phase under each reading", () => {
  it("lists Aier's two readings, each with its ratios and the contested mark, in English", async () => {
    const lines = await loadAier("en", "Load template…", "Load template");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Contraction — H1 2024 1\.02 .*→ H1 2025 0\.78 .*primary reading.*contested$/);
    expect(lines[1]).toMatch(/^Expansion slowing — H1 2024 2\.58 .*→ H1 2025 1\.96 .*not the primary reading.*contested$/);
  });

  it("lists them in Chinese with 有争议", async () => {
    const { zh } = await import("../../../src/taskpane/i18n/zh");
    const lines = await loadAier("zh", zh.company.loadTemplate, zh.template.load);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^收缩——2024年上半年 1\.02.*→ 2025年上半年 0\.78.*主口径.*有争议$/);
    expect(lines[1]).toMatch(/^扩张放缓——2024年上半年 2\.58.*→ 2025年上半年 1\.96.*非主口径.*有争议$/);
  });
});
