/**
 * The build steps around the generated custom-functions metadata: the zh-CN translation from
 * the table (scripts/zh-metadata.cjs) and the guard on the generated associate calls
 * (scripts/guard-associate-loader.cjs). The built files themselves are checked by
 * test/functions/bundle.test.ts.
 */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { localizeMetadata, type TableEntry, type Metadata } from "../../scripts/zh-metadata.cjs";
import { guardAssociateCalls } from "../../scripts/guard-associate-loader.cjs";
import { at } from "../support/at";

const table: TableEntry[] = [
  {
    name: "CAPEX_DA_RATIO",
    description: { en: "Capex over D&A.", zh: "资本开支除以折旧摊销。" },
    params: [
      { name: "capex", description: { en: "Capex.", zh: "资本开支。" } },
      { name: "depreciation_amortization", description: { en: "D&A.", zh: "折旧摊销。" } },
    ],
  },
  { name: "COMPANIES", description: { en: "The companies.", zh: "公司列表。" }, params: [] },
];

function metadata(): Metadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "CAPEX_DA_RATIO",
        name: "CAPEX_DA_RATIO",
        description: "Capex over D&A.",
        parameters: [
          { name: "capex", description: "Capex.", type: "any", dimensionality: "matrix" },
          { name: "depreciation_amortization", description: "D&A.", type: "any", dimensionality: "matrix" },
        ],
        result: { dimensionality: "matrix" },
      },
      { id: "COMPANIES", name: "COMPANIES", description: "The companies.", result: { dimensionality: "matrix" } },
    ],
  };
}

describe("localizeMetadata", () => {
  it("reports a function the table lacks, and keeps it untranslated", () => {
    const input = metadata();
    input.functions.push({ id: "NEW_ONE", name: "NEW_ONE", description: "New." });
    const { metadata: out, problems } = localizeMetadata(input, table, "zh");
    expect(problems).toEqual(["NEW_ONE: not in the function table"]);
    expect(at(out.functions, 2).description).toBe("New.");
  });

  it("reports a table entry with no function", () => {
    const { problems } = localizeMetadata(metadata(), [...table, { name: "GONE", description: { en: "x", zh: "某" }, params: [] }], "zh");
    expect(problems).toEqual(["GONE: in the table but not a custom function"]);
  });

  it("reports parameters that differ by name on either side", () => {
    const renamed = structuredClone(table);
    const ratio = at(renamed, 0);
    ratio.params = [at(ratio.params, 0), { name: "da", description: { en: "D&A.", zh: "折旧摊销。" } }];
    const { problems } = localizeMetadata(metadata(), renamed, "zh");
    expect(problems).toEqual([
      "CAPEX_DA_RATIO(depreciation_amortization): parameter not in the function table",
      "CAPEX_DA_RATIO(da): in the table but not a parameter of the function",
    ]);
  });

  it("reports an empty translation", () => {
    const blank = structuredClone(table);
    at(blank, 1).description.zh = " ";
    at(at(blank, 0).params, 1).description.zh = "";
    const { problems } = localizeMetadata(metadata(), blank, "zh");
    expect(problems).toEqual([
      "CAPEX_DA_RATIO(depreciation_amortization): no zh description in the table",
      "COMPANIES: no zh description in the table",
    ]);
  });

  it("translates descriptions and keeps ids, names, types and options", () => {
    const input = metadata();
    const { metadata: out, problems } = localizeMetadata(input, table, "zh");
    expect(problems).toEqual([]);
    expect(out).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "CAPEX_DA_RATIO",
          name: "CAPEX_DA_RATIO",
          description: "资本开支除以折旧摊销。",
          parameters: [
            { name: "capex", description: "资本开支。", type: "any", dimensionality: "matrix" },
            { name: "depreciation_amortization", description: "折旧摊销。", type: "any", dimensionality: "matrix" },
          ],
          result: { dimensionality: "matrix" },
        },
        { id: "COMPANIES", name: "COMPANIES", description: "公司列表。", result: { dimensionality: "matrix" } },
      ],
    });
    // The generated English metadata is left as it was.
    expect(input).toEqual(metadata());
  });

  it("matches function ids case-insensitively, as Excel does", () => {
    const input = metadata();
    input.functions[1] = { ...input.functions[1], id: "companies", name: "companies" };
    expect(localizeMetadata(input, table, "zh").problems).toEqual([]);
  });
});

describe("guardAssociateCalls", () => {
  const generated = [
    "export function ratio(a, b) { return a / b; }",
    'CustomFunctions.associate("RATIO", ratio);',
    'CustomFunctions.associate("OTHER", ratio);',
  ].join("\n");

  it("lets the functions code load where CustomFunctions does not exist", () => {
    const script = guardAssociateCalls(generated).replace("export ", "");
    expect(() => runInNewContext(generated.replace("export ", ""), {})).toThrow(/CustomFunctions is not defined/);
    expect(() => runInNewContext(script, {})).not.toThrow();
  });

  it("still associates every function where it exists", () => {
    const ids: string[] = [];
    runInNewContext(guardAssociateCalls(generated).replace("export ", ""), {
      CustomFunctions: { associate: (id: string) => ids.push(id) },
    });
    expect(ids).toEqual(["RATIO", "OTHER"]);
  });
});
