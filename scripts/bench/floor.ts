/**
 * The floor under the pane's start-up bytes: tiny pages built with the add-in's own webpack
 * configuration (same mode, loaders, resolution, minifier and output settings; only the entries
 * and the page plugins differ), so "the pane at start-up" can be read against what React and
 * Fluent UI cost before any CapCycle code. Built into a temporary folder, measured like dist/.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Configuration, Stats } from "webpack";
import type { FloorPage } from "./types";

/** The floor pages, with what each holds (for the report). */
export const FLOOR_PAGES: readonly { readonly name: string; readonly entry: string; readonly holds: string }[] = [
  { name: "provider", entry: "./scripts/bench/floor/provider.tsx", holds: "React 18 + react-dom, Fluent's FluentProvider with the light theme, one line of text" },
  {
    name: "three-components",
    entry: "./scripts/bench/floor/three-components.tsx",
    holds: "the same plus Button, Dropdown and Spinner (the bare page of the toolchain notes)",
  },
];

type ConfigFactory = ((env: Record<string, unknown>, argv: { mode: "production" }) => Promise<Configuration>) & {
  /** The plugins the style loaders need (Griffel's CSS extraction and the stylesheet it feeds). */
  stylePlugins: (production: boolean) => NonNullable<Configuration["plugins"]>;
};

export async function measureFloor(root: string): Promise<FloorPage[]> {
  const require = createRequire(join(root, "package.json"));
  const webpack = require("webpack") as typeof import("webpack");
  const factory = require(join(root, "webpack.config.js")) as ConfigFactory;
  const base = await factory({}, { mode: "production" });
  const out = mkdtempSync(join(tmpdir(), "capcycle-floor-"));
  try {
    const config: Configuration = {
      ...base,
      context: root,
      entry: Object.fromEntries(FLOOR_PAGES.map((p) => [p.name, p.entry])),
      output: { ...base.output, path: out, clean: false },
      // The page plugins (functions metadata, taskpane.html, copied assets) have nothing to do
      // here; the style loaders' plugins are needed (Fluent's CSS goes to a stylesheet, not the JS).
      plugins: factory.stylePlugins(true),
      devServer: undefined,
    } as Configuration;
    const stats = await new Promise<Stats>((resolve, reject) =>
      webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result))),
    );
    if (stats.hasErrors()) throw new Error(`The floor build failed:\n${stats.toString("errors-only")}`);
    return FLOOR_PAGES.map((p) => {
      const code = readFileSync(join(out, `${p.name}.js`));
      return { name: p.name, holds: p.holds, raw: code.length, gzip: gzipSync(code).length };
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
