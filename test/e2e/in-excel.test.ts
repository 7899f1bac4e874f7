/**
 * The built pane with the strict in-memory workbook standing in for Office and Excel: the
 * page's office.js request is answered with a browser bundle of the fake (installFakeOffice),
 * so the pane runs its real code paths through src/excel against a workbook the test can read.
 * After each action the workbook itself is checked. The English scenario is one session in
 * steps (template → refresh → formula → sources → chart from selection), each its own test so
 * one failing step does not hide the others; the Chinese one loads a portable template.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../support/workbook/index";
import { launchChromium, OFFICE_JS_URL, outcomeOf, watchProblems, withFailureShot, type PageProblems } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";
import { fakeOfficeScript, preparePane, ROOT, SCREENSHOTS } from "./support/pane";

const VIEWPORT = { width: 380, height: 900 };
let browser: Browser;
let server: StaticServer;
let fakeOfficeJs: string;

beforeAll(async () => {
  console.log(preparePane("failure-excel"));
  fakeOfficeJs = await fakeOfficeScript();
  server = await serveStatic(join(ROOT, "dist"));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openInExcel(displayLanguage: string, theme: "light" | "dark" = "light"): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "en-US" });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ body: fakeOfficeJs, contentType: "text/javascript" }));
  await page.goto(`${server.origin}/taskpane.html?lang=${displayLanguage}&theme=${theme}`);
  return { page, problems };
}

const snapshot = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { capcycleFake: { snapshot(): unknown } }).capcycleFake.snapshot()) as Promise<WorkbookSnapshot>;

/** Runs Office.js code against the fake inside the page, as a person's edit in Excel would. */
const inWorkbook = (page: Page, body: string) => page.evaluate(`globalThis.capcycleFake.run(async (context) => { ${body} })`);

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });

