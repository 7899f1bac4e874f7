/**
 * RequestContext and Excel.run. Proxies queue operations on their context; `sync()` sends them
 * as one request (a round trip) to the host, then delivers loaded values and null-object
 * flags — only if the whole request succeeded, as in Office.js where a failed request returns
 * nothing but the error. An empty sync sends nothing and costs no round trip (as Office.js).
 * After `run` ends, the context is closed: using its objects throws InvalidObjectPath.
 */
import { officeError } from "./errors";
import type { FakeHost, Op } from "./host";

/** What proxies need from their context (kept narrow so proxy.ts does not import the workbook). */
export interface ResolvedMarker {
  _markKnown(): void;
}

export class FakeRequestContext {
  /** Set by the factory right after construction (breaks the context ↔ workbook import cycle). */
  workbook!: unknown;
  readonly trackedObjects = {
    add: (_obj: unknown): void => undefined,
    remove: (_obj: unknown): void => undefined,
  };
  private queue: Op[] = [];
  /** Queued event (un)registrations: the only work a closed context may still send. */
  private eventOps = new WeakSet<Op>();
  private commits: (() => void)[] = [];
  private touched = new Set<ResolvedMarker>();
  private closed = false;

  constructor(readonly _host: FakeHost) {}

  get application(): unknown {
    return (this.workbook as { application: unknown }).application;
  }

  /** context.load(object, option) is object.load(option). */
  load(object: { load(option?: unknown): unknown }, option?: unknown): void {
    object.load(option);
  }


  _checkOpen(location: string): void {
    if (this.closed) throw officeError("InvalidObjectPath", undefined, location);
  }

  _enqueue(name: string, run: () => void, bytes = 64): void {
    this._checkOpen(name);
    this.queue.push({ name, run, bytes });
  }

  /**
   * Queues an event handler's removal. Office.js removes a handler through the context it was
   * added in, also after that context's Excel.run ended, so this works on a closed context.
   */
  _enqueueEvent(name: string, run: () => void): void {
    const op = { name, run, bytes: 64 };
    this.eventOps.add(op);
    this.queue.push(op);
  }

  /** Runs after the current request succeeds (delivering loaded values). */
  _afterSuccess(commit: () => void): void {
    this.commits.push(commit);
  }

  _touch(proxy: ResolvedMarker): void {
    this.touched.add(proxy);
  }

  /** context.sync(): counted in `syncCount`; a request is sent only when something is queued. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const onlyEvents = this.queue.length > 0 && this.queue.every((op) => this.eventOps.has(op));
    if (!onlyEvents) this._checkOpen("RequestContext.sync");
    this._host.counters.syncCount += 1;
    return this._send(passThroughValue);
  }

  /** Sends what is queued (the implicit sync at the end of Excel.run is not a `syncCount`). */
  async _send<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (ops.length === 0) return passThroughValue as T;
    this.commits = [];
    this.touched = new Set();
    try {
      this._host.execute(ops);
    } catch (error) {
      this.commits = [];
      this.touched = new Set();
      throw error;
    }
    for (const commit of this.commits) commit();
    for (const proxy of this.touched) proxy._markKnown();
    this.commits = [];
    this.touched = new Set();
    return passThroughValue as T;
  }

  _close(): void {
    this.queue = [];
    this.closed = true;
  }

  get _isClosed(): boolean {
    return this.closed;
  }
}

/** `Excel.run(batch)` / `Excel.run(objects, batch)` against the fake. */
export async function runBatch<T>(host: FakeHost, makeContext: () => FakeRequestContext, args: unknown[]): Promise<T> {
  const batch = args[args.length - 1];
  if (typeof batch !== "function") throw officeError("InvalidArgument", undefined, "Excel.run");
  host.counters.runs += 1;
  const context = makeContext();
  try {
    const pending: unknown = (batch as (ctx: unknown) => unknown)(context);
    if (pending === null || typeof pending !== "object" || typeof (pending as { then?: unknown }).then !== "function") {
      throw officeError("RunMustReturnPromise", undefined, "Excel.run");
    }
    const result = (await (pending as PromiseLike<unknown>)) as T;
    await context._send();
    return result;
  } finally {
    context._close();
  }
}
