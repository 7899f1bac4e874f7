/** The functions edge: Excel argument values in, Excel results out (CustomFunctions stubbed as a global). */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cellError, isCellError } from "../../src/core/errors";
import {
  displayLang,
  fromExcel,
  fromExcelGrid,
  fromExcelOptional,
  fromExcelOptionalGrid,
  safely,
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

describe("safely", () => {
  it("turns an unexpected throw into #VALUE! with the reason", () => {
    const grid = safely(() => {
      throw new Error("boom");
    }, "grid") as StubError[][];
    expect(grid[0]![0]!.code).toBe("#VALUE!");
    expect(grid[0]![0]!.message).toContain("boom");
    const one = safely(() => {
      throw "plain";
    }, "scalar") as StubError;
    expect(one.message).toContain("plain");
  });

  it("returns the body's value when it does not throw", () => {
    expect(safely(() => 3, "scalar")).toBe(3);
  });
});
