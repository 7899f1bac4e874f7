/**
 * The Excel side of the client library's wire protocol, answered from the in-memory workbook.
 *
 * A request is `{ Actions, ObjectPaths }`. ObjectPaths name objects as a chain from the
 * workbook: 1 global (the workbook), 3 method (`GetRange("A1")` on its parent), 4 property
 * (`Worksheets`), 5 indexer (`worksheets["Model"]`, or an id the host returned), 6 reference id
 * (a Range the host keeps for the library across requests), 7 null object. Actions run in order
 * on those objects: 1 instantiate, 2 query (`QueryInfo.Select/Expand`), 3 method, 4 set
 * property. The answer is `{ Results: [{ ActionId, Value }] }`, or `{ Error: { Code, Message,
 * Location, ActionIndex } }` when the request failed (work before the failing action stays done).
 *
 * One `Session` serves one `Excel.run` of the library and holds one `fake.run` open for its
 * whole life, so each wire request is one request of the in-memory workbook's context and the
 * workbook's own rules (loads, ItemNotFound at sync, non-transactional requests, requirement
 * sets …) decide the outcome. Path ids are stable within a library context, so a path resolved
 * once keeps its proxy (as Excel keeps the object behind it); objects the library addresses by
 * an id it got from us (`_Id`, `_ReferenceId`) are looked up in the session's tables.
 */
