/**
 * The formula engine: one HyperFormula instance mirroring every sheet's cell contents, so
 * formulas written through the fake are evaluated for real (SUM, RRI, cross-sheet references,
 * spills, and — when a test registers them — the CAPCYCLE functions).
 *
 * Configured per HyperFormula's "Compatibility with Microsoft Excel" guide. Known gaps, which
 * the fake reports rather than hides:
 * - Structured references (`Table1[Capex]`, `[@Capex]`) and external references (`[Book]S!A1`)
 *   are not supported by HyperFormula. A formula containing `[` outside a string is rejected with
 *   a FakeLimitationError, so the adapter must write A1 references (our decision: portable and
 *   testable). Excel itself would accept them.
 * - Circular references: HyperFormula gives #CYCLE!; Excel shows 0 (and a warning). The fake reads 0.
 * - Functions HyperFormula lacks evaluate to #NAME?, as in an Excel that lacks them.
 * - After a sheet is deleted, formulas that referred to it evaluate to #REF! but keep their text
 *   (Excel rewrites the text to `#REF!A1`).
 */
import { AlwaysSparse, CellType, DetailedCellError, ErrorType, HyperFormula, type ConfigParams, type RawCellContent } from "hyperformula";
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { FakeLimitationError, officeError } from "./errors";

/** A cell value as `range.values` returns it: "" for empty, errors as their Excel text. */
export type ExcelValue = number | string | boolean;

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA"] as const;

export interface EngineOptions {
  /** Called with the HyperFormula class before the instance is built (register function plugins here). */
  registerFunctions?: (hf: typeof HyperFormula) => void;
  /** Extra HyperFormula configuration, merged over the Excel-compatible defaults. */
  config?: Partial<ConfigParams>;
}

const EXCEL_COMPATIBLE: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  arrayColumnSeparator: ",",
  arrayRowSeparator: ";",
  dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY/MM/DD"],
  timeFormats: ["hh:mm", "hh:mm:ss.sss"],
  caseSensitive: false,
  accentSensitive: true,
  localeLang: "en-US",
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  useArrayArithmetic: true,
  ignoreWhiteSpace: "any",
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  // Excel keeps full double precision in cells (range.values returns 15/7 as 2.142857142857143);
  // HyperFormula's default smart rounding would cut results to 10 digits.
  smartRounding: false,
  maxRows: MAX_ROWS,
  maxColumns: MAX_COLUMNS,
  chooseAddressMappingPolicy: new AlwaysSparse(),
};

/** Splits a formula into literal parts (strings, quoted sheet names) and code parts. */
function segments(formula: string): { text: string; literal: boolean }[] {
  const out: { text: string; literal: boolean }[] = [];
  let code = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      if (code) out.push({ text: code, literal: false });
      code = "";
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j += 1;
      }
      out.push({ text: formula.slice(i, j + 1), literal: true });
      i = j + 1;
      continue;
    }
    code += ch;
    i += 1;
  }
  if (code) out.push({ text: code, literal: false });
  return out;
}

/** HyperFormula's message for a formula it cannot parse (ErrorMessage.ParseError). */
const PARSE_ERROR = "Parsing error.";

/** Excel's refusal of a formula it cannot read. */
export function badFormula(formula: string, location: string): Error {
  return officeError("InvalidArgument", `There's a problem with this formula: ${formula}`, location);
}

export class FormulaEngine {
  readonly hf: HyperFormula;

  constructor(options: EngineOptions = {}) {
    options.registerFunctions?.(HyperFormula);
    this.hf = HyperFormula.buildEmpty({ ...EXCEL_COMPATIBLE, ...options.config });
    // Excel knows TRUE and FALSE as constants; HyperFormula only as functions.
    this.hf.addNamedExpression("TRUE", "=TRUE()");
    this.hf.addNamedExpression("FALSE", "=FALSE()");
  }

  addSheet(name: string): number {
    const added = this.hf.addSheet(name);
    const id = this.hf.getSheetId(added);
    if (id === undefined) throw new Error(`HyperFormula did not add sheet ${name}`);
    return id;
  }

  renameSheet(hfId: number, name: string): void {
    const current = this.hf.getSheetName(hfId);
    if (current !== undefined && current.toUpperCase() === name.toUpperCase() && current !== name) {
      // A case-only rename collides with itself in HyperFormula; step through a free name.
      this.hf.renameSheet(hfId, `__fake_rename_${hfId}`);
    }
    this.hf.renameSheet(hfId, name);
  }

  removeSheet(hfId: number): void {
    this.hf.removeSheet(hfId);
  }

  batch(fn: () => void): void {
    this.hf.batch(fn);
  }

  /** A block of cells in one call (far faster than cell by cell). */
  setBlock(hfId: number, row: number, col: number, raw: RawCellContent[][]): void {
    this.hf.setCellContents({ sheet: hfId, row, col }, raw);
  }

