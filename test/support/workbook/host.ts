/**
 * The "Excel process" behind the proxies: the workbook model, the formula engine, requirement
 * sets, limits, counters and failure injection. A request (one `context.sync()` with queued
 * operations) is executed here, operation by operation, in order. Like Excel, a request is not
 * transactional: when operation k fails, operations 1…k−1 have taken effect, k+1… never run,
 * and no loaded values from that request reach the proxies.
 */
import type { Rect } from "./address";
import { FormulaEngine, type EngineOptions, type ExcelValue } from "./engine";
import { officeError, type OfficeErrorCode } from "./errors";
import { EventRegistry } from "./events";
import { emptyWorkbook, type SheetModel, type WorkbookModel } from "./model";
import { Requirements } from "./requirements";

/** One queued API call. */
export interface Op {
  readonly name: string;
  readonly run: () => void;
  /** Approximate bytes this call adds to the request body. */
  readonly bytes: number;
}

/**
 * Makes one operation fail with GeneralException (or `code`), so tests can check rollback.
 * - `{ sync: 2 }`: the 2nd request sent (counting every run) fails before any of its operations
 *   apply; with `afterOps: k` its first k operations apply first.
 * - `{ call: "charts.add", nth: 1 }`: the 1st execution of that operation fails; earlier
 *   operations in the same request have applied. Operation names are listed in `counters.calls`.
 * Each spec fires once.
 */
export interface FailureSpec {
  sync?: number;
  afterOps?: number;
  call?: string;
  nth?: number;
  code?: OfficeErrorCode;
  message?: string;
}

export interface Limits {
  /** Bytes in one request (Excel on the web: 5 MB). */
  requestBytes: number;
  /** Cells one load may return (Excel: 5,000,000). */
  readCells: number;
}

export interface Counters {
  /** Excel.run calls. */
  runs: number;
  /** context.sync() calls made by batches, including ones with nothing queued (those send nothing); not the implicit sync at the end of Excel.run. */
  syncCount: number;
  /** Requests actually sent: syncs with queued operations, including the implicit final one of Excel.run. */
  roundTrips: number;
  /** Queued operations per request sent, in order. */
  opsPerRoundTrip: number[];
  /** Operation names per request sent, in order. */
  opNamesPerRoundTrip: string[][];
  /** Executions per operation name ("charts.add": 2). */
  calls: Record<string, number>;
  /** application.suspendApiCalculationUntilNextSync() calls. */
  suspendCalculation: number;
  /** application.calculate() calls. */
  calculate: number;
}

export function zeroCounters(): Counters {
  return {
    runs: 0,
    syncCount: 0,
    roundTrips: 0,
    opsPerRoundTrip: [],
    opNamesPerRoundTrip: [],
    calls: {},
    suspendCalculation: 0,
    calculate: 0,
  };
}

export interface HostOptions extends EngineOptions {
  supported?: Iterable<string>;
  failAt?: FailureSpec | FailureSpec[];
  limits?: Partial<Limits>;
}

export class FakeHost {
  readonly model: WorkbookModel = emptyWorkbook();
  readonly engine: FormulaEngine;
  readonly requirements: Requirements;
  readonly limits: Limits;
  /** Registered event handlers (selection changes). */
  readonly events = new EventRegistry();
  counters: Counters = zeroCounters();
  /**
   * The person is typing in a cell: Excel refuses every request with
   * InvalidOperationInCellEditMode (office-js #625, #3388; README "Host behaviours").
   */
  cellEditMode = false;
  /**
   * Custom functions have not answered yet: cells whose formula calls CAPCYCLE.* show #BUSY!
   * (README "Host behaviours"). Tests end it with `fake.customFunctions.answer()`.
   */
  functionsPending = false;
  private failures: FailureSpec[];
  /**
   * Values shown while calculation is off (manual mode, or suspended through the API):
   * sheet id → cell key → value. Formula cells read from here; entered cells are computed on
   * entry; dependants stay stale until application.calculate() or a switch to Automatic.
   */
  private frozen: Map<string, Map<string, ExcelValue>> | null = null;

  constructor(options: HostOptions & { supported: Iterable<string> }) {
    this.engine = new FormulaEngine(options);
    this.requirements = new Requirements(options.supported);
    this.limits = { requestBytes: 5 * 1024 * 1024, readCells: 5_000_000, ...options.limits };
    const failAt = options.failAt;
    this.failures = failAt === undefined ? [] : Array.isArray(failAt) ? [...failAt] : [failAt];
  }

  armFailure(spec: FailureSpec): void {
    this.failures.push(spec);
  }

