/**
 * The built pane at the widths Excel gives it (320 px, its default, 350 and 450 px) in English
 * and Chinese, with the in-memory workbook standing in for Excel (so every action is enabled):
 * - the views' six tabs stay on one row;
 * - nothing is wider than the pane (no horizontal scroll, no cut text), the formula box included;
 * - an accessibility check (axe-core, injected into the page) finds no serious or critical
 *   violation in any view, in either language, inside Excel and outside Office;
 * - screenshots of each width and language go to screenshots/ (git-ignored) to look at.
 */
import { join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, OFFICE_JS_URL, watchProblems, withFailureShot } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";
import { fakeOfficeScript, preparePane, ROOT, SCREENSHOTS } from "./support/pane";

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const WIDTHS = [320, 350, 450] as const;
const LANGS = [
  { lang: "en", locale: "en-US", tabs: ["Data", "Template", "Charts", "Sources", "Formula", "Import"] },
  { lang: "zh", locale: "zh-CN", tabs: ["数据", "模板", "图表", "来源", "公式", "导入"] },
] as const;

let browser: Browser;
let server: StaticServer;
let fakeOfficeJs: string;

beforeAll(async () => {
  console.log(preparePane("failure-narrow"));
  fakeOfficeJs = await fakeOfficeScript();
  server = await serveStatic(join(ROOT, "dist"));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(width: number, locale: string, host: "excel" | "browser"): Promise<Page> {
  // bypassCSP: the page's Content-Security-Policy refuses inline scripts, and axe is injected as one.
  // reducedMotion: Fluent then skips its colour transitions, so axe reads settled colours.
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale, bypassCSP: true, reducedMotion: "reduce" });
  const page = await context.newPage();
  if (host === "excel") {
    await page.route(OFFICE_JS_URL, (route) => route.fulfill({ body: fakeOfficeJs, contentType: "text/javascript" }));
    await page.goto(`${server.origin}/taskpane.html?lang=${locale}`);
  } else {
    await page.route(OFFICE_JS_URL, (route) => route.abort("internetdisconnected"));
    await page.goto(`${server.origin}/taskpane.html`);
  }
  await page.getByRole("tablist").waitFor();
  return page;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  // Nothing running (a busy button is mid-change) before reading the page.
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${where}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)} ${n.failureSummary ?? ""}`).join("; ")}`);
}

/** What a narrow pane must not do: scroll sideways, put the tabs on two rows, cut text. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth} px`);
    const list = document.querySelector<HTMLElement>('[role="tablist"]')!;
    const rowOf = () => new Set([...list.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => t.offsetTop)).size;
    if (rowOf() !== 1) problems.push("tabs on more than one row");
    if (list.scrollWidth > list.clientWidth) problems.push(`tabs wider than the pane: ${list.scrollWidth} > ${list.clientWidth} px`);
    // Text cut by its box: an element whose content is wider than it and which hides the rest.
    for (const el of document.querySelectorAll<HTMLElement>("main *")) {
      const style = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 && (style.overflowX === "hidden" || style.overflowX === "clip") && el.clientWidth > 0 && style.textOverflow !== "ellipsis")
        problems.push(`cut: <${el.tagName.toLowerCase()} class="${el.className}"> ${el.textContent?.slice(0, 40)}`);
    }
    return problems;
  });
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
}

describe.each(LANGS)("the pane at 320, 350 and 450 px ($lang)", ({ lang, locale, tabs }) => {
  it.each(WIDTHS)("%i px inside Excel: one row of tabs, nothing wider than the pane, no serious accessibility problem, screenshots", { timeout: 120_000 }, async (width) => {
    const page = await open(width, locale, "excel");
    const problems = watchProblems(page);
    const a11y: string[] = [];
    const layout: string[] = [];
    const check = async (where: string, shot?: string) => {
      a11y.push(...(await axeProblems(page, where)));
      layout.push(...(await layoutProblems(page)).map((p) => `${where}: ${p}`));
      // What the pane shows without scrolling (a full-page shot of 29 companies is too long to read).
      if (shot) await page.screenshot({ path: join(SCREENSHOTS, `pane-${width}-${lang}-${shot}.png`) });
    };
    await withFailureShot(page, join(SCREENSHOTS, `failure-narrow-${width}-${lang}.png`), async () => {
      expect(await page.getByRole("tab").allInnerTexts()).toEqual([...tabs]);
      await page.getByRole("list").first().waitFor();
      await check("companies", "companies");
      await page.getByRole("searchbox").first().fill("300015");
      await page.getByRole("list").first().getByRole("button").first().click();
      await page.getByRole("table").waitFor();
      await page.getByRole("table").getByRole("button").first().click();
      await check("company", "company");
      await tab(page, tabs[1]);
      await page.getByRole("radiogroup").first().waitFor();
      await check("template", "template");
      await tab(page, tabs[2]);
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await check("charts", "charts");
      await tab(page, tabs[3]);
      // The view reads the selected cell as it opens: wait for that to settle.
      await page.getByTestId("active-cell").waitFor();
      await page.waitForTimeout(300);
      await check("sources", "sources");
      await tab(page, tabs[4]);
      // Aier, and the longest field id it has: the hardest formula to fit.
      const company = page.getByLabel(lang === "zh" ? "公司" : "Company", { exact: true });
      await company.waitFor();
      await company.selectOption("aier_eye");
      const field = page.getByLabel(lang === "zh" ? "字段" : "Field", { exact: true });
      const longest = await field.evaluate((select: HTMLSelectElement) =>
        [...select.options].map((o) => o.value).reduce((a, b) => (b.length > a.length ? b : a), ""),
      );
      await field.selectOption(longest);
      await page.getByTestId("formula-text").waitFor();
      await check("formula", "formula");
      // The formula box wraps only between arguments: every line break falls after "(" or ",".
      const lines = await page.getByTestId("formula-text").evaluate((code) => {
        const range = document.createRange();
        const tops = new Map<number, string>();
        const text = code.textContent ?? "";
        const node = code;
        let offset = 0;
        for (const child of node.childNodes) {
          if (child.nodeType !== Node.TEXT_NODE) continue;
          const s = child.textContent ?? "";
          for (let i = 0; i < s.length; i++) {
            range.setStart(child, i);
            range.setEnd(child, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            tops.set(top, (tops.get(top) ?? "") + s[i]);
          }
          offset += s.length;
        }
        return { lines: [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l), text, offset };
      });
      expect(lines.lines.join("")).toBe(lines.text);
      for (const line of lines.lines.slice(0, -1)) expect(line, `a line of the formula at ${width} px`).toMatch(/[(,]$/);
      await tab(page, tabs[5]);
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await check("import", "import");
    });
    expect(layout).toEqual([]);
    expect(a11y).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });

  it("outside Office (banner, sideloading help open): no serious accessibility problem", { timeout: 60_000 }, async () => {
    const page = await open(320, locale, "browser");
    await page.getByTestId("host-banner").waitFor();
    await page.getByTestId("host-banner").locator("summary").click();
    await page.screenshot({ path: join(SCREENSHOTS, `pane-320-${lang}-outside.png`) });
    expect(await axeProblems(page, "outside Office")).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await page.context().close();
  });
});

it("has axe-core to inject", () => {
  expect(existsSync(AXE)).toBe(true);
  expect(readFileSync(AXE, "utf8").length).toBeGreaterThan(100_000);
});
