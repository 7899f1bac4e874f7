/** The functions edge: Excel argument values in, Excel results out (CustomFunctions stubbed as a global). */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cellError, isCellError, type ErrorKind } from "../../src/core/errors";
import { capexDaRatio, segmentMix } from "../../src/core/metrics/index";
import { markClean } from "../../src/core/metrics/result-grid";
import type { ResultGrid, ResultValue } from "../../src/core/values";
import {
  displayLang,
  fromExcel,
  fromExcelGrid,
  fromExcelOptional,
  fromExcelOptionalGrid,
  runSafely,
  toExcel,
  toExcelError,
  toExcelGrid,
} from "../../src/functions/convert";
import { StubError, stubCustomFunctions, stubOffice } from "./stubs";

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", stubCustomFunctions);
  vi.stubGlobal("Office", stubOffice("en-US"));
});
afterEach(() => vi.unstubAllGlobals());

describe("fromExcel: what Excel may pass for one cell", () => {
  it.each<[string, unknown, unknown]>([
    ["null (blank cell, omitted argument)", null, null],
    ["undefined", undefined, null],
    ['"" (empty text)', "", null],
    ["a number", 12.5, 12.5],
    ["zero", 0, 0],
    ["text", "abc", "abc"],
    ["numeric text stays text for core to read", "1,234", "1,234"],
    ["a boolean", true, true],
    ["a Double cell value", { type: "Double", basicValue: 3 }, 3],
    ["a FormattedNumber cell value", { type: "FormattedNumber", basicValue: 0.5, numberFormat: "0%" }, 0.5],
    ["a String cell value", { type: "String", basicValue: "x" }, "x"],
    ["a Boolean cell value", { type: "Boolean", basicValue: false }, false],
    ["an Empty cell value", { type: "Empty", basicValue: "" }, null],
  ])("%s", (_, value, expected) => {
    expect(fromExcel(value)).toEqual(expected);
  });

  it.each<[string, unknown, string]>([
    ["a CustomFunctions.Error", new StubError("#N/A", "upstream"), "#N/A"],
    ["an error-like object", { code: "#DIV/0!" }, "#DIV/0!"],
    ["#REF! (input only)", { code: "#REF!" }, "#REF!"],
    ["#NAME? (input only)", { code: "#NAME?" }, "#NAME?"],
    ["a data-types error by basic value", { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }, "#DIV/0!"],
    ["a data-types error by error type only", { type: "Error", errorType: "NotAvailable" }, "#N/A"],
    ["a data-types #BUSY!", { type: "Error", errorType: "Busy" }, "#GETTING_DATA"],
    ["#SPILL! (not a core kind)", { type: "Error", errorType: "Spill", basicValue: "#SPILL!" }, "#VALUE!"],
    ["an entity (basic type Error)", { type: "Entity", basicType: "Error", basicValue: "#VALUE!", text: "Aier" }, "#VALUE!"],
    ["an object of unknown shape", { foo: 1 }, "#VALUE!"],
    ["a nested basic value", { type: "Double", basicValue: { x: 1 } }, "#VALUE!"],
    ["a function", () => 1, "#VALUE!"],
  ])("%s → %s", (_, value, expected) => {
    const v = fromExcel(value);
    expect(isCellError(v) && v.error).toBe(expected);
  });

  it("names errors core has no kind for", () => {
    const v = fromExcel({ type: "Error", errorType: "Calc" });
    expect(isCellError(v) && v.message?.en).toContain("#CALC!");
    const w = fromExcel({ code: "#SPILL!" });
    expect(isCellError(w) && w.message?.en).toContain("#SPILL!");
  });
});

describe("fromExcelGrid", () => {
  it("passes a clean grid through without copying", () => {
    const grid = [[1, "a"], [null, true]];
    expect(fromExcelGrid(grid)).toBe(grid);
  });

  it("converts error objects and empty text inside a range", () => {
    expect(fromExcelGrid([[1, new StubError("#N/A")], ["", undefined]])).toEqual([[1, cellError("#N/A")], [null, null]]);
  });

  it("wraps a single value and a flat row", () => {
    expect(fromExcelGrid(5)).toEqual([[5]]);
    expect(fromExcelGrid(null)).toEqual([[null]]);
    expect(fromExcelGrid([1, 2])).toEqual([[1], [2]]);
  });

  it("optional arguments: null means omitted", () => {
    expect(fromExcelOptional(null)).toBeUndefined();
    expect(fromExcelOptional(undefined)).toBeUndefined();
    expect(fromExcelOptional("zh")).toBe("zh");
    expect(fromExcelOptionalGrid(null)).toBeUndefined();
    expect(fromExcelOptionalGrid([[181]])).toEqual([[181]]);
  });
});

