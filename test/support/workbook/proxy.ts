/**
 * Proxy semantics shared by every fake Office.js object, as the client library implements them:
 * - Creating an object (getItem, getRange, add …) queues its instantiation; resolution (and any
 *   ItemNotFound) happens at sync, in order. `getItemOrNullObject` resolves to null instead.
 * - `load()` takes property paths through navigation properties ("format/font/bold",
 *   "items/charts/items/name"): the objects on the path are loaded in the same request.
 * - Reading a property that was not loaded throws PropertyNotLoaded; after a sync, a null
 *   object's properties read as undefined and `isNullObject` is true (readable only after sync).
 * - Setting a property keeps the value locally (readable at once, as in Office.js) and queues
 *   the write; writes and methods on a null object do nothing (so
 *   `getItemOrNullObject("x").delete()` is safe, as in Office.js samples).
 * - Values cross the "wire" as JSON at sync time (NaN becomes null, Dates become strings).
 * - Requirement sets are checked in the client: methods throw ApiNotFound when called,
 *   properties when read (and their writes fail at sync).
 */
import type { FakeRequestContext } from "./context";
import { officeError, propertyNotLoaded } from "./errors";
import type { FakeHost } from "./host";

export interface ScalarSpec<T> {
  read: (target: T) => unknown;
  write?: (target: T, value: unknown) => void;
  /** The ExcelApi version the property needs. */
  requires?: string;
  /** Not loaded by a bare `load()` (costly to compute). */
  explicitOnly?: boolean;
}

/** What a navigation child must offer its parent (load delegation, set, toJSON). */
export interface NavigationChild {
  _collect(tree: LoadTree | null): () => void;
  set(properties: Record<string, unknown>, options?: { throwOnReadOnly?: boolean }): void;
  toJSON(): Record<string, unknown>;
  /** What the parent's toJSON shows for this child (undefined: nothing loaded). */
  _navigationJSON(): unknown;
}

/** Anything that can be instantiated on the host. */
export interface Instantiable {
  _target(): unknown;
}

/**
 * A navigation property a load path may go through (`range.load("format/font/bold")`,
 * `worksheets.load("items/charts/items/name")`): the child proxy, and the ExcelApi version the
 * property needs when it is not 1.1. The fake lists exactly the navigation properties that
 * Office.js's `<Class>LoadOptions` list (and that it models); any other name in a load path is
 * InvalidArgument at sync.
 */
export type NavigationSpec = (() => NavigationChild) | { readonly child: () => NavigationChild; readonly requires: string };

function navigationChild(nav: NavigationSpec): NavigationChild {
  return typeof nav === "function" ? nav() : nav.child();
}

export interface ObjectSpec<T> {
  /** Office.js class name, for messages: "Range", "ChartSeries". */
  readonly className: string;
  /** Prefix of operation names: "range" → "range.values", "range.load". */
  readonly kind: string;
  readonly scalars: Readonly<Record<string, ScalarSpec<T>>>;
  readonly navigation?: Readonly<Record<string, NavigationSpec>>;
  /** False once the object is gone (deleted sheet, table, chart): using it throws ItemNotFound. */
  readonly alive?: (target: T) => boolean;
}

/** Parsed load option: property → sub-tree, or null for "all scalar properties". */
export type LoadTree = Map<string, LoadTree | null>;

export function parseLoadOption(option: unknown): LoadTree | null {
  if (option === undefined || option === null) return null;
  const paths: string[] = [];
  const add = (v: unknown): void => {
    if (typeof v === "string") paths.push(...v.split(","));
    else if (Array.isArray(v)) v.forEach(add);
  };
  if (typeof option === "string" || Array.isArray(option)) add(option);
  else if (typeof option === "object") {
    add((option as { select?: unknown }).select);
    add((option as { expand?: unknown }).expand);
  }
  const tree: LoadTree = new Map();
  for (const raw of paths) {
    const parts = raw.split("/").map((p) => p.trim()).filter((p) => p.length > 0);
    let node: LoadTree = tree;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i === parts.length - 1) {
        if (!node.has(part)) node.set(part, null);
        break;
      }
      if (node.has(part) && node.get(part) === null) break; // already "all"
      let next = node.get(part);
      if (!next) {
        next = new Map();
        node.set(part, next);
      }
      node = next;
    }
  }
  return tree.size > 0 ? tree : null;
}

