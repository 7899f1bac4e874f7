/**
 * The build compiles the pane's makeStyles calls only when makeStyles is imported from a module
 * the Griffel loader is told about (scripts/styles-imports.cjs). A file importing it any other
 * way would still build and look right, but its styles would be computed in the browser by
 * Griffel's runtime compiler, which the build then ships again (about 8 KB gzip).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { STYLES_IMPORTS } from "../../scripts/styles-imports.cjs";

const PANE = join(__dirname, "..", "..", "src", "taskpane");
const STYLE_FUNCTIONS = new Set(["makeStyles", "makeResetStyles", "makeStaticStyles"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** "file: import source" for each import of a Griffel style function in `file`. */
function styleImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings === undefined) continue;
    const from = statement.moduleSpecifier.text;
    if (ts.isNamespaceImport(bindings)) {
      if (STYLES_IMPORTS.includes(from)) found.push(`${relative(PANE, file)}: * as ${bindings.name.text} from ${from}`);
      continue;
    }
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (STYLE_FUNCTIONS.has(imported)) found.push(`${relative(PANE, file)}: ${imported} from ${from}`);
    }
  }
  return found;
}

describe("the pane's styles are compiled at build time", () => {
  const imports = sources(PANE).flatMap(styleImports);

  it("finds the pane's makeStyles imports (the scan works)", () => {
    expect(imports.length).toBeGreaterThan(15);
    expect(imports).toContain("components/Header.tsx: makeStyles from ./styles");
  });

  it("imports makeStyles only from a module the Griffel loader compiles, by name", () => {
    const bad = imports.filter((line) => {
      const match = / (makeStyles|makeResetStyles|makeStaticStyles) from (.+)$/.exec(line);
      return match === null || !STYLES_IMPORTS.includes(match[2]!);
    });
    expect(bad).toEqual([]);
  });

  it("uses no makeStaticStyles (the re-exports in components/styles.ts have no compiled form of it)", () => {
    expect(imports.filter((line) => line.includes("makeStaticStyles"))).toEqual([]);
  });
});