describe("toExcel", () => {
  it("numbers and text as they are; \"\" stays \"\" (null would show 0)", () => {
    expect(toExcel(1.5)).toBe(1.5);
    expect(toExcel("")).toBe("");
    expect(toExcel("Expansion")).toBe("Expansion");
  });

  it("a non-finite number becomes #NUM!", () => {
    expect(toExcel(Number.NaN)).toEqual(new StubError("#NUM!"));
  });

  it("#VALUE! and #N/A carry the message in Excel's display language", () => {
    const e = cellError("#VALUE!", { en: "bad", zh: "错误" });
    expect(toExcel(e, "en")).toEqual(new StubError("#VALUE!", "bad"));
    expect(toExcel(e, "zh")).toEqual(new StubError("#VALUE!", "错误"));
    vi.stubGlobal("Office", stubOffice("zh-CN"));
    expect(toExcel(cellError("#N/A", { en: "no", zh: "无" }))).toEqual(new StubError("#N/A", "无"));
  });

  it("#DIV/0!, #NUM!, #NULL! go out without a message", () => {
    expect(toExcel(cellError("#DIV/0!", { en: "x", zh: "x" }), "en")).toEqual(new StubError("#DIV/0!"));
    expect(toExcel(cellError("#NUM!"), "en")).toEqual(new StubError("#NUM!"));
    expect(toExcel(cellError("#NULL!"), "en")).toEqual(new StubError("#NULL!"));
  });

  it("#REF! and #NAME? cannot be returned: #VALUE! says which error came in", () => {
    expect(toExcelError(cellError("#REF!"), "en")).toEqual(new StubError("#VALUE!", "An input cell holds the error #REF!. Fix that cell (or wrap it in IFERROR); this result then updates."));
    expect((toExcelError(cellError("#NAME?"), "zh") as StubError).message).toContain("#NAME?");
    expect(toExcelError(cellError("#GETTING_DATA"), "en").code).toBe("#N/A");
  });

  it("uses the real CustomFunctions.Error class", () => {
    expect(toExcel(cellError("#NUM!"))).toBeInstanceOf(StubError);
  });

  it("still returns an error-shaped value when the runtime is absent", () => {
    vi.stubGlobal("CustomFunctions", undefined);
    expect(toExcel(cellError("#VALUE!", { en: "m", zh: "m" }), "en")).toEqual({ code: "#VALUE!", message: "m" });
  });
});

describe("toExcelGrid", () => {
  it("returns a grid of numbers and text as is", () => {
    const grid = [[1, ""], ["a", 2]];
    expect(toExcelGrid(grid)).toBe(grid);
  });

  it("converts errors at their positions", () => {
    expect(toExcelGrid([[1], [cellError("#DIV/0!")], [""]], "en")).toEqual([[1], [new StubError("#DIV/0!")], [""]]);
  });

  it("a whole-call error and an empty grid become one error cell", () => {
    expect(toExcelGrid(cellError("#N/A", { en: "none", zh: "无" }), "en")).toEqual([[new StubError("#N/A", "none")]]);
    expect((toExcelGrid([], "en")[0]![0] as StubError).code).toBe("#N/A");
  });
});

describe("displayLang", () => {
  it.each<[string, unknown, string]>([
    ["zh-CN", stubOffice("zh-CN"), "zh"],
    ["zh-TW", stubOffice("zh-TW"), "zh"],
    ["en-US", stubOffice("en-US"), "en"],
    ["de-DE", stubOffice("de-DE"), "en"],
    ["no context yet", {}, "en"],
  ])("%s → %s", (_, office, expected) => {
    vi.stubGlobal("Office", office);
    expect(displayLang()).toBe(expected);
  });

  it("no Office at all, or a context that throws → English", () => {
    vi.stubGlobal("Office", undefined);
    expect(displayLang()).toBe("en");
    vi.stubGlobal("Office", {
      get context(): never {
        throw new Error("not initialized");
      },
    });
    expect(displayLang()).toBe("en");
  });
});

describe("runSafely", () => {
  it("turns an unexpected throw into #VALUE! with the reason", () => {
    const grid = runSafely(() => {
      throw new Error("boom");
    }, "grid") as StubError[][];
    expect(grid[0]![0]!.code).toBe("#VALUE!");
    expect(grid[0]![0]!.message).toContain("boom");
    const one = runSafely(() => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the guard must also catch a thrown non-Error
      throw "plain";
    }, "scalar") as StubError;
    expect(one.message).toContain("plain");
  });

  it("returns the body's value when it does not throw", () => {
    expect(runSafely(() => 3, "scalar")).toBe(3);
  });
});

/**
 * The conversions read each cell once and copy only what changes; these pin that they give what
 * converting every cell gives (the way they worked before), on random grids.
 */
