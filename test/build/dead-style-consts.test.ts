/**
 * scripts/dead-style-consts-loader.cjs: blanks out the module-level constants that Fluent's
 * compiled style files no longer read, and nothing else; every other character keeps its place.
 */
import { describe, expect, it } from "vitest";
import { stripDeadStyleConsts } from "../../scripts/dead-style-consts-loader.cjs";

/** The statements left, one a line, blanks dropped. */
const left = (code: string) =>
  stripDeadStyleConsts(code)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

describe("dead style constants", () => {
  it("removes an unused constant built from tokens, and the constant only it read", () => {
    const code = [
      'import { tokens } from "@fluentui/react-theme";',
      "const base = tokens.spacingHorizontalS;",
      "const padding = { small: base, large: `calc(${tokens.spacingHorizontalM} + 1px)`, list: [-1, 'a', null, true] };",
      'export const useStyles = __styles({ root: { a: "f1" } }, { d: [".f1{a:b;}"] });',
    ].join("\n");
    expect(left(code)).toEqual([
      'import { tokens } from "@fluentui/react-theme";',
      'export const useStyles = __styles({ root: { a: "f1" } }, { d: [".f1{a:b;}"] });',
    ]);
  });

  it("keeps what is read, exported, computed by a call, or not a const", () => {
    const code = [
      "const used = '3px';",
      "const shorthand = 1;",
      "export const exported = { a: 1 };",
      "const called = make();",
      "let variable = 1;",
      "const computed = { [key]: 1 };",
      "export function f() { return { used, shorthand }; }",
    ].join("\n");
    expect(left(code)).toEqual(code.split("\n"));
  });

  it("keeps a constant named like a property elsewhere only when the name itself is used", () => {
    const code = ["const size = '16px';", "const other = '1px';", "export const x = o.size + o.other + other;"].join("\n");
    expect(left(code)).toEqual(["const other = '1px';", "export const x = o.size + o.other + other;"]);
  });

  it("keeps every other character where it was (the source map stays right)", () => {
    const code = "const a = {\n  b: tokens.c,\n};\nexport const d = 1;\n";
    const out = stripDeadStyleConsts(code);
    expect(out).toHaveLength(code.length);
    expect(out.split("\n")).toHaveLength(code.split("\n").length);
    expect(out.indexOf("export const d = 1;")).toBe(code.indexOf("export const d = 1;"));
  });
});
