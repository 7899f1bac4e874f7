/**
 * The export is command-line only: nothing the add-in bundles may import src/xlsx or the
 * libraries only the export uses (Excelize's 4 MB of WebAssembly, exceljs, HyperFormula), so
 * the add-in's bundle cannot grow from them. webpack starts from src/; this checks every
 * module there outside src/xlsx.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "xlsx" && dir === SRC ? [] : files(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

describe("the xlsx export stays out of the add-in", () => {
  it("no module of the add-in imports src/xlsx, excelize-wasm, exceljs or hyperformula", () => {
    const modules = files(SRC);
    expect(modules.length).toBeGreaterThan(20);
    const offenders = modules.flatMap((path) => {
      const text = readFileSync(path, "utf8");
      const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
      return specs.filter((s) => /(^|\/)xlsx(\/|$)/.test(s) || /^(excelize-wasm|exceljs|hyperformula)(\/|$)/.test(s)).map((s) => `${relative(SRC, path)} imports ${s}`);
    });
    expect(offenders).toEqual([]);
  });
});
