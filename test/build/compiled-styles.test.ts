/**
 * The production build compiles Fluent's and the pane's Griffel styles into one stylesheet
 * (webpack.config.js): what ships is checked here.
 * - taskpane.html links exactly one stylesheet, the one in dist/;
 * - the stylesheet holds both Fluent's rules and the pane's own (class names from makeStyles);
 * - no JavaScript file carries CSS rule text or Griffel's runtime style compiler (stylis,
 *   rtl-css-js), which a makeStyles call left to run time would bring back;
 * - nor Fluent's token name map, which only constants Fluent's compiled styles no longer read
 *   kept in (scripts/dead-style-consts-loader.cjs).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ensureProductionBuild } from "./production-build";

const read = (file: string) => readFileSync(join(DIST, file), "utf8");
/** A Griffel atomic rule as its compiler writes it: `.f1abc23{color:red;}` */
const GRIFFEL_RULE = /\.[fr][a-z0-9]{5,8}\{[a-z-]+:[^;{}]+;/;

let html: string;
let jsFiles: string[];

beforeAll(() => {
  console.log(ensureProductionBuild());
  html = read("taskpane.html");
  jsFiles = readdirSync(DIST).filter((file) => file.endsWith(".js"));
}, 300_000);

describe("compiled styles in dist/", () => {
  it("taskpane.html links one content-hashed stylesheet, the one in dist/", () => {
    const links = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet[^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(1);
    const href = /\bhref=["']?([^"'\s>?]+)/.exec(links[0]!)![1]!;
    expect(href).toMatch(/^griffel\.[0-9a-f]{8}\.css$/);
    expect(readdirSync(DIST).filter((file) => file.endsWith(".css"))).toEqual([href]);
  });

  it("the stylesheet holds Fluent's rules and the pane's own", () => {
    const css = read(readdirSync(DIST).find((file) => file.endsWith(".css"))!);
    expect(css).toMatch(GRIFFEL_RULE);
    // Fluent's Button, by a declaration of its base class (react-button, useButtonStyles).
    expect(css).toContain("min-width:96px;");
    // The pane's tab row (components/TabBar.tsx): its narrow-pane rule, which Fluent has nowhere.
    const tabBar = readFileSync(join(DIST, "..", "src", "taskpane", "components", "TabBar.tsx"), "utf8");
    expect(tabBar).toContain('"@media (max-width: 379px)": { columnGap: tokens.spacingHorizontalXXS }');
    expect(css).toMatch(/@media \(max-width: 379px\)\{\.f[a-z0-9]+\{column-gap:var\(--spacingHorizontalXXS\);\}/);
  });

  it("no JavaScript file holds CSS rule text", () => {
    const withCss = jsFiles.filter((file) => GRIFFEL_RULE.test(read(file)));
    expect(withCss).toEqual([]);
  });

  it("no JavaScript file holds Griffel's runtime compiler (stylis, rtl-css-js) or Fluent's token name map", () => {
    const sources = (file: string) => (JSON.parse(read(`${file}.map`)) as { sources: string[] }).sources;
    const compiler = jsFiles.filter((file) => sources(file).some((source) => /node_modules\/(stylis|rtl-css-js)\//.test(source)));
    expect(compiler).toEqual([]);
    // The themes' values stay (FluentProvider writes them as CSS variables); only the map from
    // token names to `var(--name)` goes, which the compiled styles no longer need.
    const tokenNames = jsFiles.filter((file) => sources(file).some((source) => source.endsWith("node_modules/@fluentui/tokens/lib/tokens.js")));
    expect(tokenNames).toEqual([]);
    expect(jsFiles.filter((file) => sources(file).some((source) => source.includes("@fluentui/tokens/lib/alias/lightColor")))).toEqual(["taskpane.js"]);
  });
});
