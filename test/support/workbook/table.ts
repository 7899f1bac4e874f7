/** Excel.TableCollection and Table (rows and columns are in table-parts.ts). */
import { officeError } from "./errors";
import type { SheetModel, TableModel } from "./model";
import { CollectionBase, FakeClientResult, ProxyBase, type ObjectSpec } from "./proxy";
import { FakeRange } from "./range";
import { resolveAddress, type RangeTarget } from "./range-target";
import { bool } from "./style-values";
import {
  addTable,
  bodyRect,
  deleteTable,
  findTable,
  headerRect,
  renameTable,
  resizeTable,
  setShowTotals,
} from "./table-ops";
import { FakeTableColumnCollection, FakeTableRowCollection } from "./table-parts";
import { FakeWorksheet } from "./worksheet";

/** Worksheet.tables (sheet set) or Workbook.tables (sheet null). */
export interface TableScope {
  readonly sheet: SheetModel | null;
}

export class FakeTableCollection extends CollectionBase<TableScope, TableModel, FakeTable> {
  protected _describe(): ObjectSpec<TableScope> {
    return {
      className: "TableCollection",
      kind: "tables",
      alive: (s) => s.sheet === null || this._host.isAlive(s.sheet),
      scalars: { count: { read: (s) => this._list(s).length } },
    };
  }
  protected _list(scope: TableScope): TableModel[] {
    return this._host.model.tables.filter((t) => scope.sheet === null || t.sheet === scope.sheet);
  }
  protected _wrap(item: TableModel): FakeTable {
    return new FakeTable(this.context, { target: item });
  }

  get count(): number {
    return this._get("count");
  }

  /** `address` is a Range or an address; on Workbook.tables it needs a sheet ("Sheet1!A1:C5"). */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    return this._callObject(
      "add",
      FakeTable,
      (scope) => {
        const target =
          typeof address === "string" ? resolveAddress(this._host, scope.sheet, address, "TableCollection.add") : this._argument(address, "add")._target();
        if (!target) throw officeError("InvalidArgument", undefined, "TableCollection.add");
        if (scope.sheet && target.sheet !== scope.sheet) throw officeError("InvalidArgument", "The range is on another worksheet.", "TableCollection.add");
        return addTable(this._host, target.sheet, target.rect, hasHeaders, "TableCollection.add");
      },
      { args: [typeof address === "string" ? address : "range", hasHeaders] },
    );
  }
  getItem(key: string): FakeTable {
    return this._callObject(
      "getItem",
      FakeTable,
      (scope) => {
        const table = findTable(this._host, key, scope.sheet);
        if (!table) throw officeError("ItemNotFound", `There is no table "${key}".`, "TableCollection.getItem");
        return table;
      },
    );
  }
  getItemOrNullObject(key: string): FakeTable {
    return this._callObject("getItemOrNullObject", FakeTable, (scope) => findTable(this._host, key, scope.sheet) ?? null, {
      requires: "1.4",
    });
  }
  getItemAt(index: number): FakeTable {
    return this._callObject(
      "getItemAt",
      FakeTable,
      (scope) => {
        const table = this._list(scope)[index];
        if (!table) throw officeError("ItemNotFound", `There is no table at ${index}.`, "TableCollection.getItemAt");
        return table;
      },
    );
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (scope) => this._list(scope).length, { requires: "1.4" });
  }
}

export class FakeTable extends ProxyBase<TableModel> {
  protected _describe(): ObjectSpec<TableModel> {
    const host = this._host;
    return {
      className: "Table",
      kind: "table",
      alive: (t) => host.model.tables.includes(t) && host.isAlive(t.sheet),
      scalars: {
        id: { read: (t) => t.id },
        name: { read: (t) => t.name, write: (t, v) => renameTable(host, t, v, "Table.name") },
        showHeaders: {
          read: (t) => t.showHeaders,
          write: (t, v) => {
            if (bool(v, "Table.showHeaders") !== t.showHeaders) {
              throw officeError("InvalidOperation", "Hiding a table's header row is not modelled by the fake.", "Table.showHeaders");
            }
          },
        },
        showTotals: { read: (t) => t.showTotals, write: (t, v) => setShowTotals(host, t, v, "Table.showTotals") },
        style: {
          read: (t) => t.style,
          write: (t, v) => {
            if (typeof v !== "string") throw officeError("InvalidArgument", undefined, "Table.style");
            t.style = v;
          },
        },
      },
      navigation: { rows: () => this.rows, columns: () => this.columns, worksheet: { child: () => this.worksheet, requires: "1.2" } },
    };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  set showHeaders(v: boolean) {
    this._set("showHeaders", v);
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._set("showTotals", v);
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v);
  }

  get worksheet(): FakeWorksheet {
    return this._navigate("worksheet", FakeWorksheet, (t) => t.sheet);
  }
  get rows(): FakeTableRowCollection {
    return this._navigate("rows", FakeTableRowCollection, (t) => t);
  }
  get columns(): FakeTableColumnCollection {
    return this._navigate("columns", FakeTableColumnCollection, (t) => t);
  }

  private range(member: string, pick: (t: TableModel) => RangeTarget["rect"] | null): FakeRange {
    return this._callObject(
      member,
      FakeRange,
      (t) => {
        const area = pick(t);
        if (!area) throw officeError("ItemNotFound", `The table has no ${member.replace(/^get|Range$/g, "")}.`, `Table.${member}`);
        return { sheet: t.sheet, rect: area };
      },
    );
  }
  getRange(): FakeRange {
    return this.range("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", headerRect);
  }
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", bodyRect);
  }

  delete(): void {
    this._call("delete", (t) => deleteTable(this._host, t, false, "Table.delete"));
  }
  convertToRange(): FakeRange {
    return this._callObject(
      "convertToRange",
      FakeRange,
      (t) => {
        deleteTable(this._host, t, true, "Table.convertToRange");
        return { sheet: t.sheet, rect: t.rect };
      },
      { requires: "1.2" },
    );
  }
  resize(newRange: FakeRange | string): void {
    this._call(
      "resize",
      (t) => {
        const target = typeof newRange === "string" ? resolveAddress(this._host, t.sheet, newRange, "Table.resize") : newRange._target();
        if (!target || target.sheet !== t.sheet) throw officeError("InvalidArgument", undefined, "Table.resize");
        resizeTable(this._host, t, target.rect, "Table.resize");
      },
      { requires: "1.13" },
    );
  }
}
