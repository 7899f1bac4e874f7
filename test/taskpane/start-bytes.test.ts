/**
 * The pane's start-up weight (issue 14.6): the JavaScript that loads before the pane's first view
 * renders is the page's scripts (taskpane.html) and nothing else, since the first view (the
 * company list) renders from the generated company index and awaits no chunk. Together ≤ 150 KB
 * gzip; the pane's own chunk ≤ 100 KB; what the first view does not need stays out of them (the
 * dataset code and the seed data, the Excel adapter with the template and chart code, the views,
 * Fluent's tab list and its focus manager, the dark theme). Measured on the production build in dist/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ensureProductionBuild } from "../build/production-build";
import { BUNDLED_INDEX } from "../../src/taskpane/data/dataset-source";

const read = (file: string) => readFileSync(join(DIST, file), "utf8");
const pageScripts = () =>
  [...read("taskpane.html").matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/\?.*$/, ""));
/** Source files that went into a built file, from its source map. */
const sourcesOf = (file: string) => (JSON.parse(read(`${file}.map`)) as { sources: string[] }).sources;

beforeAll(() => {
  console.log(ensureProductionBuild());
}, 300_000);

describe("the pane's first view", () => {
  it("loads at most 150 KB gzip before the first view (the page's scripts), the pane's own chunk at most 100 KB", () => {
    const sizes = pageScripts().map((file) => [file, gzipSync(readFileSync(join(DIST, file))).length] as const);
    const total = sizes.reduce((sum, [, n]) => sum + n, 0);
    console.log(`before the first view: ${sizes.map(([f, n]) => `${f} ${(n / 1024).toFixed(1)}`).join(", ")}; ${(total / 1024).toFixed(1)} KB gzip`);
    expect(sizes.map(([f]) => f)).toEqual(["functions.js", "commands.js", "taskpane.js"]);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    expect(sizes.find(([f]) => f === "taskpane.js")![1]).toBeLessThanOrEqual(100 * 1024);
  });

  it("renders the first view from the company index: the dataset code and the seed data load after it", () => {
    const start = pageScripts().flatMap(sourcesOf);
    expect(start.filter((s) => /src\/core\/dataset\/|\/seeds\//.test(s))).toEqual([]);
    // The index is inlined data (no source map of its own): its first company's widest search key.
    expect(readFileSync(join(DIST, "taskpane.js"), "utf8")).toContain(JSON.stringify(BUNDLED_INDEX.companies[0]!.keys[0]));
    // The first view awaits no chunk: the list is in the page's scripts (CompaniesView), and the
    // pane starts the dataset's load only after its first render (App.tsx, dataset-source.ts).
    expect(start.some((s) => s.endsWith("src/taskpane/views/CompaniesView.tsx"))).toBe(true);
  });

  it("loads the Excel adapter, the other views, the tab list's focus manager and the dark theme on demand", () => {
    const start = pageScripts().flatMap(sourcesOf);
    const inStart = (pattern: RegExp) => start.filter((s) => pattern.test(s));
    // The ribbon's outcome channel (and its few words, ribbon-messages.ts) is there from the
    // start; the adapter's work and its whole catalogue of messages are not.
    expect(inStart(/src\/excel\/(?!ribbon-outcome|ribbon-messages)/)).toEqual([]);
    expect(inStart(/src\/core\/template\//)).toEqual([]);
    expect(inStart(/src\/taskpane\/views\/(Template|Charts|Sources|Formula)View|CompanyDetail/)).toEqual([]);
    expect(inStart(/node_modules\/tabster\//)).toEqual([]);
    expect(inStart(/tokens\/lib\/alias\/darkColor/)).toEqual([]);
    // …and each of them is in a chunk of its own that the pane can load.
    const lazy = readdirSync(DIST).filter((f) => f.endsWith(".js") && !pageScripts().includes(f));
    const inLazy = (pattern: RegExp) => lazy.some((f) => sourcesOf(f).some((s) => pattern.test(s)));
    expect(inLazy(/src\/excel\/load-template/)).toBe(true);
    expect(inLazy(/src\/taskpane\/views\/FormulaView/)).toBe(true);
    expect(inLazy(/tokens\/lib\/alias\/darkColor/)).toBe(true);
    expect(inLazy(/src\/commands\/refresh-command/)).toBe(true);
    expect(inLazy(/src\/excel\/messages\.ts/)).toBe(true);
  });
});
