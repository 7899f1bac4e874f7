/**
 * Excel.NamedItemCollection and NamedItem (workbook scope). Names are mirrored into the formula
 * engine, so formulas can use them. Like HyperFormula, the fake accepts only absolute
 * references in a name ("=Sheet1!$B$2:$B$6"); a relative one is rejected with InvalidArgument.
 */
import { qualified } from "./address";
import type { ExcelValue } from "./engine";
import { officeError } from "./errors";
import type { FakeHost } from "./host";
import type { NamedItemModel, WorkbookModel } from "./model";
import { CollectionBase, FakeClientResult, ProxyBase, type ObjectSpec } from "./proxy";
import { FakeRange } from "./range";
import { resolveAddress, type RangeTarget } from "./range-target";
import { sameName } from "./rules";
import { bool } from "./style-values";
import { assertFreeName } from "./table-ops";

export function addName(host: FakeHost, name: unknown, reference: RangeTarget | string, comment: unknown, location: string): NamedItemModel {
  const valid = assertFreeName(host, name, null, location);
  const formula = typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : `=${qualified(reference.sheet.name, reference.rect, true)}`;
  const prepared = formula.length > 1 ? host.engine.prepareFormula(formula, host.sheetNames(), location) : formula;
  try {
    host.engine.addName(valid, prepared);
  } catch (error) {
    throw officeError("InvalidArgument", `The name's reference is not valid: ${(error as Error).message}`, location);
  }
  const item: NamedItemModel = { name: valid, formula: prepared, comment: typeof comment === "string" ? comment : "", visible: true };
  host.model.names.push(item);
  return item;
}

export function nameFormula(host: FakeHost, item: NamedItemModel): string {
  return host.engine.hf.getNamedExpressionFormula(item.name) ?? item.formula;
}

/** The range a name refers to, or null when it refers to a constant or formula. */
export function nameRange(host: FakeHost, item: NamedItemModel): RangeTarget | null {
  try {
    return resolveAddress(host, null, nameFormula(host, item).replace(/^=/, ""), "NamedItem", true);
  } catch {
    return null;
  }
}

function nameValue(host: FakeHost, item: NamedItemModel): ExcelValue {
  const range = nameRange(host, item);
  if (range) return qualified(range.sheet.name, range.rect, true);
  const first = host.model.sheets[0];
  if (!first) return "#REF!";
  const value = host.engine.hf.calculateFormula(nameFormula(host, item), first.hfId);
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return "value" in value ? String(value.value) : "#VALUE!";
  return value;
}

function nameType(host: FakeHost, item: NamedItemModel): string {
  if (nameRange(host, item)) return "Range";
  const value = nameValue(host, item);
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  return value.startsWith("#") ? "Error" : "String";
}

function findName(model: WorkbookModel, name: string): NamedItemModel | null {
  return model.names.find((n) => sameName(n.name, name)) ?? null;
}

export class FakeNamedItemCollection extends CollectionBase<WorkbookModel, NamedItemModel, FakeNamedItem> {
  protected _describe(): ObjectSpec<WorkbookModel> {
    return { className: "NamedItemCollection", kind: "names", scalars: {} };
  }
  protected _list(model: WorkbookModel): NamedItemModel[] {
    return [...model.names];
  }
  protected _wrap(item: NamedItemModel): FakeNamedItem {
    return new FakeNamedItem(this.context, { target: item });
  }

  /** `reference` is a Range or a formula ("=Sheet1!$A$1", "=0.25"). */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    if (typeof reference !== "string") this._argument(reference, "add");
    return this._callObject(
      "add",
      FakeNamedItem,
      () => {
        const target = typeof reference === "string" ? reference : reference._target();
        if (target === null) throw officeError("InvalidArgument", undefined, "NamedItemCollection.add");
        return addName(this._host, name, target, comment, "NamedItemCollection.add");
      },
      { requires: "1.4", args: [name, typeof reference === "string" ? reference : "range", comment] },
    );
  }
  getItem(name: string): FakeNamedItem {
    return this._callObject(
      "getItem",
      FakeNamedItem,
      (model) => {
        const item = findName(model, name);
        if (!item) throw officeError("ItemNotFound", `There is no name "${name}".`, "NamedItemCollection.getItem");
        return item;
      },
    );
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return this._callObject("getItemOrNullObject", FakeNamedItem, (model) => findName(model, name), { requires: "1.4" });
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (model) => model.names.length, { requires: "1.4" });
  }
}

export class FakeNamedItem extends ProxyBase<NamedItemModel> {
  protected _describe(): ObjectSpec<NamedItemModel> {
    const host = this._host;
    return {
      className: "NamedItem",
      kind: "namedItem",
      alive: (n) => host.model.names.includes(n),
      scalars: {
        name: { read: (n) => n.name },
        formula: {
          requires: "1.7",
          read: (n) => nameFormula(host, n),
          write: (n, v) => {
            if (typeof v !== "string") throw officeError("InvalidArgument", undefined, "NamedItem.formula");
            const formula = host.engine.prepareFormula(v.startsWith("=") ? v : `=${v}`, host.sheetNames(), "NamedItem.formula");
            try {
              host.engine.changeName(n.name, formula);
            } catch (error) {
              throw officeError("InvalidArgument", (error as Error).message, "NamedItem.formula");
            }
            n.formula = formula;
          },
        },
        comment: {
          requires: "1.4",
          read: (n) => n.comment,
          write: (n, v) => {
            if (typeof v !== "string") throw officeError("InvalidArgument", undefined, "NamedItem.comment");
            n.comment = v;
          },
        },
        visible: { read: (n) => n.visible, write: (n, v) => (n.visible = bool(v, "NamedItem.visible")) },
        scope: { requires: "1.4", read: () => "Workbook" },
        type: { read: (n) => nameType(host, n) },
        value: { read: (n) => nameValue(host, n) },
      },
    };
  }

  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v);
  }
  get comment(): string {
    return this._get("comment");
  }
  set comment(v: string) {
    this._set("comment", v);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
  get scope(): string {
    return this._get("scope");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }

  getRange(): FakeRange {
    return this.rangeOf("getRange", true);
  }
  getRangeOrNullObject(): FakeRange {
    return this.rangeOf("getRangeOrNullObject", false);
  }
  private rangeOf(member: string, strict: boolean): FakeRange {
    return this._callObject(
      member,
      FakeRange,
      (n) => {
        const range = nameRange(this._host, n);
        if (!range && strict) throw officeError("InvalidReference", "The name does not refer to a range.", `NamedItem.${member}`);
        return range;
      },
      member === "getRangeOrNullObject" ? { requires: "1.4" } : {},
    );
  }
  delete(): void {
    this._call(
      "delete",
      (n) => {
        this._host.engine.removeName(n.name);
        this._host.model.names = this._host.model.names.filter((x) => x !== n);
      },
      { requires: "1.4" },
    );
  }
}

