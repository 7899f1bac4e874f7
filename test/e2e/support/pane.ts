/**
 * Shared set-up of the pane's end-to-end tests: a fresh production build in dist/, served
 * locally, and where screenshots go (screenshots/, gitignored).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, ROOT, ensureProductionBuild } from "../../build/production-build";
import { OFFICE_JS_URL } from "./browser";

export { DIST, ROOT };

export const SCREENSHOTS = join(ROOT, "screenshots");

/**
 * Builds dist/ if missing or stale, checks the page loads Office.js from the address the tests
 * intercept, and removes failure screenshots a previous run of the same file (`failurePrefix`) left.
 */
export function preparePane(failurePrefix: string): string {
  const built = ensureProductionBuild();
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  if (!html.includes(OFFICE_JS_URL)) throw new Error(`dist/taskpane.html no longer loads ${OFFICE_JS_URL}; update test/e2e/support/browser.ts`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith(failurePrefix)) rmSync(join(SCREENSHOTS, f));
  return built;
}

/** Gzip bytes of every JavaScript file the pane can load (the page's scripts and the lazy views). */
export function paneJavaScriptGzip(): { readonly total: number; readonly files: Readonly<Record<string, number>> } {
  const files: Record<string, number> = {};
  for (const f of readdirSync(DIST)) if (f.endsWith(".js")) files[f] = gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}
