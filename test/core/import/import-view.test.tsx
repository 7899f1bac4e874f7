// @vitest-environment jsdom
/**
 * The Import view in jsdom, outside Office (file import): pick a file, see the preview (mapping,
 * what will not be imported and why), edit a row's field, import for the session, and the
 * functions see the company. Both languages.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { dataValue } from "../../../src/core/dataset/functions";
import { registerImported } from "../../../src/core/import";
import { EMPTY_IMPORTED } from "../../../src/core/import/types";
import { importStore } from "../../../src/taskpane/state/import";
import { fixtureBytes } from "./support";

afterEach(() => {
  cleanup();
  importStore.reset();
  registerImported(EMPTY_IMPORTED);
  globalThis.localStorage?.clear();
});

const BROWSER = { kind: "browser", displayLanguage: null, theme: null } as const;

function pickFile(name: string, bytes: Uint8Array<ArrayBuffer> | string): void {
  const file = new File([bytes], name);
  fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } });
}

describe("Import view outside Office", () => {
  it("previews a wide GB18030 export, lets a row be re-mapped, imports for the session", async () => {
    const user = userEvent.setup();
    render(<App detect={() => Promise.resolve(BROWSER)} initialLanguage="en" />);
    await user.click(await screen.findByRole("tab", { name: "Import" }));
    expect(await screen.findByRole("heading", { name: "Import your data" })).toBeTruthy();
    // The selected range needs Excel: the button says why.
    expect(screen.getByRole("button", { name: "Use the selected range" }).getAttribute("aria-disabled")).toBe("true");

    pickFile("terminal-wide-wanyuan.gb18030.csv", fixtureBytes("terminal-wide-wanyuan.gb18030.csv"));
    const summary = await screen.findByTestId("import-summary", {}, { timeout: 10_000 });
    expect(summary.textContent).toBe("Will import 45 figures for 2 companies. Will not import 0 cells (listed below). 0 conflicts with bundled figures.");
    expect(screen.getByText(/terminal-wide-wanyuan\.gb18030\.csv · GB18030 · wide layout/)).toBeTruthy();

    // Re-map the investing cash flow row to "Do not import": 4 fewer figures, 2 rows named.
    const select = screen.getByRole<HTMLSelectElement>("combobox", { name: "投资活动产生的现金流量净额" });
    expect(select.value).toBe("investing_cash_flow");
    fireEvent.change(select, { target: { value: "" } });
    await waitFor(() => expect(screen.getByTestId("import-summary").textContent).toContain("Will import 40 figures"));
    const skipped = screen.getByTestId("import-skipped");
    expect(within(skipped).getAllByRole("listitem")).toHaveLength(1);
    expect(skipped.textContent).toContain('row 6, column C: "投资活动产生的现金流量净额" is set to "do not import".');

    // Rename a company's id before importing.
    const ids = screen.getAllByRole("textbox", { name: "Id" });
    await user.clear(ids[0]!);
    await user.type(ids[0]!, "sample_eye");
    await user.click(screen.getByRole("button", { name: "Import" }));
    const status = await screen.findByText(/Imported 40 figures for 示例眼科, 示例影像/);
    expect(status.textContent).toContain("this session only");
    expect(dataValue("sample_eye", "capex", "2024", "万", null)).toBe(33000);
    expect(dataValue("sample_eye", "investing_cash_flow", "2024", null, null)).toMatchObject({ error: "#N/A" });
    // The companies view now lists the imported company.
    await user.click(screen.getByRole("tab", { name: "Data" }));
    expect((await screen.findAllByText("示例眼科")).length).toBeGreaterThan(0);
  });

  it("re-assigns a column: a period column left out, a notes column read as a period", async () => {
    const user = userEvent.setup();
    render(<App detect={() => Promise.resolve(BROWSER)} initialLanguage="en" />);
    await user.click(await screen.findByRole("tab", { name: "Import" }));
    pickFile("cols.csv", "指标,单位,2023年报,备注\n资本开支,亿元,10,12\n");
    const summary = await screen.findByTestId("import-summary", {}, { timeout: 10_000 });
    expect(summary.textContent).toContain("Will import 1 figure for 1 company. Will not import 1 cell");
    expect(screen.getByTestId("import-skipped").textContent).toContain('cols.csv row 1, column D: "备注" is not a period');
    fireEvent.change(screen.getByRole("combobox", { name: "Column C “2023年报”" }), { target: { value: "ignore" } });
    await waitFor(() => expect(screen.getByTestId("import-summary").textContent).toContain("Will import 0 figures"));
    const period = screen.getByRole("textbox", { name: "Period of column D" });
    await user.clear(period);
    await user.type(period, "FY2024");
    fireEvent.blur(period);
    await waitFor(() => expect(screen.getByTestId("import-summary").textContent).toBe("Will import 1 figure for 1 company. Will not import 0 cells (listed below). 0 conflicts with bundled figures."));
  });

  it.each([
    ["en", "Import", "(test.csv row 2, column E)", "revenue 2025H1: this file 120 亿元 (test.csv row 2, column E), bundled 115.07 亿元 (003_b3fdc93d999670b0.txt line 11)."],
    ["zh", "导入", "（test.csv 第 2 行 E 列）", "revenue 2025H1：本文件为 120 亿元（test.csv 第 2 行 E 列），内置数据为 115.07 亿元（003_b3fdc93d999670b0.txt 第 11 行）。"],
  ] as const)("lists a conflict with a bundled figure in the pane's language (%s)", async (lang, tab, place, line) => {
    const user = userEvent.setup();
    render(<App detect={() => Promise.resolve(BROWSER)} initialLanguage={lang} />);
    await user.click(await screen.findByRole("tab", { name: tab }));
    pickFile("test.csv", "code,company,field,period,value,unit\n300015,爱尔眼科,营业收入,2025H1,120,亿元\n");
    const conflicts = await screen.findByTestId("import-conflicts", {}, { timeout: 10_000 });
    expect(within(conflicts).getAllByRole("listitem").map((li) => li.textContent)).toEqual([line]);
    expect(conflicts.textContent).toContain(place);
    if (lang === "zh") expect(conflicts.textContent).not.toMatch(/[()]|row|column|line/);
  });

  it("says in Chinese why a file cannot be read, and what will not be imported", async () => {
    const user = userEvent.setup();
    render(<App detect={() => Promise.resolve(BROWSER)} initialLanguage="zh" />);
    await user.click(await screen.findByRole("tab", { name: "导入" }));
    pickFile("bad.csv", new Uint8Array([0x41, 0x2c, 0x80, 0x0a, 0xff]));
    expect((await screen.findByText(/既不是 UTF-8 也不是 GB18030\/GBK/)).textContent).toContain("请另存为“CSV UTF-8”");
    pickFile("t.csv", "公司,指标,单位,2024年报\n甲,营业收入,万元,约100\n甲,资本开支,万元,5\n");
    const summary = await screen.findByTestId("import-summary", {}, { timeout: 10_000 });
    expect(summary.textContent).toBe("将导入 1 家公司的 1 个数据；1 个单元格不导入（见下方）；与内置数据冲突 0 处。");
    expect(screen.getByTestId("import-skipped").textContent).toBe("t.csv 第 2 行 D 列：“约100”是文本，此处应为数字；不予导入。");
  });
});