/** Office.js serializes arguments as JSON when the request is built. */
export function wire<V>(value: V): V {
  if (value === undefined) return value;
  return JSON.parse(JSON.stringify(value)) as V;
}

export function wireBytes(value: unknown): number {
  if (value === undefined) return 16;
  return (JSON.stringify(value)?.length ?? 4) + 48;
}

/** OfficeExtension.ClientResult: `value` is readable after the sync that computed it. */
export class FakeClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  get value(): V {
    if (!this.loaded) throw officeError("ValueNotLoaded", undefined, "ClientResult.value");
    return this.result as V;
  }

  _resolve(value: V): void {
    this.loaded = true;
    this.result = value;
  }
}

/** How a proxy finds its target: resolved at first use in a request, or already known (collection items). */
export type Source<T> = (() => T | null) | { readonly target: T };

/** A proxy class, passed where a method creates an object of that class. */
export type ProxyClass<X, C> = new (context: FakeRequestContext, source: Source<X>) => C;

export abstract class ProxyBase<T> {
  readonly context: FakeRequestContext;
  _isNull: boolean | undefined = undefined;
  protected readonly _loaded = new Map<string, unknown>();
  private readonly resolver: () => T | null;
  private resolved = false;
  private targetValue: T | null = null;
  private specCache: ObjectSpec<T> | undefined = undefined;
  private readonly navCache = new Map<string, unknown>();

  constructor(context: FakeRequestContext, source: Source<T>) {
    this.context = context;
    if (typeof source === "function") {
      this.resolver = source;
    } else {
      this.resolver = () => source.target;
      this.resolved = true;
      this.targetValue = source.target;
    }
    // Proxies are closed: assigning a property the fake does not model (sheet.showGridlines)
    // throws a TypeError instead of silently "working". Subclasses therefore declare no fields.
    Object.preventExtensions(this);
  }

  protected abstract _describe(): ObjectSpec<T>;

  protected get _spec(): ObjectSpec<T> {
    this.specCache ??= this._describe();
    return this.specCache;
  }

