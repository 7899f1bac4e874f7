// @vitest-environment jsdom
/**
 * The pane's workbook actions with src/excel replaced by test doubles: each action calls the
 * adapter once however often it is clicked while running, shows progress, reports what it did
 * (or why not) in a live region, and passes the person's choices on.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type * as ExcelApi from "../../../src/excel/index";
import { EXCEL, renderPane } from "../render";

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
    chartFromSelection: { available: false, reason: { en: "Chart from selection needs ExcelApi 1.7.", zh: "需要 ExcelApi 1.7。" } },
    selectionEvents: available,
  },
};

const loaded: ExcelApi.LoadTemplateResult = {
  sheet: "Acme Eye 300999.SZ",
  tables: ["Financials", "Sources"],
  charts: ["Capex vs D&A"],
  chartsSkipped: [],
  notes: [],
  cyclePhase: "Expansion",
  missing: ["gross_margin"],
  formulaErrors: 0,
  roundTrips: 3,
  summary: { en: 'Added sheet "Acme Eye 300999.SZ" with 2 tables and 1 chart.', zh: "已添加工作表。" },
};

/** A promise the test settles by hand, to look at the pane while an action runs. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(() => {
  for (const fn of Object.values(excel)) fn.mockReset();
  excel.hostCapabilities.mockReturnValue(capabilities);
  excel.onSelectionChanged.mockResolvedValue({ ok: true, unsubscribe: vi.fn().mockResolvedValue(undefined) });
  excel.readActiveCell.mockResolvedValue({ ok: true, cell: { address: "Sheet1!A1", sheet: "Sheet1", value: null, formula: "", figures: [] } });
});

describe("snapshot for sharing", () => {
  it("snapshots the active sheet once however often it is clicked and says what it made, or why not", async () => {
    const user = userEvent.setup();
    const run = deferred<ExcelApi.Outcome<ExcelApi.SnapshotResult>>();
    excel.snapshotSheet.mockReturnValueOnce(run.promise);
    renderPane(EXCEL);
    await user.click(await screen.findByRole("tab", { name: "Template" }));
    const make = await screen.findByRole("button", { name: "Snapshot the active sheet" });
    act(() => {
      fireEvent.click(make);
      fireEvent.click(make);
    });
    expect(excel.snapshotSheet).toHaveBeenCalledTimes(1);
    expect(excel.snapshotSheet.mock.calls[0]![0]).toEqual({ lang: "en" });
    await act(async () => run.resolve({ ok: true, sheet: "Acme 300999.SZ snapshot", source: "Acme 300999.SZ", formulas: 42, cells: 44, roundTrips: 3 }));
    const region = screen.getByRole("status", { name: "Snapshot for sharing" });
    expect(region.textContent).toBe("Snapshot madeAdded sheet “Acme 300999.SZ snapshot”: 42 CAPCYCLE formulas replaced by their values.");

    excel.snapshotSheet.mockResolvedValueOnce({ ok: false, reason: { en: 'Sheet "Notes" has no CAPCYCLE formulas: it can be shared as it is.', zh: "…" } });
    await user.click(screen.getByRole("button", { name: "Snapshot the active sheet" }));
    expect(await within(region).findByText('Sheet "Notes" has no CAPCYCLE formulas: it can be shared as it is.')).toBeTruthy();
    expect(within(region).getByText("No snapshot was made")).toBeTruthy();
  });
});

describe("load template", () => {
  it("loads once however often it is clicked, shows progress, then the summary and 'Go to sheet'", async () => {
    const user = userEvent.setup();
    const run = deferred<ExcelApi.Outcome<ExcelApi.LoadTemplateResult>>();
    let progress: ((p: ExcelApi.LoadProgress) => void) | undefined;
    excel.loadTemplate.mockImplementation((_options, onProgress) => {
      progress = onProgress;
      return run.promise;
    });
    excel.activateSheet.mockResolvedValue({ ok: true });
    renderPane(EXCEL);
    await user.click(await screen.findByRole("button", { name: /Acme Eye Hospital Group/ }));
    await user.click(await screen.findByRole("button", { name: "Load template…" }));
    await user.click(await screen.findByRole("radio", { name: /Portable/ }));
    await user.selectOptions(screen.getByLabelText("Money unit"), "万");
    const load = screen.getByRole("button", { name: "Load template" });
    // Two clicks in one task, before React re-renders the button as busy, then more clicks on the busy button.
    act(() => {
      fireEvent.click(load);
      fireEvent.click(load);
    });
    await user.dblClick(screen.getByRole("button", { name: "Loading template…" }));
    expect(excel.loadTemplate).toHaveBeenCalledTimes(1);
    expect(excel.loadTemplate.mock.calls[0]![0]).toEqual({ company: "acme_eye", lang: "en", unit: "万", style: "portable", charts: true });
    act(() => progress!({ step: "write", fraction: 0.6, message: { en: "Writing the sheet…", zh: "正在写入…" } }));
    const bar = screen.getByRole("progressbar", { name: "Template progress" });
    expect(bar.getAttribute("aria-valuenow")).toBe("0.6");
    expect(screen.getByText("Writing the sheet…")).toBeTruthy();

    await act(async () => run.resolve({ ok: true, ...loaded }));
    const region = screen.getByRole("status", { name: "Load a template" });
    expect(within(region).getByText("Template loaded")).toBeTruthy();
    expect(region.textContent).toContain('Added sheet "Acme Eye 300999.SZ"');
    expect(region.textContent).toContain("Cycle phase: Expansion");
    expect(region.textContent).toContain("Not in the data: Gross margin");
    expect(screen.queryByRole("progressbar")).toBeNull();

    await user.click(within(region).getByRole("button", { name: "Go to sheet" }));
    expect(excel.activateSheet).toHaveBeenCalledWith("Acme Eye 300999.SZ");
    expect(await within(region).findByText("Sheet “Acme Eye 300999.SZ” is now active.")).toBeTruthy();
  });

  it("reports the reason when loading fails, and asks for a company first", async () => {
    const user = userEvent.setup();
    excel.loadTemplate.mockResolvedValue({ ok: false, reason: { en: "The sheet is protected.", zh: "工作表受保护。" } });
    renderPane(EXCEL);
    await user.click(await screen.findByRole("tab", { name: "Template" }));
    const load = await screen.findByRole("button", { name: "Load template" });
    expect(load.getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById(load.getAttribute("aria-describedby")!)?.textContent).toBe("Choose a company");
    await user.selectOptions(screen.getByLabelText(/^Company/), "bolt_med");
    await user.click(load);
    expect(await screen.findByText("The template was not loaded")).toBeTruthy();
    expect(screen.getByText("The sheet is protected.")).toBeTruthy();
  });
});

describe("refresh charts", () => {
  const preview: ExcelApi.RefreshPreview = {
    items: [
      { id: "b1", sheet: "Acme", chart: "Capex vs D&A", action: "rebind", needsConsent: false, changes: [{ series: "Capex", dimension: "Values", from: "=Acme!$B$5:$B$9", to: "=Acme!$B$5:$B$10" }] },
      { id: "b2", sheet: "Acme", chart: "Segments", action: "rebuild", needsConsent: true, changes: [], reason: { en: "The chart was deleted.", zh: "图表已被删除。" } },
      { id: "u1", sheet: "Model", chart: "My chart", action: "skip", needsConsent: false, changes: [], reason: { en: "Its source cannot be read.", zh: "无法读取数据源。" } },
    ],
    unavailable: [],
    roundTrips: 2,
  };

  it("previews each chart, passes the consents to apply, and shows an outcome per chart", async () => {
    const user = userEvent.setup();
    excel.previewRefresh.mockResolvedValue({ ok: true, preview });
    excel.applyRefresh.mockResolvedValue({
      ok: true,
      roundTrips: 3,
      summary: { en: "1 refreshed, 1 rebuilt, 1 skipped.", zh: "" },
      charts: [
        { id: "b1", sheet: "Acme", chart: "Capex vs D&A", status: "refreshed" },
        { id: "b2", sheet: "Acme", chart: "Segments", status: "rebuilt" },
        { id: "u1", sheet: "Model", chart: "My chart", status: "skipped", reason: { en: "Its source cannot be read.", zh: "" } },
      ],
    });
    renderPane(EXCEL);
    await user.click(await screen.findByRole("tab", { name: "Charts" }));
    await user.click(await screen.findByRole("button", { name: "Preview refresh" }));
    const list = await screen.findByRole("list", { name: "Charts and what refresh will do" });
    const items = within(list).getAllByRole("listitem", { name: undefined }).filter((li) => li.parentElement === list);
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain("Capex (values): B5:B9 → B5:B10");
    expect(items[2]!.textContent).toContain("Its source cannot be read.");
    await user.click(within(items[1]!).getByRole("checkbox", { name: "Rebuild this chart" }));
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(excel.applyRefresh).toHaveBeenCalledWith(preview, { rebuild: ["b2"], rollForward: [] });
    const outcomes = await screen.findByRole("list", { name: "Refresh done" });
    expect(within(outcomes).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Capex vs D&AAcmerefreshed",
      "SegmentsAcmerebuilt",
      "My chartModelskippedIts source cannot be read.",
    ]);
    expect(screen.getByText("1 refreshed, 1 rebuilt, 1 skipped.")).toBeTruthy();
  });

  it("says why chart from selection is unavailable on this Excel", async () => {
    const user = userEvent.setup();
    renderPane(EXCEL);
    await user.click(await screen.findByRole("tab", { name: "Charts" }));
    const button = await screen.findByRole("button", { name: "Chart from selection" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById(button.getAttribute("aria-describedby")!)?.textContent).toBe("Chart from selection needs ExcelApi 1.7.");
    await user.click(button);
    expect(excel.chartFromSelection).not.toHaveBeenCalled();
  });
});

describe("formula builder and sources of the selected cell", () => {
  it("inserts the built formula at the active cell and says where", async () => {
    const user = userEvent.setup();
    excel.insertFormulaAtActiveCell.mockResolvedValue({ ok: true, address: "Sheet1!C3" });
    renderPane(EXCEL);
    await user.click(await screen.findByRole("tab", { name: "Formula" }));
    await user.selectOptions(await screen.findByLabelText("Company"), "acme_eye");
    await user.selectOptions(screen.getByLabelText("Field"), "revenue|");
    await user.selectOptions(screen.getByLabelText("Period"), "2024");
    await user.click(screen.getByRole("button", { name: "Insert at active cell" }));
    expect(excel.insertFormulaAtActiveCell).toHaveBeenCalledWith('=CAPCYCLE.DATA("300999.SZ","revenue","2024")');
    expect(await screen.findByText("Inserted into Sheet1!C3.")).toBeTruthy();
  });

  it("follows the selection: reads the cell, shows its figures' sources, re-reads on change, unsubscribes on leaving", async () => {
    const user = userEvent.setup();
    let changed: (() => void) | undefined;
    const unsubscribe = vi.fn().mockResolvedValue(undefined);
    excel.onSelectionChanged.mockImplementation(async (handler: () => void) => {
      changed = handler;
      return { ok: true, unsubscribe };
    });
    excel.readActiveCell
      .mockResolvedValueOnce({ ok: true, cell: { address: "Sheet1!B2", sheet: "Sheet1", value: 30.5, formula: '=CAPCYCLE.DATA("300999","capex","2024")', figures: [{ company: "300999", field: "capex", period: "2024" }] } })
      .mockResolvedValueOnce({ ok: true, cell: { address: "Sheet1!B3", sheet: "Sheet1", value: "note", formula: "", figures: [] } });
    renderPane(EXCEL);
    await user.click(await screen.findByRole("tab", { name: "Sources" }));
    expect(await screen.findByText("Sheet1!B2")).toBeTruthy();
    expect(screen.getByText("Follows the cell you select in Excel.")).toBeTruthy();
    expect(screen.getByText("The sources disagree")).toBeTruthy();
    expect(screen.getAllByText(/line \d+/)).toHaveLength(2);

    act(() => changed!());
    expect(await screen.findByText("Sheet1!B3", {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByText(/This cell shows no CapCycle figure/)).toBeTruthy();
    expect(excel.readActiveCell).toHaveBeenCalledTimes(2);

    await user.click(screen.getByRole("tab", { name: "Data" }));
    await waitFor(() => expect(unsubscribe).toHaveBeenCalledTimes(1));
  });

  it("says so when the selection cannot be followed, and still reads on request", async () => {
    const user = userEvent.setup();
    excel.onSelectionChanged.mockResolvedValue({ ok: false, reason: { en: "Following the selected cell needs ExcelApi 1.2.", zh: "" } });
    renderPane(EXCEL);
    await user.click(await screen.findByRole("tab", { name: "Sources" }));
    expect(await screen.findByText("The pane cannot follow the selection: Following the selected cell needs ExcelApi 1.2.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Read the selected cell" }));
    await waitFor(() => expect(excel.readActiveCell).toHaveBeenCalledTimes(2));
  });
});
