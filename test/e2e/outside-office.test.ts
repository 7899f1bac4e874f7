/**
 * The built pane in a plain browser (no Excel): with Office.js unreachable (offline) and with
 * Office.js loaded but no Office host. Either way the page is not blank, lists the companies,
 * shows the sideloading banner, lets a person browse figures and sources, disables workbook
 * actions with the reason, and raises no page error. Screenshots in English and Chinese.
 * What the page fetched before the pane was interactive is measured here too (issue 14.6).
 */
import { join } from "node:path";
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, OFFICE_JS_URL, watchProblems, withFailureShot, type PageProblems } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";
import { DATASET_CHUNK, DIST, paneJavaScriptGzip, preparePane, ROOT, SCREENSHOTS } from "./support/pane";

const VIEWPORT = { width: 380, height: 900 };
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  console.log(preparePane("failure-outside"));
  server = await serveStatic(join(ROOT, "dist"));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(locale: string, officeJs: "offline" | "npm"): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale });
  const page = await context.newPage();
  const problems = watchProblems(page);
  if (officeJs === "offline") {
    await page.route(OFFICE_JS_URL, (route) => route.abort("internetdisconnected"));
  } else {
    // The npm package ships the same client library as the CDN; serve it and its neighbours.
    const dist = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
    await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", (route) => {
      const file = join(dist, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""));
      return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: "text/javascript" }) : route.abort();
    });
  }
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, problems };
}

/** Console errors other than the Office.js request the test itself cut off. */
function unexpectedConsole(problems: PageProblems): string[] {
  return problems.consoleErrors.filter((m) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m));
}