describe("conversion fast paths give what converting every cell gives", () => {
  const BOUNDED = { numRuns: 300, interruptAfterTimeLimit: 4000 } as const;
  const KINDS: ErrorKind[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!", "#GETTING_DATA"];

  /** What Excel may pass in a cell: mostly numbers and blanks, now and then anything else. */
  const excelCell: fc.Arbitrary<unknown> = fc.oneof(
    { arbitrary: fc.double(), weight: 8 },
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: fc.constantFrom("", "abc", "12.5", undefined, true, false), weight: 1 },
    { arbitrary: fc.constantFrom("#N/A", "#DIV/0!", "#REF!", "#SPILL!").map((code) => new StubError(code, "upstream")), weight: 1 },
    { arbitrary: fc.constantFrom({ type: "Double", basicValue: 3 }, { type: "Error", errorType: "Div0" }, { foo: 1 }), weight: 1 },
    { arbitrary: fc.constantFrom(...KINDS).map((k) => cellError(k)), weight: 1 },
  );
  const excelGrid = fc.oneof(
    { arbitrary: fc.array(fc.array(excelCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), weight: 6 },
    // A cell given where a row should be, as a flat list.
    { arbitrary: fc.array(fc.oneof(excelCell, fc.array(excelCell, { maxLength: 2 })), { maxLength: 5 }), weight: 1 },
  );
  const everyCell = (value: unknown[]) => value.map((row: unknown) => (Array.isArray(row) ? row.map(fromExcel) : [fromExcel(row)]));

  it("fromExcelGrid: the same values, the input itself when nothing needs converting, clean rows reused", () => {
    fc.assert(
      fc.property(excelGrid, (value) => {
        const grid = fromExcelGrid(value);
        expect(grid).toEqual(everyCell(value));
        const changed = value.some((row) => !Array.isArray(row) || row.some((cell) => fromExcel(cell) !== cell || cell === undefined));
        if (!changed) expect(grid).toBe(value);
        grid.forEach((row, r) => {
          const original = value[r];
          if (Array.isArray(original) && original.every((cell) => fromExcel(cell) === cell && cell !== undefined)) expect(row).toBe(original);
        });
      }),
      BOUNDED,
    );
  });

  /** What a metric may return at a position. */
  const resultCell: fc.Arbitrary<ResultValue> = fc.oneof(
    { arbitrary: fc.double(), weight: 8 },
    { arbitrary: fc.constantFrom("", "Expansion"), weight: 2 },
    { arbitrary: fc.constantFrom(...KINDS).map((k) => cellError(k, k === "#VALUE!" || k === "#N/A" ? { en: "why", zh: "原因" } : undefined)), weight: 1 },
  );
  const resultGrid: fc.Arbitrary<ResultGrid> = fc.array(fc.array(resultCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 });

  it("toExcelGrid: the same values, the grid itself when nothing needs converting, clean rows reused", () => {
    fc.assert(
      fc.property(resultGrid, fc.constantFrom<"en" | "zh">("en", "zh"), (grid, lang) => {
        const out = toExcelGrid(grid, lang);
        expect(out).toEqual(grid.map((row) => row.map((v) => toExcel(v, lang))));
        const clean = (row: ResultValue[]) => row.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)));
        if (grid.every(clean)) expect(out).toBe(grid);
        out.forEach((row, r) => {
          if (clean(grid[r]!)) expect(row).toBe(grid[r]);
        });
      }),
      BOUNDED,
    );
  });

  it("toExcelGrid converts a repeated error once and gives it at each of its positions", () => {
    const out = toExcelGrid([[cellError("#DIV/0!")], [1], [cellError("#N/A", { en: "x", zh: "x" })], [cellError("#N/A", { en: "y", zh: "y" })]], "en");
    expect(out).toEqual([[new StubError("#DIV/0!")], [1], [new StubError("#N/A", "x")], [new StubError("#N/A", "y")]]);
    const shared = cellError("#DIV/0!");
    const twice = toExcelGrid([[shared], [shared]], "en");
    expect(twice[0]![0]).toBe(twice[1]![0]);
  });

  it("toExcelGrid keeps a hole in a row a hole, as converting every cell did", () => {
    const row: ResultValue[] = [cellError("#NUM!")];
    row[2] = 1;
    const out = toExcelGrid([row], "en");
    expect(1 in out[0]!).toBe(false);
    expect(out[0]).toEqual(row.map((v) => toExcel(v, "en")));
  });

  it("toExcelGrid returns a grid a metric marked clean without reading a cell of it", () => {
    const unreadable = new Proxy([1], {
      get(target, key) {
        if (key === "length" || typeof key === "symbol") return Reflect.get(target, key);
        throw new Error(`read ${String(key)}`);
      },
    }) as ResultValue[];
    const grid = markClean([unreadable, unreadable]);
    expect(toExcelGrid(grid, "en")).toBe(grid);
  });

  it("the metrics mark clean results, so a spilled column of numbers and blanks goes out as it is", () => {
    const column = Array.from({ length: 200 }, (_, i) => [i % 9 === 0 ? null : i + 1]);
    const ratio = capexDaRatio(fromExcelGrid(column), 2);
    expect(toExcelGrid(ratio, "en")).toBe(ratio);
    const mix = segmentMix(fromExcelGrid(column));
    expect(toExcelGrid(mix, "en")).toBe(mix);
    // With an error in it, the result is converted (and the other rows are reused).
    const withError = capexDaRatio(fromExcelGrid([[1], [new StubError("#N/A")], [3]]), 2);
    const out = toExcelGrid(withError, "en");
    expect(out).not.toBe(withError);
    expect(out).toEqual([[0.5], [new StubError("#N/A", "An input cell holds the error #N/A. Fix that cell (or wrap it in IFERROR); this result then updates.")], [1.5]]);
    expect(out[0]).toBe(withError[0]);
  });
});