describe("the pane inside Excel (in-memory workbook), English", () => {
  let page: Page;
  let problems: PageProblems;
  let before: WorkbookSnapshot;
  /** The sheet the template added (set by the first step). */
  let sheet = "";

  beforeAll(async () => {
    ({ page, problems } = await openInExcel("en-US"));
    await page.getByRole("list", { name: "Companies in the bundled data" }).waitFor();
    before = await snapshot(page);
  }, 60_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it("loads a template: one new sheet with tables, live formulas and charts; nothing else changed; 'Go to sheet'", async () => {
    await withFailureShot(page, join(SCREENSHOTS, "failure-excel-template.png"), async () => {
      expect(await page.getByTestId("host-banner").count()).toBe(0);
      await page.getByRole("searchbox").fill("300015");
      await page.getByRole("button", { name: /Aier Eye Hospital Group/ }).click();
      await page.getByRole("button", { name: "Load template…" }).click();
      const load = page.getByRole("button", { name: "Load template" });
      await load.waitFor();
      expect(await load.getAttribute("aria-disabled")).toBeNull();
      await load.click();
      await outcomeOf(page.getByText("Template loaded"), page.getByText("The template was not loaded"));
      const after = await snapshot(page);
      const added = after.sheetOrder.filter((s) => !before.sheetOrder.includes(s));
      expect(added).toHaveLength(1);
      sheet = added[0]!;
      expect(await page.getByRole("status", { name: "Load a template" }).innerText()).toContain(sheet);
      const cells = Object.values(after.sheets[sheet]!.cells);
      expect(cells.some((c) => String(c.value).includes("300015.SZ"))).toBe(true);
      expect(cells.some((c) => c.formula?.includes("CAPCYCLE."))).toBe(true);
      expect(cells.filter((c) => c.formula).every((c) => !String(c.value).startsWith("#"))).toBe(true);
      expect(after.sheets[sheet]!.charts.length).toBeGreaterThan(0);
      expect(Object.values(after.tables).filter((t) => t.sheet === sheet).length).toBeGreaterThan(0);
      for (const name of before.sheetOrder) expect(after.sheets[name]).toEqual(before.sheets[name]);
      await shot(page, "excel-template-en.png");

      await inWorkbook(page, `context.workbook.worksheets.getItem("Sheet1").activate(); await context.sync();`);
      await page.getByRole("button", { name: "Go to sheet" }).click();
      await page.getByText(`Sheet “${sheet}” is now active.`).waitFor();
      expect((await snapshot(page)).activeSheet).toBe(sheet);
    });
  }, 60_000);

  it("refreshes charts after a period is added to the template's table: preview, apply, an outcome per chart", async () => {
    expect(sheet, "the template step must have added a sheet").not.toBe("");
    await withFailureShot(page, join(SCREENSHOTS, "failure-excel-refresh.png"), async () => {
      const start = await snapshot(page);
      const chartsBefore = start.sheets[sheet]!.charts;
      const [tableName, table] = Object.entries(start.tables).find(([, t]) => t.sheet === sheet)!;
      // Model layout: periods run across the columns, the last group ends the table. The next
      // period of that group becomes a new column at the table's end, with a figure wherever
      // the group's last period has a number.
      const cells = start.sheets[sheet]!.cells;
      const [first, last] = table.address.split(":") as [string, string];
      const top = Number(/\d+/.exec(first)![0]);
      const bottom = Number(/\d+/.exec(last)![0]);
      const lastCol = /^[A-Z]+/.exec(last)![0];
      const lastPeriod = String(cells[`${lastCol}${top}`]?.value);
      const half = /^(\d{4})H([12])$/.exec(lastPeriod);
      const next = half ? (half[2] === "1" ? `${half[1]}H2` : `${Number(half[1]) + 1}H1`) : String(Number(lastPeriod) + 1);
      expect(next, `period after ${lastPeriod}`).toMatch(/^\d{4}(H[12])?$/);
      const column = Array.from({ length: bottom - top + 1 }, (_, i) => [i === 0 ? next : typeof cells[`${lastCol}${top + i}`]?.value === "number" ? 1 : ""]);
      await inWorkbook(
        page,
        `context.workbook.tables.getItem(${JSON.stringify(table.id)}).columns.add(null, ${JSON.stringify(column)}); await context.sync();`,
      );
      await page.getByRole("tab", { name: "Charts" }).click();
      await page.getByRole("button", { name: "Preview refresh" }).click();
      const preview = page.getByTestId("refresh-preview");
      await outcomeOf(preview, page.getByText("Charts were not refreshed"));
      expect(await preview.locator(":scope > li").count()).toBeGreaterThanOrEqual(chartsBefore.length);
      // The charts of the new period's group propose a wider range ("from → to").
      expect(await preview.innerText()).toContain("→");
      await shot(page, "excel-refresh-preview-en.png");
      await page.getByRole("button", { name: "Apply" }).click();
      const outcomes = page.getByTestId("refresh-outcomes");
      await outcomeOf(outcomes, page.getByText("Charts were not refreshed"));
      expect(await outcomes.innerText()).toContain("refreshed");
      const after = await snapshot(page);
      const chartsAfter = after.sheets[sheet]!.charts;
      expect(chartsAfter.map((c) => c.name)).toEqual(chartsBefore.map((c) => c.name));
      // Some chart now reads the new column: its categories end at the new period's header.
      const newCol = /^[A-Z]+/.exec(after.tables[tableName]!.address.split(":")[1]!)![0];
      expect(newCol).not.toBe(lastCol);
      const grown = chartsAfter.filter((c, i) => c.series.some((s, j) => s.values !== chartsBefore[i]!.series[j]?.values));
      expect(grown.length).toBeGreaterThan(0);
      for (const c of grown) for (const s of c.series) expect(s.categories).toMatch(new RegExp(`:\\$${newCol}\\$${top}$`));
      expect(after.sheets[sheet]!.cells[`${newCol}${top}`]?.value).toBe(next);
      await shot(page, "excel-refresh-done-en.png");
    });
  }, 60_000);

  it("inserts a formula at the active cell; the workbook computes the value the pane previewed", async () => {
    await withFailureShot(page, join(SCREENSHOTS, "failure-excel-formula.png"), async () => {
      await inWorkbook(page, `context.workbook.worksheets.getItem("Sheet1").getRange("B2").select(); await context.sync();`);
      await page.getByRole("tab", { name: "Formula" }).click();
      await page.getByLabel("Company").selectOption("aier_eye");
      await page.getByLabel("Field", { exact: true }).selectOption("revenue|");
      await page.getByLabel("Period").selectOption("2025H1");
      const formula = (await page.getByTestId("formula-text").textContent()) ?? "";
      expect(formula).toBe('=CAPCYCLE.DATA("300015.SZ","revenue","2025H1")');
      const shown = await page.getByTestId("formula-value").innerText();
      await page.getByRole("button", { name: "Insert at active cell" }).click();
      await outcomeOf(page.getByText(/Inserted into .*B2/), page.getByText("The formula was not inserted"));
      const b2 = (await snapshot(page)).sheets["Sheet1"]!.cells["B2"]!;
      expect(b2.formula).toBe(formula);
      expect(typeof b2.value).toBe("number");
      expect(shown).toContain((b2.value as number).toFixed(2));
      await shot(page, "excel-formula-en.png");
    });
  }, 60_000);

  it("shows the sources of the selected cell (the inserted formula's figure)", async () => {
    await withFailureShot(page, join(SCREENSHOTS, "failure-excel-sources.png"), async () => {
      await page.getByRole("tab", { name: "Sources" }).click();
      await page.getByRole("button", { name: "Read the selected cell" }).click();
      const cell = page.getByTestId("active-cell");
      await cell.waitFor({ timeout: 15_000 });
      await expect.poll(() => cell.innerText()).toContain("CAPCYCLE.DATA");
      // Cited by the article's source record (title, date), not by its file name.
      await expect.poll(() => page.getByText(/^爱尔眼科\(自用\) \(夜夜皆然, undated\), line \d+$/).count()).toBeGreaterThan(0);
      expect(await page.getByText(/\.txt, line \d+/).count()).toBe(0);
      await shot(page, "excel-sources-en.png");
    });
  }, 60_000);

  it("builds the capex vs D&A chart from the selected rows of the person's own model", async () => {
    await withFailureShot(page, join(SCREENSHOTS, "failure-excel-selection.png"), async () => {
      await inWorkbook(page, `context.workbook.worksheets.getItem("Model").getRange("A1:E3").select(); await context.sync();`);
      const chartsBefore = (await snapshot(page)).sheets["Model"]!.charts.length;
      await page.getByRole("tab", { name: "Charts" }).click();
      await page.getByRole("button", { name: "Chart from selection" }).click();
      await outcomeOf(page.getByText(/built on “Model” from 4 periods/), page.getByText("No chart was built"));
      const charts = (await snapshot(page)).sheets["Model"]!.charts;
      expect(charts.length).toBe(chartsBefore + 1);
      // Capex and D&A as columns from the selected rows; the ratio line (written into the
      // empty row below, as chart data must live in cells) on the secondary axis.
      const series = charts[charts.length - 1]!.series;
      expect(series.map((s) => s.values)).toEqual(["=Model!$B$2:$E$2", "=Model!$B$3:$E$3", "=Model!$B$4:$E$4"]);
      expect(series[2]).toMatchObject({ axisGroup: "Secondary" });
      const ratios = (await page.evaluate(() =>
        (globalThis as unknown as { capcycleFake: { values(a: string): unknown[][] } }).capcycleFake.values("Model!B4:E4"),
      )) as number[][];
      expect(ratios[0]!.map((r) => Number(r.toFixed(4)))).toEqual([12.5 / 6.1, 15.1 / 7.4, 18.4 / 8.9, 16.2 / 10.3].map((r) => Number(r.toFixed(4))));
      await shot(page, "excel-chart-selection-en.png");
    });
  }, 60_000);

  it("makes a snapshot of the template for sharing: a copy with values for every CAPCYCLE formula", async () => {
    expect(sheet, "the template step must have added a sheet").not.toBe("");
    await withFailureShot(page, join(SCREENSHOTS, "failure-excel-snapshot.png"), async () => {
      await inWorkbook(page, `context.workbook.worksheets.getItem(${JSON.stringify(sheet)}).activate(); await context.sync();`);
      const start = await snapshot(page);
      await page.getByRole("tab", { name: "Template" }).click();
      await page.getByRole("button", { name: "Snapshot the active sheet" }).click();
      await outcomeOf(page.getByText("Snapshot made"), page.getByText("No snapshot was made"));
      const after = await snapshot(page);
      const copy = `${sheet} snapshot`;
      expect(after.sheetOrder.filter((s) => !start.sheetOrder.includes(s))).toEqual([copy]);
      const source = after.sheets[sheet]!.cells;
      const copied = after.sheets[copy]!.cells;
      const live = Object.entries(source).filter(([, c]) => c.formula?.includes("CAPCYCLE."));
      expect(live.length).toBeGreaterThan(10);
      for (const [address, cell] of live) {
        expect(copied[address]?.formula, address).toBeUndefined();
        expect(copied[address]?.value, address).toEqual(cell.value);
      }
      // Sources and notes are text cells of the template: the copy holds every one of them.
      for (const [address, cell] of Object.entries(source)) {
        if (cell.spilled) expect(copied[address]?.value, address).toEqual(cell.value);
        else if (!cell.formula) expect(copied[address], address).toEqual(cell);
      }
      expect(after.sheets[sheet]).toEqual(start.sheets[sheet]);
      expect(await page.getByRole("status", { name: "Snapshot for sharing" }).innerText()).toContain(`${live.length} CAPCYCLE formulas replaced by their values`);
      await shot(page, "excel-snapshot-en.png");
    });
  }, 60_000);

  it("raised no page error and logged no console error along the way", () => {
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe("the pane inside Excel (in-memory workbook), Chinese", () => {
  it("follows Excel's display language (zh-CN) and dark theme, and loads a Chinese, portable template", async () => {
    const { page, problems } = await openInExcel("zh-CN", "dark");
    await withFailureShot(page, join(SCREENSHOTS, "failure-excel-zh.png"), async () => {
      await page.getByRole("list", { name: "内置数据中的公司" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      // The Fluent theme follows Office's: a dark background behind the pane.
      const background = await page.locator(".fui-FluentProvider").first().evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b, background).toBeLessThan(3 * 80);
      await page.getByRole("tab", { name: "模板" }).click();
      await page.getByLabel("公司").selectOption("united_imaging");
      await page.getByRole("radio", { name: /通用/ }).check();
      await page.getByRole("button", { name: "加载模板" }).click();
      await outcomeOf(page.getByText("模板已加载"), page.getByText("模板未加载"));
      const after = await snapshot(page);
      const sheet = after.sheetOrder.find((s) => s !== "Sheet1" && s !== "Model")!;
      const cells = Object.values(after.sheets[sheet]!.cells);
      // Chinese labels; portable formulas: native Excel only, no CAPCYCLE call.
      expect(cells.some((c) => typeof c.value === "string" && /[\u4e00-\u9fff]/.test(c.value))).toBe(true);
      expect(cells.some((c) => c.formula)).toBe(true);
      expect(cells.every((c) => !c.formula?.includes("CAPCYCLE."))).toBe(true);
      await shot(page, "excel-template-zh.png");
      await page.getByRole("tab", { name: "来源" }).click();
      await page.getByLabel("公司").last().selectOption("united_imaging");
      await page.getByLabel("字段", { exact: true }).last().selectOption({ index: 1 });
      await expect.poll(() => page.getByText(/第 \d+ 行/).count()).toBeGreaterThan(0);
      await shot(page, "excel-sources-zh.png");
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    });
    await page.context().close();
  }, 120_000);
});