  /** Executes one request. Throws the first failing operation's error. */
  execute(ops: readonly Op[]): void {
    this.counters.roundTrips += 1;
    if (this.cellEditMode) {
      this.counters.opsPerRoundTrip.push(ops.length);
      this.counters.opNamesPerRoundTrip.push(ops.map((o) => o.name));
      throw officeError("InvalidOperationInCellEditMode", undefined, "RequestContext.sync");
    }
    const trip = this.counters.roundTrips;
    this.counters.opsPerRoundTrip.push(ops.length);
    this.counters.opNamesPerRoundTrip.push(ops.map((o) => o.name));
    const bytes = ops.reduce((sum, o) => sum + o.bytes, 0);
    if (bytes > this.limits.requestBytes) {
      throw officeError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytes} bytes) has exceeded the limit.`);
    }
    const syncFailure = this.takeFailure((f) => f.sync === trip);
    ops.forEach((op, index) => {
      if (syncFailure && index === (syncFailure.afterOps ?? 0)) throw this.failureError(syncFailure, op.name);
      const count = (this.counters.calls[op.name] ?? 0) + 1;
      this.counters.calls[op.name] = count;
      const callFailure = this.takeFailure((f) => f.call === op.name && (f.nth ?? 1) === count);
      if (callFailure) throw this.failureError(callFailure, op.name);
      op.run();
    });
    if (syncFailure) throw this.failureError(syncFailure, "sync");
  }

  private takeFailure(match: (f: FailureSpec) => boolean): FailureSpec | undefined {
    const index = this.failures.findIndex(match);
    if (index < 0) return undefined;
    return this.failures.splice(index, 1)[0];
  }

  private failureError(spec: FailureSpec, location: string) {
    return officeError(spec.code ?? "GeneralException", spec.message, location);
  }

  // --- calculation -------------------------------------------------------------------------

  get calculationFrozen(): boolean {
    return this.frozen !== null;
  }

  /** Stops recalculation: formula cells keep showing what they show now. */
  freezeCalculation(): void {
    if (this.frozen) return;
    const frozen = new Map<string, Map<string, ExcelValue>>();
    for (const sheet of this.model.sheets) frozen.set(sheet.id, this.formulaValues(sheet));
    this.frozen = frozen;
  }

  /** Recalculates everything (Excel's calculate / switch to Automatic). */
  thawCalculation(): void {
    this.frozen = null;
  }

  /** application.calculate(): every formula shows its current result; Manual mode stays manual. */
  recalculate(): void {
    this.frozen = null;
    if (this.model.calculationMode === "Manual") this.freezeCalculation();
  }

  /** Called after a cell is entered: Excel computes the entered cell even when calculation is off. */
  noteEntered(sheet: SheetModel, cells: Rect): void {
    if (!this.frozen) return;
    let shown = this.frozen.get(sheet.id);
    if (!shown) {
      shown = new Map();
      this.frozen.set(sheet.id, shown);
    }
    for (let r = cells.r0; r < cells.r0 + cells.rows; r++) {
      for (let c = cells.c0; c < cells.c0 + cells.cols; c++) {
        const key = `${r},${c}`;
        if (!this.engine.hasFormula(sheet.hfId, r, c)) shown.delete(key);
        else shown.set(key, this.engine.value(sheet.hfId, r, c));
      }
    }
  }

  /** The value a cell shows, honouring frozen calculation. */
  shownValue(sheet: SheetModel, r: number, c: number): ExcelValue {
    if (this.functionsPending && this.callsCustomFunction(sheet, r, c)) return "#BUSY!";
    if (this.frozen) {
      const v = this.frozen.get(sheet.id)?.get(`${r},${c}`);
      if (v !== undefined) return v;
    }
    return this.engine.value(sheet.hfId, r, c);
  }

  private callsCustomFunction(sheet: SheetModel, r: number, c: number): boolean {
    const formula = this.engine.formula(sheet.hfId, r, c);
    return typeof formula === "string" && /\bCAPCYCLE\./i.test(formula);
  }

  private formulaValues(sheet: SheetModel): Map<string, ExcelValue> {
    const out = new Map<string, ExcelValue>();
    for (const key of sheet.content) {
      const comma = key.indexOf(",");
      const r = Number(key.slice(0, comma));
      const c = Number(key.slice(comma + 1));
      if (!this.engine.hasFormula(sheet.hfId, r, c)) continue;
      out.set(key, this.engine.value(sheet.hfId, r, c));
      const spill = this.engine.spillExtent(sheet.hfId, r, c);
      if (!spill) continue;
      for (let dr = 0; dr < spill.rows; dr++) {
        for (let dc = 0; dc < spill.cols; dc++) {
          if (dr || dc) out.set(`${r + dr},${c + dc}`, this.engine.value(sheet.hfId, r + dr, c + dc));
        }
      }
    }
    return out;
  }

  // --- lookups -----------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  isAlive(sheet: SheetModel): boolean {
    return this.model.sheets.includes(sheet);
  }
}
