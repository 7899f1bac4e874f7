/** Excel.WorksheetCollection, Worksheet and WorksheetProtection. */
import { MAX_COLUMNS, MAX_ROWS, rect } from "./address";
import { usedRect } from "./cells";
import { FakeChartCollection } from "./chart";
import { officeError } from "./errors";
import { FakeEventHandlers } from "./events";
import type { SheetModel, WorkbookModel } from "./model";
import { CollectionBase, FakeClientResult, ProxyBase, type ObjectSpec } from "./proxy";
import { FakePageBreakCollection, FakePageLayout, FakeWorksheetFreezePanes } from "./page-layout";
import { FakeRange } from "./range";
import { checked, resolveAddress, type RangeTarget } from "./range-target";
import { copySheet } from "./sheet-copy";
import { activateSheet, addSheet, deleteSheet, findSheet, moveSheet, renameSheet, setVisibility } from "./sheet-ops";
import { FakeTableCollection } from "./table";

export class FakeWorksheetCollection extends CollectionBase<WorkbookModel, SheetModel, FakeWorksheet> {
  protected _describe(): ObjectSpec<WorkbookModel> {
    return { className: "WorksheetCollection", kind: "worksheets", scalars: {} };
  }
  protected _list(owner: WorkbookModel): SheetModel[] {
    return [...owner.sheets];
  }
  protected _wrap(item: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, { target: item });
  }

  private sheet(member: string, resolve: (wb: WorkbookModel) => SheetModel | null, requires?: string): FakeWorksheet {
    return this._callObject(member, FakeWorksheet, resolve, requires === undefined ? {} : { requires });
  }

  add(name?: string): FakeWorksheet {
    return this.sheet("add", () => addSheet(this._host, name, "WorksheetCollection.add"));
  }
  getItem(key: string): FakeWorksheet {
    return this.sheet("getItem", () => {
      const found = findSheet(this._host, key);
      if (!found) throw officeError("ItemNotFound", `There is no worksheet "${key}".`, "WorksheetCollection.getItem");
      return found;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.sheet("getItemOrNullObject", () => findSheet(this._host, key) ?? null, "1.4");
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.sheet("getActiveWorksheet", (wb) => {
      if (!wb.activeSheet) throw officeError("ItemNotFound", "There is no active worksheet.", "WorksheetCollection.getActiveWorksheet");
      return wb.activeSheet;
    });
  }
  getCount(visibleOnly = false): FakeClientResult<number> {
    return this._callResult("getCount", (wb) => wb.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length, { requires: "1.4" });
  }
}

export class FakeWorksheet extends ProxyBase<SheetModel> {
  protected _describe(): ObjectSpec<SheetModel> {
    const host = this._host;
    return {
      className: "Worksheet",
      kind: "worksheet",
      alive: (s) => host.isAlive(s),
      scalars: {
        id: { read: (s) => s.id },
        name: { read: (s) => s.name, write: (s, v) => renameSheet(host, s, v, "Worksheet.name") },
        position: { read: (s) => host.model.sheets.indexOf(s), write: (s, v) => moveSheet(host, s, v, "Worksheet.position") },
        visibility: { read: (s) => s.visibility, write: (s, v) => setVisibility(host, s, v, "Worksheet.visibility") },
      },
      navigation: {
        charts: () => this.charts,
        tables: () => this.tables,
        protection: { child: () => this.protection, requires: "1.2" },
      },
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
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v);
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v);
  }

  get protection(): FakeWorksheetProtection {
    return this._navigate("protection", FakeWorksheetProtection, (s) => s);
  }
  /** ExcelApi 1.7: selection changes on this sheet (the handler set is the sheet's, by id). */
  get onSelectionChanged(): FakeEventHandlers {
    this._requires("onSelectionChanged", "1.7");
    const events = this._host.events;
    return new FakeEventHandlers(this.context, "worksheet.onSelectionChanged", () => {
      const sheet = this._target();
      return sheet === null ? null : events.forSheet(sheet.id);
    });
  }
  /** ExcelApi 1.7 (the navigation itself; its methods check the set). */
  get freezePanes(): FakeWorksheetFreezePanes {
    this._requires("freezePanes", "1.7");
    return this._navigate("freezePanes", FakeWorksheetFreezePanes, (s) => s);
  }
  get pageLayout(): FakePageLayout {
    this._requires("pageLayout", "1.9");
    return this._navigate("pageLayout", FakePageLayout, (s) => s);
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    this._requires("horizontalPageBreaks", "1.9");
    return this._navigate("horizontalPageBreaks", FakePageBreakCollection, (s) => s);
  }
  get tables(): FakeTableCollection {
    return this._navigate("tables", FakeTableCollection, (s) => ({ sheet: s }));
  }
  get charts(): FakeChartCollection {
    return this._navigate("charts", FakeChartCollection, (s) => s);
  }

  private range(member: string, resolve: (s: SheetModel) => RangeTarget | null, requires?: string): FakeRange {
    return this._callObject(member, FakeRange, resolve, requires === undefined ? {} : { requires });
  }

  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return this.range("getRange", (s) =>
      address === undefined ? { sheet: s, rect: rect(0, 0, MAX_ROWS, MAX_COLUMNS) } : resolveAddress(this._host, s, address, "Worksheet.getRange"),
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(
      "getRangeByIndexes",
      (s) => ({ sheet: s, rect: checked(rect(startRow, startColumn, rowCount, columnCount), "Worksheet.getRangeByIndexes") }),
      "1.7",
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.range("getCell", (s) => ({ sheet: s, rect: checked(rect(row, column, 1, 1), "Worksheet.getCell") }));
  }
  /** An empty sheet's used range is A1 (documented: it does not throw). */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range("getUsedRange", (s) => ({ sheet: s, rect: usedRect(this._host, s, valuesOnly) ?? rect(0, 0, 1, 1) }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(
      "getUsedRangeOrNullObject",
      (s) => {
        const used = usedRect(this._host, s, valuesOnly);
        return used ? { sheet: s, rect: used } : null;
      },
      "1.4",
    );
  }

  activate(): void {
    this._call("activate", (s) => activateSheet(this._host, s, "Worksheet.activate"));
  }
  /** ExcelApi 1.7: a copy of this sheet (sheet-copy.ts). */
  copy(positionType?: string, relativeTo?: FakeWorksheet): FakeWorksheet {
    return this._callObject(
      "copy",
      FakeWorksheet,
      (s) => copySheet(this._host, s, positionType, relativeTo ? relativeTo._target() : null, "Worksheet.copy"),
      { requires: "1.7" },
    );
  }
  delete(): void {
    this._call("delete", (s) => deleteSheet(this._host, s, "Worksheet.delete"));
  }
}

export class FakeWorksheetProtection extends ProxyBase<SheetModel> {
  protected _describe(): ObjectSpec<SheetModel> {
    return {
      className: "WorksheetProtection",
      kind: "protection",
      alive: (s) => this._host.isAlive(s),
      scalars: {
        protected: { requires: "1.2", read: (s) => s.protected },
        options: { requires: "1.2", read: (s) => ({ ...s.protectionOptions }) },
      },
    };
  }

  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Record<string, boolean> {
    return this._get("options");
  }

  protect(options?: Record<string, boolean>, password?: string): void {
    this._call(
      "protect",
      (s) => {
        if (s.protected) throw officeError("InvalidOperation", "The worksheet is already protected.", "WorksheetProtection.protect");
        s.protected = true;
        s.protectionOptions = { ...options };
        s.protectionPassword = password ?? null;
      },
      { requires: "1.2" },
    );
  }
  unprotect(password?: string): void {
    this._call(
      "unprotect",
      (s) => {
        if (s.protected && s.protectionPassword !== null && s.protectionPassword !== password) {
          throw officeError("InvalidArgument", "The password is not correct.", "WorksheetProtection.unprotect");
        }
        s.protected = false;
        s.protectionOptions = {};
        s.protectionPassword = null;
      },
      { requires: "1.2" },
    );
  }
}
