/**
 * The custom-functions edge: Excel's argument values → core CellValue / Grid, and core results
 * → what Excel shows. Nothing here touches Office at load time; the display language is read
 * when a message is needed, guarded, because this module also loads where Office is absent.
 *
 * What Excel passes (docs/functions.md "What Excel passes"): for `any` parameters, no
 * conversion; blank cells as null (very old desktop builds: 0); an omitted optional argument as
 * null; with `allowErrorForDataTypeAny` error values as error objects; with data types enabled,
 * cell values such as { type: "Double", basicValue: 3 } or { type: "Error", errorType: "Div0" }.
 */
import { cellError, isCellError, langFromLocale, pick, type CellError, type ErrorKind, type Lang } from "../core/errors";
import { isMarkedClean } from "../core/metrics/result-grid";
import type { CellValue, Grid, ResultGrid, ResultValue } from "../core/values";
import { FUNCTIONS_MSG } from "./messages";

/** Excel's display language: zh-* → Chinese, anything else (or no Office) → English. */
export function displayLang(): Lang {
  try {
    return typeof Office !== "undefined" ? langFromLocale(Office.context?.displayLanguage) : "en";
  } catch {
    return "en";
  }
}

const ERROR_KINDS: ReadonlySet<string> = new Set<ErrorKind>([
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#REF!",
  "#NAME?",
  "#NULL!",
  "#GETTING_DATA",
]);

/** Excel.ErrorCellValueType names (data-types form of an error) → the error's code. */
const ERROR_TYPES: Readonly<Record<string, ErrorKind>> = {
  Div0: "#DIV/0!",
  NotAvailable: "#N/A",
  Name: "#NAME?",
  Null: "#NULL!",
  Num: "#NUM!",
  Ref: "#REF!",
  Value: "#VALUE!",
  GettingData: "#GETTING_DATA",
  Busy: "#GETTING_DATA",
};


/** An error code as Excel spells it ("#DIV/0!", "Div0", "#SPILL!") → a core CellError. */
function errorFromCode(code: string): CellError {
  if (ERROR_KINDS.has(code)) return cellError(code as ErrorKind);
  const kind = ERROR_TYPES[code];
  if (kind) return cellError(kind);
  // #SPILL!, #CALC!, #BUSY!, #CONNECT!, ... exist in cells but not in core: report them by name.
  return cellError("#VALUE!", FUNCTIONS_MSG.otherError(code.startsWith("#") ? code : `#${code.toUpperCase()}!`));
}

/** One argument value from Excel → a core cell value. null, undefined and "" are blank. */
export function fromExcel(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (isCellError(value)) return value;
  if (typeof value === "object") {
    const v = value as { code?: unknown; type?: unknown; basicType?: unknown; basicValue?: unknown; errorType?: unknown };
    // CustomFunctions.Error-like: { code: "#N/A", message? }
    if (typeof v.code === "string" && v.code.startsWith("#")) return errorFromCode(v.code);
    // Data-types error: { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }; entities report basicType "Error" too.
    if (v.type === "Error" || v.basicType === "Error") {
      if (typeof v.basicValue === "string" && v.basicValue.startsWith("#")) return errorFromCode(v.basicValue);
      if (typeof v.errorType === "string") return errorFromCode(v.errorType);
      return cellError("#VALUE!", FUNCTIONS_MSG.unsupported);
    }
    // Other cell values (Double, String, Boolean, FormattedNumber, Empty): their basic value.
    if ("basicValue" in v) {
      const basic = v.basicValue;
      if (basic === null || basic === undefined || typeof basic === "object") return cellError("#VALUE!", FUNCTIONS_MSG.unsupported);
      return fromExcel(basic);
    }
  }
  return cellError("#VALUE!", FUNCTIONS_MSG.unsupported);
}

/**
 * A cell core cannot read as it is: empty text, undefined, an object other than a core error
 * (an Excel error or cell value). Anything else is passed on unconverted.
 */
function needsConversion(value: unknown): boolean {
  return value === "" || value === undefined || (typeof value === "object" && value !== null && !isCellError(value));
}

/** A cell `fromExcel` gives back as it is. */
function convertsToItself(value: unknown): boolean {
  const type = typeof value;
  return type === "number" || type === "boolean" || value === null || (type === "string" && value !== "") || isCellError(value);
}

/**
 * A range argument (any[][]) → a core Grid. A single value becomes 1×1. When no cell needs
 * conversion (the usual case) the array is used as is: one read of each cell, no copy.
 * Otherwise each row is converted, except rows whose cells all convert to themselves, which
 * are reused: the values are those of converting every cell.
 */
export function fromExcelGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return [[fromExcel(value)]];
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || !noneNeedsConversion(row)) return convertRows(value);
  }
  return value as Grid;
}

function noneNeedsConversion(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    // Numbers and blanks first: nearly every cell of a figure range is one.
    if (typeof cell === "number" || cell === null) continue;
    if (needsConversion(cell)) return false;
  }
  return true;
}

function convertRows(value: readonly unknown[]): Grid {
  const grid: Grid = new Array<CellValue[]>(value.length);
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row)) grid[r] = [fromExcel(row)];
    else grid[r] = row.every(convertsToItself) ? (row as CellValue[]) : row.map(fromExcel);
  }
  return grid;
}