describe("the pane outside Office", () => {
  it("keeps the pane's JavaScript, lazy views included, within 250 KB gzip but for the import (which is over: see docs/decisions.md)", () => {
    const { total, importChunks, files } = paneJavaScriptGzip();
    console.log(`pane JavaScript: ${Object.entries(files).map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`).join(", ")}; total ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total - importChunks).toBeLessThanOrEqual(250 * 1024);
    // The Import view and its parsers load only when an import starts; they hold at their size
    // of this round (40 KB) until the whole page is back within SPEC §8's 250 KB.
    expect(importChunks).toBeLessThanOrEqual(42 * 1024);
  });

  it("fetches only the page's scripts, at most 150 KB gzip, before the pane is interactive; the dataset chunk right after", async () => {
    const { page, problems } = await openPane("en-US", "offline");
    await withFailureShot(page, join(SCREENSHOTS, "failure-outside-start.png"), async () => {
      await page.getByRole("list", { name: "Companies in the bundled data" }).waitFor();
      const scriptsLoaded = () =>
        page.evaluate(() => {
          const pane = performance.getEntriesByName("capcycle:pane-interactive")[0]?.startTime ?? Number.NaN;
          const scripts = performance
            .getEntriesByType("resource")
            .filter((e) => e.name.startsWith(location.origin) && /\.js(\?|$)/.test(e.name))
            .map((e) => ({ file: new URL(e.name).pathname.replace(/^.*\//, ""), before: e.startTime < pane }));
          return { pane, scripts };
        });
      // The pane asks for the dataset a task after its first render.
      await expect.poll(async () => (await scriptsLoaded()).scripts.some((s) => DATASET_CHUNK.test(s.file))).toBe(true);
      const { pane, scripts } = await scriptsLoaded();
      expect(pane).toBeGreaterThan(0);
      const before = scripts.filter((s) => s.before).map((s) => s.file);
      const gzip = before.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
      console.log(`fetched before the pane was interactive: ${before.join(", ")}: ${(gzip / 1024).toFixed(1)} KB gzip; after: ${scripts.filter((s) => !s.before).map((s) => s.file).join(", ")}`);
      expect(before).toEqual(["functions.js", "commands.js", "taskpane.js"]);
      expect(gzip).toBeLessThanOrEqual(150 * 1024);
      expect(problems.pageErrors).toEqual([]);
    });
    await page.context().close();
  });

  it("offline (Office.js unreachable): companies, banner, browsing, disabled actions, no page error — English", async () => {
    const { page, problems } = await openPane("en-US", "offline");
    await withFailureShot(page, join(SCREENSHOTS, "failure-outside-en.png"), async () => {
      const banner = page.getByTestId("host-banner");
      await banner.waitFor();
      expect(await banner.textContent()).toContain("Upload My Add-in");
      const list = page.getByRole("list", { name: "Companies in the bundled data" });
      await list.waitFor();
      const companies = await list.getByRole("listitem").count();
      expect(companies).toBeGreaterThanOrEqual(5);
      expect((await page.locator("body").innerText()).length).toBeGreaterThan(200);
      await page.screenshot({ path: join(SCREENSHOTS, "outside-companies-en.png"), fullPage: true });

      // Search by Chinese name, open the company, expand the sources of a figure.
      await page.getByRole("searchbox").fill("联影");
      await expect.poll(() => list.getByRole("listitem").count()).toBeLessThan(companies);
      await list.getByRole("button").first().click();
      const heading = page.getByRole("heading", { level: 2 });
      await heading.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
      const table = page.getByRole("table");
      await table.waitFor();
      const toggle = table.getByRole("button", { name: /sources? of / }).first();
      await toggle.click();
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      await expect.poll(() => table.getByText(/line \d+/).count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, "outside-sources-en.png"), fullPage: true });

      // Workbook actions are disabled with the reason; the view itself loads (lazy chunk).
      await page.getByRole("tab", { name: "Template" }).click();
      const load = page.getByRole("button", { name: "Load template" });
      await load.waitFor();
      expect(await load.getAttribute("aria-disabled")).toBe("true");
      expect(await page.getByText("Open CapCycle in Excel to use this.").count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, "outside-template-en.png"), fullPage: true });

      // The formula builder works from the data alone.
      await page.getByRole("tab", { name: "Formula" }).click();
      await page.getByLabel("Company").selectOption({ index: 1 });
      await page.getByLabel("Field", { exact: true }).selectOption({ index: 1 });
      await expect.poll(() => page.getByTestId("formula-text").textContent()).toMatch(/^=CAPCYCLE\.DATA\("/);
      expect(await page.getByTestId("formula-value").innerText()).not.toBe("");
      await page.screenshot({ path: join(SCREENSHOTS, "outside-formula-en.png"), fullPage: true });

      expect(problems.pageErrors).toEqual([]);
      expect(unexpectedConsole(problems)).toEqual([]);
    });
    await page.context().close();
  });

  it("offline, in Chinese (browser language zh-CN), and the switch back to English", async () => {
    const { page, problems } = await openPane("zh-CN", "offline");
    await withFailureShot(page, join(SCREENSHOTS, "failure-outside-zh.png"), async () => {
      await page.getByTestId("host-banner").waitFor();
      expect(await page.getByTestId("host-banner").textContent()).toContain("未在 Excel 中运行");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
      await page.getByRole("list", { name: "内置数据中的公司" }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, "outside-companies-zh.png"), fullPage: true });
      await page.getByRole("tab", { name: "图表" }).click();
      await page.getByRole("button", { name: "预览刷新" }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, "outside-charts-zh.png"), fullPage: true });
      await page.getByRole("tab", { name: "来源" }).click();
      await page.getByLabel("公司").selectOption({ index: 1 });
      await page.getByLabel("字段", { exact: true }).selectOption({ index: 1 });
      await expect.poll(() => page.getByText(/第 \d+ 行/).count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, "outside-sources-zh.png"), fullPage: true });

      await page.getByTestId("lang-switch").click();
      await page.getByRole("tab", { name: "Sources" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
      expect(problems.pageErrors).toEqual([]);
      expect(unexpectedConsole(problems)).toEqual([]);
    });
    await page.context().close();
  });

  it("with Office.js loaded but no Office host: Office.onReady settles as a browser, no page error", async () => {
    const { page, problems } = await openPane("en-US", "npm");
    await withFailureShot(page, join(SCREENSHOTS, "failure-outside-officejs.png"), async () => {
      await page.getByTestId("host-banner").waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe("object");
      await page.getByRole("list", { name: "Companies in the bundled data" }).waitFor();
      expect(problems.pageErrors).toEqual([]);
    });
    await page.context().close();
  });
});