import { FakeOfficeError, SHAPE_MISMATCH } from "../workbook/errors";
import { CollectionBase, FakeClientResult, parseLoadOption, ProxyBase, type LoadTree } from "../workbook/proxy";

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Parallel to Arguments: the ObjectPath id of an argument that is an API object, else 0. */
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface WireRequest {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface WireError {
  Code: string;
  Message: string;
  Location: string;
  ActionIndex: number;
}

/** `TraceIds`: the trace markers (ActionType 5) the request got past; event (un)registrations take effect on these. */
export type WireResponse = ({ Results: { ActionId: number; Value: unknown }[] } | { Error: WireError }) & { TraceIds?: number[] };

/** A member the library called that the in-memory workbook does not have (a gap, not an Excel error). */
export class BridgeError extends Error {
  override readonly name = "BridgeError";
}

type Proxy = ProxyBase<unknown>;
/** What one action reports once its request has run. */
type Delivery = () => { ActionId: number; Value: unknown };
type Members = Record<string, unknown>;

/** "GetRange" → "getRange", "Worksheets" → "worksheets" (the library sends Office's original names). */
const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** "values" → "Values": the names the library reads back (`_scalarPropertyOriginalNames`). */
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Ids shaped like Excel's (a braced GUID), so later requests that carry them have Excel's size. */
const guid = (n: number): string => `{00000000-0000-0000-0000-${String(n).padStart(12, "0")}}`;

export class Session {
  private readonly proxies = new Map<number, Proxy>();
  /** Ids handed to the library (`_Id` of an object, `_ReferenceId` of a kept Range) → object. */
  private readonly byId = new Map<string, Proxy>();
  private readonly idOf = new WeakMap<Proxy, string>();
  /** Path ids whose object the library asked us to keep (`_KeepReference`). */
  private readonly kept = new Set<number>();
  private nextId = 1;

  constructor(private readonly context: Excel.RequestContext) {}

  async answer(request: WireRequest): Promise<WireResponse> {
    const paths = request.ObjectPaths ?? {};
    const deliveries: Delivery[] = [];
    const traces: number[] = [];
    let index = 0;
    try {
      for (; index < request.Actions.length; index++) {
        const action = request.Actions[index]!;
        if (action.ActionType === 5) traces.push(action.Id);
        else {
          const step = this.queue(action, paths);
          if (step instanceof Promise) await step;
          else if (step) deliveries.push(step);
        }
      }
      await this.context.sync();
    } catch (error) {
      const failedAt = index < request.Actions.length ? index : undefined;
      // A call refused as it was made: Excel still applies the actions before it.
      if (failedAt !== undefined) await this.context.sync().catch(() => undefined);
      return withTraces({ Error: wireError(error, failedAt) }, traces);
    }
    return withTraces({ Results: deliveries.map((deliver) => deliver()) }, traces);
  }

  /**
   * Queues one action on the workbook's context; returns what to report once the request ran,
   * or a promise when the action needs the workbook's answer before the request goes on.
   */
  private queue(action: ActionInfo, paths: Record<string, ObjectPathInfo>): Delivery | Promise<void> | undefined {
    const target = this.resolve(action.ObjectPathId, paths);
    const report = (value: () => unknown): Delivery => () => ({ ActionId: action.Id, Value: value() });
    switch (action.ActionType) {
      case 1: // instantiate: null for a null object, else the id the library may address it by
        return report(() => this.idResult(target, action.ObjectPathId));
      case 2: {
        const q = action.QueryInfo ?? {};
        if (q.Top !== undefined || q.Skip !== undefined) throw new BridgeError("load with top/skip is not modelled by the in-memory workbook");
        const option = q.Select || q.Expand ? { select: q.Select ?? [], expand: q.Expand ?? [] } : undefined;
        (target as unknown as { load(option?: unknown): void }).load(option);
        const tree = parseLoadOption(option);
        return report(() => (isNull(target) ? null : this.serialize(target, tree)));
      }
      case 3:
        return this.method(target, action, paths, report);
      case 4: {
        const [value] = this.args(action.ArgumentInfo, paths);
        (target as unknown as Members)[memberName(target, action.Name, "property")] = value;
        return undefined;
      }
      default:
        throw new BridgeError(`ActionType ${action.ActionType} (${action.Name}) is not modelled`);
    }
  }

  private method(
    target: Proxy,
    action: ActionInfo,
    paths: Record<string, ObjectPathInfo>,
    report: (value: () => unknown) => Delivery,
  ): Delivery | Promise<void> | undefined {
    const args = this.args(action.ArgumentInfo, paths);
    switch (action.Name) {
      case "_KeepReference": // Excel.run keeps every Range it hands out; answered by the next instantiate
        this.kept.add(action.ObjectPathId);
        return undefined;
      case "_RemoveReference": // the closing clean-up request of Excel.run
        this.byId.delete(String(args[0]));
        return undefined;
      case "_ValidateArraySize": // sent before a write split into row chunks
        return this.validateArraySize(target, args);
    }
    if (action.Name.startsWith("_")) throw new BridgeError(`private method ${action.Name} is not modelled`);
    const fn = member(target, action.Name, "method") as (...a: unknown[]) => unknown;
    const result = fn.apply(target, args);
    if (result instanceof FakeClientResult) return report(() => result.value);
    return undefined;
  }

  /**
   * The shape check of a write the library splits into row chunks: each chunk matches its own
   * rows, so only this check sees an array that does not fit the whole range. The workbook
   * answers it with the range's size, which takes a request of its own (actions before it run).
   */
  private async validateArraySize(target: Proxy, [rows, columns]: unknown[]): Promise<void> {
    const range = target as unknown as { load(option: string): void; rowCount: number; columnCount: number };
    range.load("rowCount,columnCount");
    await this.context.sync();
    if (range.rowCount !== rows || range.columnCount !== columns) throw new FakeOfficeError("InvalidArgument", SHAPE_MISMATCH, "Range._ValidateArraySize");
  }

  private resolve(id: number, paths: Record<string, ObjectPathInfo>): Proxy {
    const known = this.proxies.get(id);
    if (known) return known;
    const info = paths[String(id)];
    if (!info) throw new BridgeError(`object path ${id} is neither in the request nor known`);
    const proxy = this.create(info, paths);
    this.proxies.set(id, proxy);
    return proxy;
  }

  private create(info: ObjectPathInfo, paths: Record<string, ObjectPathInfo>): Proxy {
    const parent = () => this.resolve(info.ParentObjectPathId!, paths);
    switch (info.ObjectPathType) {
      case 1:
        return this.context.workbook as unknown as Proxy;
      case 3: {
        const p = parent();
        const fn = member(p, info.Name, "method") as (...a: unknown[]) => Proxy;
        return fn.apply(p, this.args(info.ArgumentInfo, paths));
      }
      case 4: {
        const p = parent();
        return member(p, info.Name, "property") as Proxy;
      }
      case 5: {
        const [key] = this.args(info.ArgumentInfo, paths);
        const handedOut = this.byId.get(String(key));
        if (handedOut) return handedOut;
        const p = parent();
        return (member(p, "GetItem", "method") as (k: unknown) => Proxy).call(p, key);
      }
      case 6: {
        const kept = this.byId.get(info.Name);
        if (!kept) throw new BridgeError(`reference ${info.Name} was never handed out or was released`);
        return kept;
      }
      default:
        throw new BridgeError(`ObjectPathType ${info.ObjectPathType} is not modelled`);
    }
  }

  /**
   * Arguments, with API objects (sent as their path ids) resolved to the workbook's objects.
   * JSON has no `undefined`: an argument left out travels as null, and Excel reads null as
   * "not given" (`series.add(name)` arrives as ["name", null]); so does the bridge.
   */
  private args(argumentInfo: ArgumentInfo | undefined, paths: Record<string, ObjectPathInfo>): unknown[] {
    const args = (argumentInfo?.Arguments ?? []).map((a) => (a === null ? undefined : a));
    const refs = argumentInfo?.ReferencedObjectPathIds ?? [];
    refs.forEach((ref, i) => {
      if (typeof ref === "number" && ref !== 0) args[i] = this.resolve(ref, paths);
      else if (Array.isArray(ref)) {
        const ids = ref as unknown[];
        args[i] = (args[i] as unknown[]).map((a, j) => {
          const id = ids[j];
          return typeof id === "number" && id !== 0 ? this.resolve(id, paths) : a;
        });
      }
    });
    return args;
  }

  private handOut(proxy: Proxy): string {
    let id = this.idOf.get(proxy);
    if (!id) {
      id = guid(this.nextId++);
      this.idOf.set(proxy, id);
      this.byId.set(id, proxy);
    }
    return id;
  }

  private idResult(proxy: Proxy, pathId: number): unknown {
    if (isNull(proxy)) return null;
    if (proxy === (this.context.workbook as unknown)) return {};
    return this.kept.has(pathId) ? { _ReferenceId: this.handOut(proxy) } : { _Id: this.handOut(proxy) };
  }

  /** A loaded object as Excel sends it: original (Pascal) names, collections as `{ _Items }`. */
  private serialize(proxy: Proxy, tree: LoadTree | null): Record<string, unknown> {
    if (proxy instanceof CollectionBase) {
      const items = (proxy as CollectionBase<unknown, unknown, Proxy>).items;
      const itemTree = itemTreeOf(tree);
      return { _Items: items.map((item) => ({ _Id: this.handOut(item), ...this.serialize(item, itemTree) })) };
    }
    const json = proxy.toJSON();
    const out: Record<string, unknown> = {};
    for (const key of tree ? [...tree.keys()] : Object.keys(json)) {
      const child = (proxy as unknown as Members)[key];
      out[pascal(key)] = child instanceof ProxyBase ? this.serialize(child as Proxy, tree?.get(key) ?? null) : json[key];
    }
    return out;
  }
}

function withTraces(response: WireResponse, traces: number[]): WireResponse {
  return traces.length > 0 ? { ...response, TraceIds: traces } : response;
}

/** The tree for a collection's items: "items/x" and a bare "x" both mean the items' x. */
function itemTreeOf(tree: LoadTree | null): LoadTree | null {
  if (tree === null) return null;
  const out: LoadTree = new Map();
  for (const [key, sub] of tree) {
    if (key !== "items") out.set(key, sub);
    else if (sub === null) return null;
    else for (const [k, s] of sub) out.set(k, s);
  }
  return out;
}

function isNull(proxy: Proxy): boolean {
  try {
    return proxy.isNullObject;
  } catch {
    return false; // never instantiated on its own (a navigation property): exists with its parent
  }
}

/** The workbook's name for a member the library sent ("NumberFormat" → "numberFormat"), checked to exist. */
function memberName(target: Proxy, name: string, kind: "method" | "property"): string {
  const key = camel(name);
  if (!(key in (target as object))) {
    const cls = (target as { constructor: { name: string } }).constructor.name;
    throw new BridgeError(`the in-memory workbook's ${cls} has no ${kind} ${key} (the library sent ${name})`);
  }
  return key;
}

function member(target: Proxy, name: string, kind: "method" | "property"): unknown {
  return (target as unknown as Members)[memberName(target, name, kind)];
}

function wireError(error: unknown, actionIndex: number | undefined): WireError {
  if (error instanceof FakeOfficeError) {
    return { Code: error.code, Message: error.message, Location: error.debugInfo.errorLocation ?? "", ActionIndex: actionIndex ?? 0 };
  }
  throw error;
}
