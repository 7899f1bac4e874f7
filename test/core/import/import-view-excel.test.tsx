// @vitest-environment jsdom
/**
 * The Import view in Excel, with the workbook side (src/excel) replaced by test doubles: the
 * workbook's stored data is registered at start-up; "Use the selected range" previews the range;
 * Import reads the stored data again, writes once, registers; a re-import that updates figures
 * offers the chart refresh; a failed write leaves the dataset as it was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { dataValue } from "../../../src/core/dataset/functions";
import { applyImport, buildPreview, parseCsvText, registerImported } from "../../../src/core/import";
import { getDataset } from "../../../src/core/dataset";
import { EMPTY_IMPORTED, type ImportedData } from "../../../src/core/import/types";
import { importStore } from "../../../src/taskpane/state/import";

const store = vi.hoisted(() => ({ readImportedData: vi.fn(), writeImportedData: vi.fn(), readSelectionForImport: vi.fn(), recalculateWorkbook: vi.fn() }));
vi.mock("../../../src/excel/import-store", () => store);

const excel = vi.hoisted(() => ({ hostCapabilities: vi.fn(), onSelectionChanged: vi.fn(), readActiveCell: vi.fn() }));
vi.mock("../../../src/excel/index", async (original) => ({ ...(await original<object>()), ...excel }));

const EXCEL = { kind: "excel", displayLanguage: "en-US", theme: null } as const;
const available = { available: true } as const;

async function storedData(): Promise<ImportedData> {
  const p = buildPreview(await parseCsvText("company,field,period,value,unit\nStored Co,capex,2023,10,亿\n", "earlier.csv"), getDataset());
  const r = applyImport(p, EMPTY_IMPORTED);
  if (!r.ok) throw new Error(r.reason.en);
  return r.data;
}

beforeEach(() => {
  for (const fn of [...Object.values(store), ...Object.values(excel)]) fn.mockReset();
  excel.hostCapabilities.mockReturnValue({
    inExcel: true,
    excelApi: { "1.5": true, "1.7": true, "1.8": true, "1.15": true },
    features: { templates: available, charts: available, secondaryAxis: available, bindings: available, rollForward: available, chartFromSelection: available, selectionEvents: available },
  });
  excel.onSelectionChanged.mockResolvedValue({ ok: true, unsubscribe: vi.fn().mockResolvedValue(undefined) });
  excel.readActiveCell.mockResolvedValue({ ok: true, cell: { address: "Sheet1!A1", sheet: "Sheet1", value: null, formula: "", figures: [] } });
});

afterEach(() => {
  cleanup();
  importStore.reset();
  registerImported(EMPTY_IMPORTED);
  globalThis.localStorage?.clear();
});

describe("Import view in Excel", () => {
  it("registers the stored data at start-up, imports a range, writes once, and offers the chart refresh on an update", async () => {
    const user = userEvent.setup();
    const stored = await storedData();
    store.readImportedData.mockResolvedValue({ ok: true, data: stored, dropped: 0 });
    store.writeImportedData.mockResolvedValue({ ok: true });
    store.recalculateWorkbook.mockResolvedValue({ ok: true });
    store.readSelectionForImport.mockResolvedValue({
      ok: true,
      range: { sheet: "Model", row: 4, col: 2, address: "Model!C5:E6", values: [["Company", "Field", "Unit", 2023, 2024], ["Stored Co", "Capex", "亿元", 11, 12]], texts: [["Company", "Field", "Unit", "2023", "2024"], ["Stored Co", "Capex", "亿元", "11", "12"]] },
    });
    render(<App detect={() => Promise.resolve(EXCEL)} initialLanguage="en" />);
    await waitFor(() => expect(dataValue("Stored Co", "capex", "2023", null, null)).toBe(10));
    // Registered at start-up, then one recalculation so DATA cells computed before it see it.
    await waitFor(() => expect(store.recalculateWorkbook).toHaveBeenCalledTimes(1));

    await user.click(await screen.findByRole("tab", { name: "Import" }));
    expect((await screen.findByText(/This workbook holds imported figures for 1 company: Stored Co/)).textContent).toBeTruthy();
    // Workbook actions are enabled once src/excel has loaded (its own chunk) and said what Excel supports.
    const useRange = screen.getByRole("button", { name: "Use the selected range" });
    await waitFor(() => expect(useRange.getAttribute("aria-disabled")).toBeNull());
    await user.click(useRange);
    const summary = await screen.findByTestId("import-summary");
    expect(summary.textContent).toContain("Will import 2 figures for 1 company");
    expect(screen.getByText("Already imported: its figures for the same periods are updated.")).toBeTruthy();
    expect(store.writeImportedData).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Import" }));
    await screen.findByText(/Imported 2 figures for Stored Co/);
    expect(store.writeImportedData).toHaveBeenCalledTimes(1);
    expect(store.recalculateWorkbook).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/Ctrl\+Alt\+F9/)).toBeNull();
    const written = store.writeImportedData.mock.calls[0]![0] as ImportedData;
    expect(written.figures.map((f) => [f.period, f.value, f.cite])).toEqual([
      ["2023", 11, "Model!F6"],
      ["2024", 12, "Model!G6"],
    ]);
    expect(dataValue("Stored Co", "capex", "2024", null, null)).toBe(12);
    expect(screen.getByText(/Stored in this workbook/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Refresh charts…" }));
    expect(screen.getByRole("tab", { name: "Charts" }).getAttribute("aria-selected")).toBe("true");

    // Remove the imported company: the workbook's part rewritten without it, DATA no longer sees it.
    store.readImportedData.mockResolvedValue({ ok: true, data: written, dropped: 0 });
    await user.click(screen.getByRole("tab", { name: "Import" }));
    await user.click(await screen.findByRole("button", { name: "Remove Stored Co" }));
    await waitFor(() => expect(store.writeImportedData).toHaveBeenCalledTimes(2));
    expect((store.writeImportedData.mock.calls[1]![0] as ImportedData).entities).toEqual([]);
    await waitFor(() => expect(dataValue("Stored Co", "capex", "2024", null, null)).toMatchObject({ error: "#N/A" }));
  });

  it("a failed write changes nothing: the reason is shown and DATA does not see the figures", async () => {
    const user = userEvent.setup();
    store.readImportedData.mockResolvedValue({ ok: true, data: EMPTY_IMPORTED, dropped: 0 });
    store.writeImportedData.mockResolvedValue({ ok: false, reason: { en: "Excel denied access.", zh: "Excel 拒绝访问。" } });
    store.readSelectionForImport.mockResolvedValue({
      ok: true,
      range: { sheet: "M", row: 0, col: 0, address: "M!A1:C2", values: [["Company", "Field", "Unit", 2024], ["Fail Co", "Capex", "亿元", 5]], texts: [["Company", "Field", "Unit", "2024"], ["Fail Co", "Capex", "亿元", "5"]] },
    });
    render(<App detect={() => Promise.resolve(EXCEL)} initialLanguage="en" />);
    await user.click(await screen.findByRole("tab", { name: "Import" }));
    const useRange = await screen.findByRole("button", { name: "Use the selected range" });
    await waitFor(() => expect(useRange.getAttribute("aria-disabled")).toBeNull());
    await user.click(useRange);
    await screen.findByTestId("import-summary");
    await user.click(screen.getByRole("button", { name: "Import" }));
    expect((await screen.findByText("Excel denied access.")).closest("[role=status]")?.textContent).toBe("Import failedExcel denied access.");
    expect(dataValue("Fail Co", "capex", "2024", null, null)).toMatchObject({ error: "#N/A" });
    expect(store.recalculateWorkbook).not.toHaveBeenCalled();
  });
});