/** An optional argument: omitted (null/undefined) → undefined, so core applies its default. */
export function fromExcelOptional(value: unknown): CellValue | undefined {
  return value === null || value === undefined ? undefined : fromExcel(value);
}

/** An optional range argument: omitted → undefined, else a Grid. */
export function fromExcelOptionalGrid(value: unknown): Grid | undefined {
  return value === null || value === undefined ? undefined : fromExcelGrid(value);
}

/**
 * A core error → CustomFunctions.Error. Only #VALUE! and #N/A carry a message in Excel; #REF!
 * and #NAME? can come in but cannot be returned, so they go out as #VALUE! saying what came in.
 * An input #VALUE! or #N/A passed through to a position gets a message saying it came from an
 * input cell (every #VALUE! and #N/A a CAPCYCLE function shows says what to do: SPEC §9).
 */
export function toExcelError(error: CellError, lang: Lang): CustomFunctions.Error {
  let code: string = error.error;
  let message = error.message;
  if (code === "#REF!" || code === "#NAME?") {
    message = FUNCTIONS_MSG.otherError(code);
    code = "#VALUE!";
  } else if (code === "#GETTING_DATA") {
    message = FUNCTIONS_MSG.gettingData;
    code = "#N/A";
  } else if (!message && (code === "#VALUE!" || code === "#N/A")) {
    message = FUNCTIONS_MSG.otherError(code);
  }
  const text = message && (code === "#VALUE!" || code === "#N/A") ? pick(message, lang) : undefined;
  return makeError(code, text);
}

/**
 * The error codes are the cell texts ("#VALUE!"), so the string is used rather than the
 * CustomFunctions.ErrorCode enum object: a bare runtime (tests, vm) may define Error but not the enum.
 */
function makeError(code: string, message: string | undefined): CustomFunctions.Error {
  const ctor = typeof CustomFunctions !== "undefined" ? CustomFunctions.Error : undefined;
  if (typeof ctor === "function") {
    return message === undefined
      ? new ctor(code as CustomFunctions.ErrorCode)
      : new ctor(code as CustomFunctions.ErrorCode, message);
  }
  // No runtime at all: an object of the same shape, so callers still get a value, never a throw.
  return (message === undefined ? { code } : { code, message }) as CustomFunctions.Error;
}

/** One result position for Excel: numbers and text as they are ("" is a blank cell), errors converted. */
export function toExcel(value: ResultValue, lang: Lang = displayLang()): number | string | CustomFunctions.Error {
  if (typeof value === "number") return Number.isFinite(value) ? value : makeError("#NUM!", undefined);
  if (typeof value === "string") return value;
  if (isCellError(value)) return toExcelError(value, lang);
  return String(value);
}

/**
 * A result grid for Excel. Blank positions stay "" (null would show 0: office-js #1503). A grid
 * a metric marked clean (only finite numbers and text) is returned as is without reading it;
 * any other grid is read once, and only rows holding something to convert are copied. An empty
 * grid becomes #N/A (Excel cannot spill nothing).
 */
export function toExcelGrid(grid: ResultGrid | CellError, lang: Lang = displayLang()): unknown[][] {
  if (isCellError(grid)) return [[toExcelError(grid, lang)]];
  if (grid.length === 0 || (grid[0]?.length ?? 0) === 0) return [[makeError("#N/A", pick(FUNCTIONS_MSG.empty, lang))]];
  if (isMarkedClean(grid)) return grid;
  let out: unknown[][] | undefined;
  // The same error value at many positions (#DIV/0! down a column) is converted once.
  let lastError: CellError | undefined;
  let lastConverted: CustomFunctions.Error | undefined;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    let converted: unknown[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      if (typeof cell === "string" || (typeof cell === "number" && cell - cell === 0)) continue;
      if (!(c in row)) continue; // a hole stays a hole, as Array.prototype.map leaves it
      converted ??= row.slice();
      if (isCellError(cell)) {
        if (cell !== lastError) {
          lastError = cell;
          lastConverted = toExcelError(cell, lang);
        }
        converted[c] = lastConverted;
      } else converted[c] = toExcel(cell, lang);
    }
    if (converted !== undefined) {
      out ??= grid.slice(0, r);
      out.push(converted);
    } else if (out !== undefined) out.push(row);
  }
  return out ?? grid;
}

/**
 * Run a wrapper body so that nothing escapes as an exception (Excel would show a bare #VALUE!):
 * an unexpected throw becomes #VALUE! with the reason. (runSafely is the project's one name for
 * "run this, turning a throw into a value": src/excel/batch.ts, the dataset functions and the
 * pane's Office reads have their own, each for its layer.)
 */
export function runSafely<T>(body: () => T, shape: "grid"): T | unknown[][];
export function runSafely<T>(body: () => T, shape: "scalar"): T | CustomFunctions.Error;
export function runSafely<T>(body: () => T, shape: "grid" | "scalar"): unknown {
  try {
    return body();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const error = makeError("#VALUE!", pick(FUNCTIONS_MSG.internal(detail), displayLang()));
    return shape === "grid" ? [[error]] : error;
  }
}
