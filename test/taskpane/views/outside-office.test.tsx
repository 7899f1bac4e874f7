// @vitest-environment jsdom
/**
 * The pane in a plain browser, rendered whole: banner, company search and browsing down to
 * the sources of a figure, workbook actions disabled with the reason, the language switch.
 */
import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "../render";

describe("outside Office", () => {
  it("shows the sideloading banner and every company with how much data it has", async () => {
    renderPane();
    expect(await screen.findByText("Not running inside Excel")).toBeTruthy();
    const list = screen.getByRole("list", { name: "Companies in the bundled data" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain("Acme Eye Hospital Group");
    expect(items[0]!.textContent).toContain("300999.SZ");
    expect(items[0]!.textContent).toContain("6 figures");
    expect(items[0]!.textContent).toContain("4 periods (FY2023 – Jun 2025)");
    expect(items[0]!.textContent).toContain("1 conflict");
    expect(items[2]!.textContent).toContain("no figures");
  });

  it("searches by ticker, English and Chinese name, and says when nothing matches", async () => {
    const user = userEvent.setup();
    renderPane();
    const box = await screen.findByRole("searchbox");
    const names = () => within(screen.getByRole("list", { name: "Companies in the bundled data" })).queryAllByRole("button").map((b) => b.textContent);
    await user.type(box, "300999");
    await waitFor(() => expect(names()).toHaveLength(1));
    await user.clear(box);
    await user.type(box, "博特");
    await waitFor(() => expect(names()[0]).toContain("Bolt Medical Systems"));
    await user.clear(box);
    await user.type(box, "nothing");
    expect(await screen.findByText(/No company matches “nothing”/)).toBeTruthy();
  });

  it("opens a company, shows its figures and, on request, the statements behind one with the conflict", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole("button", { name: /Acme Eye Hospital Group/ }));
    const heading = await screen.findByRole("heading", { level: 2, name: "Acme Eye Hospital Group" });
    expect(document.activeElement).toBe(heading);
    const table = screen.getByRole("table");
    expect(within(table).getByRole("columnheader", { name: "Value (CNY 100m)" })).toBeTruthy();
    expect(within(table).getAllByRole("row").map((r) => r.textContent)).toEqual([
      "PeriodValue (CNY 100m)Sources",
      "FY2023200.00▸ 1derived",
      "FY2024209.84▸ 1",
      "H1 2025115.07▸ 1",
    ]);
    await user.click(within(table).getByRole("button", { name: "1 source of Revenue, FY2023" }));
    expect(screen.getByText("Derived: revenue 2024 / (1 + revenue growth 2024)")).toBeTruthy();
    expect(screen.getByText("from “200亿元”")).toBeTruthy();
    await user.selectOptions(screen.getByLabelText("Field"), "capex|");
    const toggle = screen.getByRole("button", { name: "2 sources of Capital expenditure, FY2024" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("The sources disagree")).toBeTruthy();
    expect(screen.getByText(/financial-statement context.*The cash-flow statement figure\./)).toBeTruthy();
    expect(screen.getByText("901_aaaaaaaaaaaaaaaa.txt, line 9")).toBeTruthy();
    expect(screen.getByText("902_bbbbbbbbbbbbbbbb.txt, line 2")).toBeTruthy();
    expect(screen.getByText("primary")).toBeTruthy();

    // Back to the list: focus returns to the company's row.
    await user.click(screen.getByRole("button", { name: /All companies/ }));
    await waitFor(() => expect(document.activeElement?.textContent).toContain("Acme Eye Hospital Group"));
  });

  it("narrows a company's fields by search, grouped by statement", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole("button", { name: /Acme Eye Hospital Group/ }));
    const select = await screen.findByLabelText<HTMLSelectElement>("Field");
    const groups = () => [...select.querySelectorAll("optgroup")].map((g) => `${g.label}: ${[...g.querySelectorAll("option")].map((o) => o.value).join(" ")}`);
    expect(groups()).toEqual(["Income statement: revenue|", "Cash flow statement: capex|", "Ratios and margins: gross_margin|", "Operating data: hospitals|"]);
    expect(screen.getByText("4 fields")).toBeTruthy();
    await user.type(screen.getByRole("searchbox", { name: "Search fields" }), "毛利");
    // The chosen field (revenue) stays listed so the select keeps showing it.
    await waitFor(() => expect(groups()).toEqual(["Income statement: revenue|", "Ratios and margins: gross_margin|"]));
    expect(screen.getByText("1 of 4 fields match")).toBeTruthy();
    await user.selectOptions(select, "gross_margin|");
    expect(within(screen.getByRole("table")).getByText("48.2%")).toBeTruthy();
  });

  it("moves between views with the arrow keys, Home and End, one tab stop for the row", async () => {
    const user = userEvent.setup();
    renderPane();
    const first = await screen.findByRole("tab", { name: "Data" });
    expect(first.getAttribute("aria-selected")).toBe("true");
    expect(screen.getAllByRole("tab").filter((tab) => tab.tabIndex === 0)).toEqual([first]);
    first.focus();
    await user.keyboard("{ArrowRight}");
    const template = screen.getByRole("tab", { name: "Template" });
    expect(template.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(template);
    expect(await screen.findByRole("heading", { name: "Load a template" })).toBeTruthy();
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Import" }).getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(first);
    await user.keyboard("{ArrowLeft}{Home}");
    expect(first.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(first.id);
  });

  it("keeps workbook actions visible but disabled, with the reason linked to the button", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole("tab", { name: "Template" }));
    const load = await screen.findByRole("button", { name: "Load template" });
    expect(load.getAttribute("aria-disabled")).toBe("true");
    const reason = document.getElementById(load.getAttribute("aria-describedby")!);
    expect(reason?.textContent).toBe("Open CapCycle in Excel to use this.");
    await user.click(screen.getByRole("tab", { name: "Charts" }));
    expect((await screen.findByRole("button", { name: "Preview refresh" })).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: "Chart from selection" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("browses sources by hand and builds a formula without Excel", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole("tab", { name: "Sources" }));
    await user.selectOptions(await screen.findByLabelText("Company"), "acme_eye");
    await user.selectOptions(screen.getByLabelText("Field"), "hospitals|");
    expect(await screen.findByText("“超过900家”")).toBeTruthy();
    expect(screen.getByText("more than")).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "Formula" }));
    await user.selectOptions(await screen.findByLabelText("Company"), "bolt_med");
    await user.selectOptions(screen.getByLabelText("Field"), "revenue|ct");
    expect(screen.getByTestId("formula-text").textContent).toBe('=CAPCYCLE.DATA("bolt_med","revenue",,,"ct")');
    expect(screen.getByTestId("formula-value").textContent).toBe("12.30 CNY 100m · FY2024");
    expect(screen.getByRole("button", { name: "Insert at active cell" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("switches language: labels, the page's lang, and the choice is remembered", async () => {
    const user = userEvent.setup();
    renderPane();
    await user.click(await screen.findByRole("button", { name: /switch the pane to Chinese/ }));
    expect(await screen.findByText("未在 Excel 中运行")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "数据" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(localStorage.getItem("capcycle.lang")).toBe("zh");
    expect(screen.getByRole("list", { name: "内置数据中的公司" }).textContent).toContain("阿克眼科医院集团");
  });
});
