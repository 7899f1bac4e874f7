/**
 * A strict in-memory Excel for testing code written against Office.js (`Excel.run`), without
 * Excel. Typed against @types/office-js at the boundary; strict where Excel is strict:
 * unloaded properties throw PropertyNotLoaded, writes must match the range's shape, sheet and
 * table names follow Excel's rules, protected sheets refuse writes, requirement sets gate APIs,
 * text that looks like a formula becomes one, requests are not transactional. Formulas are
 * evaluated by HyperFormula (licence "gpl-v3"; tests only — it never ships in the add-in).
 *
 *   const fake = createFakeExcel({ supported: ["ExcelApi 1.8"] });
 *   fake.seed.sheet("Model", { A1: "Capex", A2: 12 });
 *   await fake.run(async (context) => { ... await context.sync(); });
 *   expect(fake.counters.roundTrips).toBe(1);
 *   expect(diffSnapshots(before, fake.snapshot())).toEqual([...]);
 *
 * Not modelled (throws FakeLimitationError, or documented where it lives): structured
 * references in formulas (engine.ts), Range.insert/delete, tables without headers, growing a
 * table into non-empty cells (table-ops.ts), events other than selection changes, undo, conditional formats, data
 * validation, pivot tables, shapes other than charts, worksheet-scoped names.
 */
import type { HyperFormula } from "hyperformula";
import { formatRect, parseAddress, rect } from "./address";
import { formulaAt, valueAt } from "./cells";
import { FakeRequestContext, runBatch } from "./context";
import type { EngineOptions, ExcelValue } from "./engine";
import { EXCEL_ENUMS } from "./enums";
import { FakeHost, zeroCounters, type Counters, type FailureSpec, type Limits } from "./host";
import type { SheetModel, WorkbookModel } from "./model";
import { DEFAULT_SUPPORTED } from "./requirements";
import { createSeeder, type Seeder } from "./seed";
import { addSheet, findSheet } from "./sheet-ops";
import { resolveAddress } from "./range-target";
import { cellSnapshot, takeSnapshot, type CellSnapshot, type WorkbookSnapshot } from "./snapshot";
import { FakeWorkbook } from "./workbook";

export { diffSnapshots } from "./snapshot";
export type { CellSnapshot, ChartSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "./snapshot";
export { FakeLimitationError, FakeOfficeError } from "./errors";
export type { OfficeErrorCode } from "./errors";
export type { Counters, FailureSpec, Limits } from "./host";
export type { Seeder, SeedCell, SeedChart, SeedSeries, SeedSheetOptions } from "./seed";
export { installFakeOffice } from "./install";
export type { InstalledOffice, InstallOptions } from "./install";

/** `Excel.run` as adapter code receives it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface FakeExcelOptions extends EngineOptions {
  /** Requirement sets the host supports ("ExcelApi 1.7"); cumulative. Default: ExcelApi 1.17. */
  supported?: Iterable<string>;
  /** Failures to inject (see FailureSpec). */
  failAt?: FailureSpec | FailureSpec[];
  /** Request and read caps (default: Excel on the web's 5 MB and 5,000,000 cells). */
  limits?: Partial<Limits>;
  /** Sheets a new workbook starts with. Default ["Sheet1"], like Excel. */
  initialSheets?: string[];
}

export type FakeExcelNamespace = typeof EXCEL_ENUMS & { run: ExcelRun };

export interface FakeExcel {
  /** Stand-in for the `Excel` global: `run` plus the string enums. */
  readonly Excel: FakeExcelNamespace;
  readonly run: ExcelRun;
  /** Office.context.requirements.isSetSupported for the configured sets. */
  readonly isSetSupported: (name: string, minVersion?: string | number) => boolean;
  /** The live model (read it in assertions; change it through `seed` or `run`). */
  readonly state: WorkbookModel;
  /** Counters since creation or the last resetCounters(). */
  readonly counters: Counters;
  /** The HyperFormula instance mirroring the sheets. */
  readonly hf: HyperFormula;
  readonly seed: Seeder;
  snapshot(): WorkbookSnapshot;
  resetCounters(): void;
  /** Arms one more failure (see FailureSpec). */
  failNext(spec: FailureSpec): void;
  /** What `range.values` would return for "Sheet!A1:B2", read directly (no proxies, no counting). */
  values(address: string): ExcelValue[][];
  /** What `range.formulas` would return. */
  formulas(address: string): ExcelValue[][];
  /** One cell's snapshot entry ({ value: "" } when empty). */
  cell(address: string): CellSnapshot;
  /**
   * A user selecting `address` on `sheet`: the selection (and active sheet) change, then every
   * registered workbook.onSelectionChanged handler, and the sheet's worksheet.onSelectionChanged
   * handlers, are called (as Excel does, after the change). Resolves when they have all
   * finished; rejects with the first handler's error.
   */
  select(sheet: string, address: string): Promise<void>;
  /**
   * A person selecting a chart (by name) or a shape on `sheet`: getSelectedRange and
   * getSelectedRanges then throw InvalidSelection (office-js #8, #2268); the active cell stays.
   * Selection handlers are called as for `select`.
   */
  selectObject(sheet: string, kind: "chart" | "shape", name: string): Promise<void>;
  /** Cell-edit mode on or off: while on, every request fails with InvalidOperationInCellEditMode. */
  setCellEditMode(editing: boolean): void;
  /**
   * Custom functions answering asynchronously: `hold()` makes every CAPCYCLE.* formula cell
   * show #BUSY! (as Excel does until the functions' runtime returns), `answer()` lets them
   * show their results.
   */
  readonly customFunctions: { hold(): void; answer(): void; readonly pending: boolean };
  /** @internal the host, for the fake's own modules (installFakeOffice). */
  readonly host: FakeHost;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const host = new FakeHost({ ...options, supported: options.supported ?? DEFAULT_SUPPORTED });
  for (const name of options.initialSheets ?? ["Sheet1"]) addSheet(host, name, "createFakeExcel");
  const makeContext = () => {
    const context = new FakeRequestContext(host);
    context.workbook = new FakeWorkbook(context, { target: host.model });
    return context;
  };
  // The one cast at the boundary: the fake context implements the parts of Excel.RequestContext
  // the adapter uses; typing `run` as Excel's keeps adapter code checked against the real API.
  const run = ((...args: unknown[]) => runBatch(host, makeContext, args)) as unknown as ExcelRun;

