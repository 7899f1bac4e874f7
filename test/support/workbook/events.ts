/**
 * Selection events: `workbook.onSelectionChanged` (ExcelApi 1.2) and
 * `worksheet.onSelectionChanged` (ExcelApi 1.7), as Office.js's EventHandlers.
 *
 * As in Office.js, `add(handler)` and `result.remove()` take effect when the request that
 * carries them is sent: a handler added but never synced hears nothing, and one removed keeps
 * hearing until the remove is synced. The remove is queued on the context the handler was
 * added in ("remove with the same RequestContext", Excel's events docs), which may be synced
 * after its Excel.run ended. Selection changes come from tests through `fake.select(...)`.
 */
import type { FakeRequestContext } from "./context";
import type { SheetModel } from "./model";

/** A handler as Office.js receives it: called with the event's arguments, may return a promise. */
export type EventHandler = (args: unknown) => unknown;

/** Registered handlers, by source: the workbook, or a sheet (by its id). */
export class EventRegistry {
  readonly workbookSelection = new Set<EventHandler>();
  readonly sheetSelection = new Map<string, Set<EventHandler>>();

  forSheet(sheetId: string): Set<EventHandler> {
    let set = this.sheetSelection.get(sheetId);
    if (!set) this.sheetSelection.set(sheetId, (set = new Set()));
    return set;
  }

  /** Handlers registered now, workbook first (copies: a handler may remove itself). */
  selectionHandlers(sheet: SheetModel): { workbook: EventHandler[]; sheet: EventHandler[] } {
    return { workbook: [...this.workbookSelection], sheet: [...(this.sheetSelection.get(sheet.id) ?? [])] };
  }
}

/** OfficeExtension.EventHandlerResult. */
export class FakeEventHandlerResult {
  private removed = false;
  constructor(
    readonly context: FakeRequestContext,
    private readonly opName: string,
    private readonly registry: () => Set<EventHandler> | null,
    private readonly handler: EventHandler,
  ) {}

  /** Queues the removal; it takes effect at the next sync of `context`. */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    this.context._enqueueEvent(`${this.opName}.remove`, () => {
      this.registry()?.delete(this.handler);
    });
  }
}

/** OfficeExtension.EventHandlers: `add(handler)` queues the registration. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    /** Operation name prefix, e.g. "workbook.onSelectionChanged". */
    private readonly opName: string,
    /** The handler set, resolved when the request runs (null: the source is gone). */
    private readonly registry: () => Set<EventHandler> | null,
  ) {}

  add(handler: EventHandler): FakeEventHandlerResult {
    if (typeof handler !== "function") throw new TypeError(`${this.opName}.add needs a function`);
    let resolved: Set<EventHandler> | null = null;
    this.context._enqueue(`${this.opName}.add`, () => {
      resolved = this.registry();
      resolved?.add(handler);
    });
    return new FakeEventHandlerResult(this.context, this.opName, () => resolved, handler);
  }
}
