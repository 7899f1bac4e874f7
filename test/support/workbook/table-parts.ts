/** Excel.TableRowCollection/TableRow and TableColumnCollection/TableColumn. */
import { lastRow, rect } from "./address";
import { formulaAt, readGrid, valueAt, writeContent } from "./cells";
import { officeError } from "./errors";
import type { TableModel } from "./model";
import { CollectionBase, FakeClientResult, ProxyBase, type ObjectSpec } from "./proxy";
import { FakeRange } from "./range";
import type { RangeTarget } from "./range-target";
import { addTableColumn, addTableRows, bodyRect, deleteTableColumn, deleteTableRow, headerRect } from "./table-ops";

interface RowTarget {
  readonly table: TableModel;
  readonly index: number;
}

export class FakeTableRowCollection extends CollectionBase<TableModel, RowTarget, FakeTableRow> {
  protected _describe(): ObjectSpec<TableModel> {
    return {
      className: "TableRowCollection",
      kind: "rows",
      alive: (t) => this._host.model.tables.includes(t),
      scalars: { count: { read: (t) => bodyRect(t).rows } },
    };
  }
  protected _list(table: TableModel): RowTarget[] {
    return Array.from({ length: bodyRect(table).rows }, (_, index) => ({ table, index }));
  }
  protected _wrap(item: RowTarget): FakeTableRow {
    return new FakeTableRow(this.context, { target: item });
  }

  get count(): number {
    return this._get("count");
  }

  /** Adds rows at `index` (default: after the last row); the table grows. */
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): FakeTableRow {
    return this._callObject(
      "add",
      FakeTableRow,
      (table) => ({ table, index: addTableRows(this._host, table, index, values, "TableRowCollection.add") }),
      { args: values },
    );
  }
  getItemAt(index: number): FakeTableRow {
    return this._callObject(
      "getItemAt",
      FakeTableRow,
      (table) => {
        if (!Number.isInteger(index) || index < 0 || index >= bodyRect(table).rows) {
          throw officeError("ItemNotFound", `There is no row ${index}.`, "TableRowCollection.getItemAt");
        }
        return { table, index };
      },
    );
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (t) => bodyRect(t).rows, { requires: "1.4" });
  }
}

export class FakeTableRow extends ProxyBase<RowTarget> {
  protected _describe(): ObjectSpec<RowTarget> {
    const host = this._host;
    const area = (t: RowTarget) => rect(bodyRect(t.table).r0 + t.index, t.table.rect.c0, 1, t.table.rect.cols);
    return {
      className: "TableRow",
      kind: "row",
      alive: (t) => host.model.tables.includes(t.table) && t.index < bodyRect(t.table).rows,
      scalars: {
        index: { read: (t) => t.index },
        values: {
          read: (t) => readGrid(host, area(t), (r, c) => valueAt(host, t.table.sheet, r, c)),
          write: (t, v) => writeContent(host, t.table.sheet, area(t), v, "TableRow.values"),
        },
      },
    };
  }

  get index(): number {
    return this._get("index");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v);
  }

  getRange(): FakeRange {
    return this._callObject(
      "getRange",
      FakeRange,
      (t) => ({ sheet: t.table.sheet, rect: rect(bodyRect(t.table).r0 + t.index, t.table.rect.c0, 1, t.table.rect.cols) }),
    );
  }
  delete(): void {
    this._call("delete", (t) => deleteTableRow(this._host, t.table, t.index, "TableRow.delete"), { requires: "1.2" });
  }
}

interface ColumnTarget {
  readonly table: TableModel;
  readonly id: number;
}

function columnAt(t: ColumnTarget, location: string): number {
  const at = t.table.columnIds.indexOf(t.id);
  if (at < 0) throw officeError("ItemNotFound", undefined, location);
  return at;
}

export class FakeTableColumnCollection extends CollectionBase<TableModel, ColumnTarget, FakeTableColumn> {
  protected _describe(): ObjectSpec<TableModel> {
    return {
      className: "TableColumnCollection",
      kind: "columns",
      alive: (t) => this._host.model.tables.includes(t),
      scalars: { count: { read: (t) => t.rect.cols } },
    };
  }
  protected _list(table: TableModel): ColumnTarget[] {
    return table.columnIds.map((id) => ({ table, id }));
  }
  protected _wrap(item: ColumnTarget): FakeTableColumn {
    return new FakeTableColumn(this.context, { target: item });
  }

  get count(): number {
    return this._get("count");
  }