  const grid = (address: string, read: (r: number, c: number, sheetName: string) => ExcelValue): ExcelValue[][] => {
    const parsed = parseAddress(address);
    const sheet = parsed && (parsed.sheet === undefined ? host.model.activeSheet : findSheet(host, parsed.sheet));
    if (!parsed || !sheet) throw new Error(`No such range: ${address}`);
    const out: ExcelValue[][] = [];
    for (let r = parsed.rect.r0; r < parsed.rect.r0 + parsed.rect.rows; r++) {
      const row: ExcelValue[] = [];
      for (let c = parsed.rect.c0; c < parsed.rect.c0 + parsed.rect.cols; c++) row.push(read(r, c, sheet.name));
      out.push(row);
    }
    return out;
  };
  const sheetNamed = (name: string) => findSheet(host, name)!;
  /** Calls the selection handlers registered now, as Excel does after the selection changed. */
  const notify = async (sheet: SheetModel, address: string): Promise<void> => {
    const handlers = host.events.selectionHandlers(sheet);
    const workbookArgs = { workbook: makeContext().workbook }; // Excel.SelectionChangedEventArgs
    const sheetArgs = { type: "WorksheetSelectionChanged", source: "Local", worksheetId: sheet.id, address };
    const results: unknown[] = [...handlers.workbook.map((h) => h(workbookArgs)), ...handlers.sheet.map((h) => h(sheetArgs))];
    await Promise.all(results);
  };

  return {
    Excel: { ...EXCEL_ENUMS, run },
    run,
    isSetSupported: (name, minVersion) => host.requirements.isSetSupported(name, minVersion),
    state: host.model,
    get counters() {
      return host.counters;
    },
    hf: host.engine.hf,
    seed: createSeeder(host),
    host,
    snapshot: () => takeSnapshot(host),
    resetCounters: () => {
      host.counters = zeroCounters();
    },
    failNext: (spec) => host.armFailure(spec),
    select: async (sheetName, address) => {
      const sheet = findSheet(host, sheetName);
      if (!sheet) throw new Error(`No such sheet: ${sheetName}`);
      // "C5:H5,C9:H9": several areas picked with Ctrl, listed by getSelectedRanges in that order.
      const areas = address.split(",").map((a) => resolveAddress(host, sheet, a.trim(), "select", true));
      const target = areas[0]!;
      if (areas.some((a) => a.sheet !== target.sheet)) throw new Error("All areas must be on one sheet");
      host.model.selection = target;
      host.model.selectionExtra = areas.length > 1 ? { areas: areas.map((a) => a.rect) } : null;
      host.model.activeSheet = target.sheet;
      await notify(target.sheet, formatRect(target.rect));
    },
    selectObject: async (sheetName, kind, name) => {
      const sheet = findSheet(host, sheetName);
      if (!sheet) throw new Error(`No such sheet: ${sheetName}`);
      if (kind === "chart" && !sheet.charts.some((c) => c.name === name)) throw new Error(`No chart ${name} on ${sheetName}`);
      host.model.activeSheet = sheet;
      const cells = host.model.selection?.sheet === sheet ? host.model.selection : { sheet, rect: rect(0, 0, 1, 1) };
      host.model.selection = cells;
      host.model.selectionExtra = { object: kind, name };
      await notify(sheet, formatRect(cells.rect));
    },
    setCellEditMode: (editing) => {
      host.cellEditMode = editing;
    },
    customFunctions: {
      hold: () => {
        host.functionsPending = true;
      },
      answer: () => {
        host.functionsPending = false;
      },
      get pending() {
        return host.functionsPending;
      },
    },
    values: (address) => grid(address, (r, c, s) => valueAt(host, sheetNamed(s), r, c)),
    formulas: (address) => grid(address, (r, c, s) => formulaAt(host, sheetNamed(s), r, c)),
    cell: (address) => {
      const parsed = parseAddress(address);
      const sheet = parsed && (parsed.sheet === undefined ? host.model.activeSheet : findSheet(host, parsed.sheet));
      if (!parsed || !sheet) throw new Error(`No such cell: ${address}`);
      return cellSnapshot(host, sheet, parsed.rect.r0, parsed.rect.c0);
    },
  };
}
