/**
 * The metadata Excel reads: functions.json as custom-functions-metadata generates it from the
 * JSDoc of src/functions/functions.ts (the same generator the build's webpack plugin runs),
 * checked against the function table (src/core/functions/table.ts): ids, names, parameter names,
 * order, optionality and dimensionality, English texts, result dimensionality.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { FUNCTION_TABLE } from "../../src/core/functions/table";

interface MetaParam {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetaParam[];
  result: { type?: string; dimensionality?: string };
}

let functions: MetaFunction[] = [];
let associated: string[] = [];
let errors: string[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata("src/functions/functions.ts", false);
  errors = result.errors;
  functions = (JSON.parse(result.metadataJson) as { functions: MetaFunction[] }).functions;
  associated = result.associate.map((a: { id: string }) => a.id);
}, 60_000);

describe("generated functions.json", () => {
  it("generates without errors, every function associated", () => {
    expect(errors).toEqual([]);
    expect(associated.sort()).toEqual(functions.map((f) => f.id).sort());
  });

  it("has exactly the table's functions, in the same order, id = name", () => {
    expect(functions.map((f) => f.id)).toEqual(FUNCTION_TABLE.map((e) => e.name));
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(FUNCTION_TABLE.map((e) => [e.name, e] as const))("%s: English texts and parameters equal the table", (name, entry) => {
    const f = functions.find((x) => x.id === name)!;
    expect(f.description).toBe(entry.description.en);
    expect(f.parameters.map((p) => p.name)).toEqual(entry.params.map((p) => p.name));
    f.parameters.forEach((p, i) => {
      const c = entry.params[i]!;
      expect(p.description).toBe(c.description.en);
      expect(p.optional ?? false).toBe(c.optional);
      // A range parameter is a matrix (a value or a range); a value parameter one value.
      expect(p.dimensionality ?? "scalar", `${name}(${p.name})`).toBe(c.kind === "range" ? "matrix" : "scalar");
      // type any: Excel passes blanks, text, booleans and errors unconverted
      expect(p.type).toBe("any");
    });
    expect(f.result.dimensionality ?? "scalar").toBe(entry.result === "grid" ? "matrix" : "scalar");
  });

  it("figure arguments are ranges (matrix); option arguments single values", () => {
    const dims = (id: string) => functions.find((f) => f.id === id)!.parameters.map((p) => p.dimensionality ?? "scalar");
    expect(dims("CAPEX_DA_RATIO")).toEqual(["matrix", "matrix"]);
    expect(dims("RECEIVABLE_DAYS")).toEqual(["matrix", "matrix", "matrix"]);
    expect(dims("TOP_SHARE")).toEqual(["matrix", "scalar"]);
    expect(dims("CYCLE_PHASE")).toEqual(["matrix", "matrix", "scalar", "scalar", "scalar"]);
    expect(dims("DATA")).toEqual(["scalar", "scalar", "scalar", "scalar", "scalar"]);
  });
});