  private find(table: TableModel, key: number | string): ColumnTarget | null {
    if (typeof key === "number") return table.columnIds.includes(key) ? { table, id: key } : null;
    const header = headerRect(table);
    for (let j = 0; j < table.rect.cols; j++) {
      const name = header ? String(this._host.engine.value(table.sheet.hfId, header.r0, header.c0 + j)) : `Column${j + 1}`;
      if (name.toUpperCase() === key.toUpperCase() || String(table.columnIds[j]) === key) return { table, id: table.columnIds[j]! };
    }
    return null;
  }

  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    return this._callObject(
      "add",
      FakeTableColumn,
      (table) => {
        const at = addTableColumn(this._host, table, index, values, name, "TableColumnCollection.add");
        return { table, id: table.columnIds[at]! };
      },
      { args: values },
    );
  }
  getItem(key: number | string): FakeTableColumn {
    return this._callObject(
      "getItem",
      FakeTableColumn,
      (table) => {
        const found = this.find(table, key);
        if (!found) throw officeError("ItemNotFound", `There is no column "${key}".`, "TableColumnCollection.getItem");
        return found;
      },
    );
  }
  getItemOrNullObject(key: number | string): FakeTableColumn {
    return this._callObject("getItemOrNullObject", FakeTableColumn, (table) => this.find(table, key), { requires: "1.4" });
  }
  getItemAt(index: number): FakeTableColumn {
    return this._callObject(
      "getItemAt",
      FakeTableColumn,
      (table) => {
        const id = table.columnIds[index];
        if (id === undefined) throw officeError("ItemNotFound", `There is no column ${index}.`, "TableColumnCollection.getItemAt");
        return { table, id };
      },
    );
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (t) => t.rect.cols, { requires: "1.4" });
  }
}

export class FakeTableColumn extends ProxyBase<ColumnTarget> {
  protected _describe(): ObjectSpec<ColumnTarget> {
    const host = this._host;
    const whole = (t: ColumnTarget) => rect(t.table.rect.r0, t.table.rect.c0 + columnAt(t, "TableColumn"), t.table.rect.rows, 1);
    return {
      className: "TableColumn",
      kind: "column",
      alive: (t) => host.model.tables.includes(t.table) && t.table.columnIds.includes(t.id),
      scalars: {
        id: { read: (t) => t.id },
        index: { read: (t) => columnAt(t, "TableColumn.index") },
        name: {
          read: (t) => {
            const header = headerRect(t.table);
            const at = columnAt(t, "TableColumn.name");
            return header ? formulaAt(host, t.table.sheet, header.r0, header.c0 + at) : `Column${at + 1}`;
          },
          write: (t, v) => {
            const header = headerRect(t.table);
            if (!header || typeof v !== "string") throw officeError("InvalidArgument", undefined, "TableColumn.name");
            writeContent(host, t.table.sheet, rect(header.r0, header.c0 + columnAt(t, "TableColumn.name"), 1, 1), [[`'${v}`]], "TableColumn.name");
          },
        },
        values: {
          read: (t) => readGrid(host, whole(t), (r, c) => valueAt(host, t.table.sheet, r, c)),
          write: (t, v) => writeContent(host, t.table.sheet, whole(t), v, "TableColumn.values"),
        },
      },
    };
  }

  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v);
  }

  private range(member: string, pick: (t: ColumnTarget, c: number) => RangeTarget["rect"] | null): FakeRange {
    return this._callObject(
      member,
      FakeRange,
      (t) => {
        const area = pick(t, t.table.rect.c0 + columnAt(t, `TableColumn.${member}`));
        if (!area) throw officeError("ItemNotFound", undefined, `TableColumn.${member}`);
        return { sheet: t.table.sheet, rect: area };
      },
    );
  }
  getRange(): FakeRange {
    return this.range("getRange", (t, c) => rect(t.table.rect.r0, c, t.table.rect.rows, 1));
  }
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", (t, c) => (t.table.showHeaders ? rect(t.table.rect.r0, c, 1, 1) : null));
  }
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", (t, c) => {
      const body = bodyRect(t.table);
      return rect(body.r0, c, body.rows, 1);
    });
  }
  getTotalRowRange(): FakeRange {
    return this.range("getTotalRowRange", (t, c) => (t.table.showTotals ? rect(lastRow(t.table.rect), c, 1, 1) : null));
  }
  delete(): void {
    this._call("delete", (t) => deleteTableColumn(this._host, t.table, t.id, "TableColumn.delete"), { requires: "1.4" });
  }
}