  protected get _host(): FakeHost {
    return this.context._host;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  _markKnown(): void {
    if (this.resolved) this._isNull = this.targetValue === null;
  }

  /** Instantiates the object on the "host" (first use in an executing request) and returns its target. */
  _target(): T | null {
    if (!this.resolved) {
      this.targetValue = this.resolver();
      this.resolved = true;
    }
    this.context._touch(this);
    const target = this.targetValue;
    if (target !== null && this._spec.alive && !this._spec.alive(target)) {
      throw officeError("ItemNotFound", undefined, this._spec.className);
    }
    return target;
  }

  /** Throws ApiNotFound now when the host lacks the ExcelApi version. */
  protected _requires(member: string, version: string | undefined): void {
    this._host.requirements.require(`${this._spec.className}.${member}`, version);
  }

  protected _get<V>(name: string): V {
    const spec = this._spec.scalars[name];
    if (spec?.requires) this._requires(name, spec.requires);
    if (this._loaded.has(name)) return this._loaded.get(name) as V;
    if (this._isNull === true) return undefined as V;
    throw propertyNotLoaded(name, `${this._spec.className}.${name}`);
  }

  protected _set(name: string, value: unknown): void {
    const spec = this._spec.scalars[name];
    const write = spec?.write;
    if (!spec || !write) {
      throw officeError("CannotUpdateReadOnlyProperty", `The property '${name}' is read-only and it cannot be updated.`, `${this._spec.className}.${name}`);
    }
    this.context._checkOpen(`${this._spec.className}.${name}`);
    this._loaded.set(name, value);
    this.context._enqueue(
      `${this._spec.kind}.${name}`,
      () => {
        this._host.requirements.require(`${this._spec.className}.${name}`, spec.requires);
        // Docs ("null and blank values"): null is not a valid value for a whole property.
        if (value === null || value === undefined) {
          throw officeError("InvalidArgument", `null is not a valid value for ${name}.`, `${this._spec.className}.${name}`);
        }
        const target = this._target();
        if (target !== null) write(target, wire(value));
      },
      wireBytes(value),
    );
  }

  /** Queues a method with no result. `args` only count towards the request size. */
  protected _call(member: string, run: (target: T) => void, options: { requires?: string; args?: unknown } = {}): void {
    this._requires(member, options.requires);
    this.context._enqueue(
      `${this._spec.kind}.${member}`,
      () => {
        const target = this._target();
        if (target !== null) run(target);
      },
      wireBytes(options.args),
    );
  }

  /** Queues a method whose result arrives as a ClientResult after the sync. */
  protected _callResult<R>(member: string, run: (target: T) => R, options: { requires?: string; args?: unknown } = {}): FakeClientResult<R> {
    this._requires(member, options.requires);
    const result = new FakeClientResult<R>();
    this.context._enqueue(
      `${this._spec.kind}.${member}`,
      () => {
        const target = this._target();
        const value = target === null ? (null as R) : wire(run(target));
        this.context._afterSuccess(() => result._resolve(value));
      },
      wireBytes(options.args),
    );
    return result;
  }

  /** Queues a method returning an object; the object resolves (or fails) when the request runs. */
  protected _callObject<X, C extends Instantiable>(
    member: string,
    make: ProxyClass<X, C>,
    resolve: (target: T) => NoInfer<X> | null,
    options: { requires?: string; args?: unknown; queue?: string } = {},
  ): C {
    this._requires(member, options.requires);
    const child = new make(this.context, () => {
      const target = this._target();
      return target === null ? null : resolve(target);
    });
    this.context._enqueue(
      options.queue ?? `${this._spec.kind}.${member}`,
      () => {
        child._target();
      },
      wireBytes(options.args),
    );
    return child;
  }

  /** A navigation property (range.format, chart.title): no request of its own. */
  protected _navigate<X, C>(key: string, make: ProxyClass<X, C>, derive: (target: T) => NoInfer<X>): C {
    let child = this.navCache.get(key) as C | undefined;
    if (child === undefined) {
      child = new make(this.context, () => {
        const target = this._target();
        return target === null ? null : derive(target);
      });
      this.navCache.set(key, child);
    }
    return child;
  }

  /** Checks an object argument (a Range passed to setData …) belongs to this request context. */
  protected _argument<A>(value: A, member: string): A {
    if (!(value instanceof ProxyBase)) {
      throw officeError("InvalidArgument", `The argument of ${member} must be an API object.`, `${this._spec.className}.${member}`);
    }
    if (value.context !== this.context) {
      throw officeError("InvalidRequestContext", undefined, `${this._spec.className}.${member}`);
    }
    return value;
  }

  load(option?: unknown): this {
    const tree = parseLoadOption(option);
    this.context._enqueue(`${this._spec.kind}.load`, () => {
      const commit = this._collect(tree);
      this.context._afterSuccess(commit);
    });
    return this;
  }

  /** Computes the requested properties now (at this point of the request); returns the delivery. */
  _collect(tree: LoadTree | null): () => void {
    const target = this._target();
    if (target === null) return () => undefined;
    const spec = this._spec;
    const values = new Map<string, unknown>();
    const nested: (() => void)[] = [];
    const keys = tree === null ? Object.keys(spec.scalars).filter((k) => this._inBareLoad(k)) : [...tree.keys()];
    for (const key of keys) {
      const scalar = spec.scalars[key];
      const nav = spec.navigation?.[key];
      if (scalar) {
        this._host.requirements.require(`${spec.className}.${key}`, scalar.requires);
        values.set(key, wire(scalar.read(target)));
      } else if (nav) {
        if (typeof nav !== "function") this._host.requirements.require(`${spec.className}.${key}`, nav.requires);
        nested.push(navigationChild(nav)._collect(tree?.get(key) ?? null));
      } else {
        throw officeError("InvalidArgument", `The property '${key}' does not exist on ${spec.className}.`, `${spec.className}.load`);
      }
    }
    return () => {
      for (const [k, v] of values) this._loaded.set(k, v);
      for (const deliver of nested) deliver();
    };
  }

  private _inBareLoad(key: string): boolean {
    const scalar = this._spec.scalars[key]!;
    if (scalar.explicitOnly) return false;
    return scalar.requires === undefined || this._host.requirements.isSetSupported("ExcelApi", scalar.requires);
  }

  /** `object.set({...})`: assigns scalar properties and recurses into navigation properties. */
  set(properties: Record<string, unknown>, options?: { throwOnReadOnly?: boolean }): void {
    if (properties instanceof ProxyBase) properties = properties.toJSON();
    for (const [key, value] of Object.entries(properties)) {
      const scalar = this._spec.scalars[key];
      const nav = this._spec.navigation?.[key];
      if (scalar?.write) this._set(key, value);
      else if (nav && typeof value === "object" && value !== null) navigationChild(nav).set(value as Record<string, unknown>, options);
      else if (scalar) {
        if (options?.throwOnReadOnly !== false) this._set(key, value);
      } else {
        throw officeError("InvalidArgument", `The property '${key}' does not exist on ${this._spec.className}.`, `${this._spec.className}.set`);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this._loaded);
    for (const [key, nav] of Object.entries(this._spec.navigation ?? {})) {
      if (!this.navCache.has(key)) continue;
      const json = navigationChild(nav)._navigationJSON();
      if (json !== undefined) out[key] = json;
    }
    return out;
  }

  _navigationJSON(): unknown {
    const json = this.toJSON();
    return Object.keys(json).length > 0 ? json : undefined;
  }
}

/**
 * A collection (worksheets, tables, charts, series …). Its target is the owner (workbook,
 * sheet, chart); `load("items/name")`, `load("name")` and a bare `load()` deliver `items`.
 * A path through the items' navigation properties loads those in the same request, as
 * Office.js does: `worksheets.load("items/name,items/charts/items/series/items/name")` gives
 * every sheet's name, its charts and their series' names — and nothing else (a chart's `id`
 * or a sheet's `tables` still throw PropertyNotLoaded).
 */
export abstract class CollectionBase<T, X, Item extends ProxyBase<X>> extends ProxyBase<T> {
  protected abstract _list(owner: T): X[];
  protected abstract _wrap(item: X): Item;

  get items(): Item[] {
    return this._get<Item[]>("items");
  }

  override _collect(tree: LoadTree | null): () => void {
    const owner = this._target();
    if (owner === null) return () => undefined;
    const own = new Map<string, unknown>();
    let itemTree: LoadTree | null = null;
    let wantItems = tree === null;
    if (tree !== null) {
      for (const [key, sub] of tree) {
        const scalar = this._spec.scalars[key];
        if (scalar) {
          this._host.requirements.require(`${this._spec.className}.${key}`, scalar.requires);
          own.set(key, wire(scalar.read(owner)));
        } else if (key === "items") {
          wantItems = true;
          if (sub === null) itemTree = null;
          else itemTree = new Map([...(itemTree ?? []), ...sub]);
        } else {
          wantItems = true;
          itemTree = new Map([...(itemTree ?? []), [key, sub]]);
        }
      }
    }
    const items = wantItems ? this._list(owner).map((x) => this._wrap(x)) : [];
    const deliveries = items.map((item) => item._collect(itemTree));
    return () => {
      for (const [k, v] of own) this._loaded.set(k, v);
      if (wantItems) {
        this._loaded.set("items", items);
        for (const item of items) item._isNull = false;
        for (const deliver of deliveries) deliver();
      }
    };
  }

  override toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = k === "items" ? (v as Item[]).map((i) => i.toJSON()) : v;
    return out;
  }

  /** Office.js shows a loaded collection inside its parent's JSON as the array of its items. */
  override _navigationJSON(): unknown {
    return this._loaded.has("items") ? this.toJSON()["items"] : undefined;
  }
}
