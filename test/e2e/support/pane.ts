/**
 * Shared set-up of the pane's end-to-end tests: a fresh production build in dist/, served
 * locally, and where screenshots go (screenshots/, gitignored).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
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
export function paneJavaScriptGzip(): {
  readonly total: number;
  /** The chunks of the Import view and its file parsers, which load only when an import starts. */
  readonly importChunks: number;
  readonly files: Readonly<Record<string, number>>;
} {
  const files: Record<string, number> = {};
  for (const f of readdirSync(DIST)) if (f.endsWith(".js")) files[f] = gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
  const sum = (names: string[]) => names.reduce((a, f) => a + (files[f] ?? 0), 0);
  return { total: sum(Object.keys(files)), importChunks: sum(Object.keys(files).filter((f) => IMPORT_CHUNK.test(f))), files };
}

/**
 * The Import view and the CSV/xlsx parsers (chunk names given in App.tsx and
 * src/core/import/parse-file.ts). SPEC §8's 250 KB budget is not met with them: see
 * docs/decisions.md "Pane JavaScript budget after the import".
 */
export const IMPORT_CHUNK = /^(view-import|import-csv|import-xlsx)\./;

/**
 * The dataset chunk (the dataset code and the bundled seed data): not a page script; the data
 * functions import it on their first call and the pane right after its first view (webpack.config.js).
 */
export const DATASET_CHUNK = /^dataset\.[0-9a-f]{8}\.js$/;

/** The dataset chunk's file name in `dist`. */
export function datasetChunk(dist: string = DIST): string {
  const files = readdirSync(dist).filter((f) => DATASET_CHUNK.test(f));
  if (files.length !== 1) throw new Error(`expected one dataset chunk in ${dist}, found ${files.length ? files.join(", ") : "none"}`);
  return files[0]!;
}

/**
 * The stand-in office.js the in-Excel browser tests serve in place of the CDN's: the in-memory
 * workbook behind Office.js's API (support/fake-office-entry.ts), bundled for the page.
 */
export async function fakeOfficeScript(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(__dirname, "fake-office-entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return bundle.outputFiles[0]!.text;
}