  value(hfId: number, row: number, col: number): ExcelValue {
    const v = this.hf.getCellValue({ sheet: hfId, row, col });
    if (v === null || v === undefined) return "";
    if (v instanceof DetailedCellError) return v.type === ErrorType.CYCLE ? 0 : v.value;
    return v;
  }

  formula(hfId: number, row: number, col: number): string | undefined {
    return this.hf.getCellFormula({ sheet: hfId, row, col });
  }

  /** True for cells filled by another cell's spilled array (no content of their own). */
  isSpillChild(hfId: number, row: number, col: number): boolean {
    return this.hf.getCellType({ sheet: hfId, row, col }) === CellType.ARRAY;
  }

  /** Rows × columns a formula at (row, col) spills into, or null when it is not an array formula. */
  spillExtent(hfId: number, row: number, col: number): { rows: number; cols: number } | null {
    if (this.hf.getCellType({ sheet: hfId, row, col }) !== CellType.ARRAYFORMULA) return null;
    let rows = 1;
    while (row + rows < MAX_ROWS && this.isSpillChild(hfId, row + rows, col)) rows += 1;
    let cols = 1;
    while (col + cols < MAX_COLUMNS && this.isSpillChild(hfId, row, col + cols)) cols += 1;
    return { rows, cols };
  }

  /**
   * Checks a formula the way Excel would at entry, and rewrites what HyperFormula parses
   * differently from Excel (unquoted sheet names with non-ASCII letters or periods).
   * Throws InvalidArgument for a formula Excel would refuse, FakeLimitationError for one the
   * engine cannot evaluate.
   */
  prepareFormula(formula: string, sheetNames: readonly string[], location: string): string {
    const prepared = this.rewriteFormula(formula, sheetNames);
    if (!this.hf.validateFormula(prepared)) throw badFormula(formula, location);
    return prepared;
  }

  /**
   * prepareFormula without the syntax check, for block writes: they check syntax after
   * writing (`isRefusedFormula`), so each formula is parsed once, at its own cell. (HyperFormula
   * caches parses by the formula's relative shape, which `validateFormula` — always parsing at
   * A1 — cannot reuse: row after row of `=B5*2`, `=B6*2`… would each be parsed in full.)
   */
  rewriteFormula(formula: string, sheetNames: readonly string[]): string {
    const parts = segments(formula);
    for (const part of parts) {
      if (!part.literal && part.text.includes("[")) {
        throw new FakeLimitationError(
          `formula ${JSON.stringify(formula)} uses a structured or external reference ("[...]"); HyperFormula cannot evaluate it. Write A1 references (e.g. Sheet1!$B$2:$B$6).`,
        );
      }
    }
    const known = new Map(sheetNames.map((n) => [n.toUpperCase(), n]));
    return parts
      .map((part) =>
        part.literal
          ? part.text
          : part.text.replace(/([\p{L}_][\p{L}\p{N}_.]*)!/gu, (whole, name: string) => {
              const sheet = known.get(name.toUpperCase());
              return sheet !== undefined && /[^A-Za-z0-9_]/.test(name) ? `'${sheet.replace(/'/g, "''")}'!` : whole;
            }),
      )
      .join("");
  }

  /**
   * True when the cell holds `formula` and it is one Excel refuses at entry: HyperFormula could
   * not parse it (confirmed with validateFormula, which is what the fake has always applied, so
   * formulas HyperFormula stores as errors for other reasons are not refused).
   */
  isRefusedFormula(hfId: number, row: number, col: number, formula: string): boolean {
    const v = this.hf.getCellValue({ sheet: hfId, row, col });
    return v instanceof DetailedCellError && v.type === ErrorType.ERROR && v.message.startsWith(PARSE_ERROR) && !this.hf.validateFormula(formula);
  }

  /** True when the cell holds a formula (its own, not a spilled neighbour's); cheaper than `formula()`. */
  hasFormula(hfId: number, row: number, col: number): boolean {
    return this.hf.doesCellHaveFormula({ sheet: hfId, row, col });
  }

  /** What a cell holds as HyperFormula would take it back (null for empty and spilled cells). */
  currentContent(hfId: number, row: number, col: number): RawCellContent {
    const address = { sheet: hfId, row, col };
    const type = this.hf.getCellType(address);
    return type === CellType.EMPTY || type === CellType.ARRAY ? null : (this.hf.getCellSerialized(address));
  }

  /** Reverts the last batch or change (a block write refused after the fact). */
  undo(): void {
    this.hf.undo();
  }

  addName(name: string, formula: string): void {
    this.hf.addNamedExpression(name, formula);
  }

  changeName(name: string, formula: string): void {
    this.hf.changeNamedExpression(name, formula);
  }

  removeName(name: string): void {
    this.hf.removeNamedExpression(name);
  }
}
