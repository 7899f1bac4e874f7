/**
 * A Chromium-family browser driven by playwright-core (no downloaded browsers): see
 * find-browser.ts for where it comes from. None found fails the test with the reason: a silent
 * skip would hide that the pane was never tried in a browser.
 */
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { findBrowser } from "./find-browser";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchChromium(): Promise<Browser> {
  const browser = await findBrowser();
  const args = [...new Set([...browser.extraArgs, ...ARGS])];
  return chromium.launch({ executablePath: browser.executablePath, args, headless: true });
}

/** The CDN address taskpane.html loads Office.js from (kept in step with src/taskpane/taskpane.html). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** What went wrong in a page: uncaught exceptions and console errors, collected as they happen. */
export interface PageProblems {
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
}

export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [] };
  page.on("pageerror", (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  return problems;
}

/** Runs a scenario; on failure saves a screenshot and the pane's text beside the error, for diagnosis. */
export async function withFailureShot<T>(page: Page, path: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    const text = await page.locator("body").innerText().catch(() => "");
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${detail}\n--- pane text (screenshot: ${path}) ---\n${text.slice(0, 4000)}`, { cause: error });
  }
}

/**
 * Waits until an action's outcome shows: resolves when `success` appears, throws with the
 * pane's reason when `failure` appears first (so a failing action reports why, not a timeout).
 */
export async function outcomeOf(success: Locator, failure: Locator, timeout = 30_000): Promise<void> {
  await success.or(failure).first().waitFor({ timeout });
  if (await failure.count()) {
    const reason = await failure.first().evaluate((el) => (el.closest("[role=status]") ?? el).textContent ?? "");
    throw new Error(`The pane reported a failure: ${reason}`);
  }
}
