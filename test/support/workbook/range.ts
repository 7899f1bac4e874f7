/** Excel.Range: values, formulas, formats and the range-derivation methods, with Excel's rules. */
import { boundingRect, intersect, lastCol, lastRow, MAX_COLUMNS, MAX_ROWS, rect, type Rect } from "./address";
import {
  clearRange,
  columnLeft,
  columnWidth,
  formulaAt,
  inputGrid,
  mergeRange,
  numberFormatAt,
  readGrid,
  rowHeight,
  rowTop,
  textAt,
  unmergeRange,
  usedRect,
  valueAt,
  valueTypeAt,
  writeContent,
  writeNumberFormat,
  type ClearTarget,
} from "./cells";
import { FakeLimitationError, officeError } from "./errors";
import type { FakeHost } from "./host";
import { autoExpandTables } from "./table-ops";
import { ProxyBase, type ObjectSpec } from "./proxy";
import { FakeRangeFormat } from "./range-format";
import { addressOf, checked, resolveAddress, type RangeTarget } from "./range-target";
import { oneOf } from "./style-values";
import { FakeWorksheet } from "./worksheet";

/** A range write as Excel does it: the cells, then any table it touches the edge of grows (table-ops.ts). */
function writeThenExpand(host: FakeHost, t: RangeTarget, v: unknown, location: string): void {
  writeContent(host, t.sheet, t.rect, v, location);
  autoExpandTables(host, t.sheet, t.rect, inputGrid(t.rect, v, location));
}

const CLEAR_TARGETS: readonly ClearTarget[] = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];

export class FakeRange extends ProxyBase<RangeTarget> {
  protected _describe(): ObjectSpec<RangeTarget> {
    const host = this._host;
    const grid = <V>(t: RangeTarget, read: (r: number, c: number) => V) => readGrid(host, t.rect, read);
    return {
      className: "Range",
      kind: "range",
      alive: (t) => host.isAlive(t.sheet),
      scalars: {
        address: { read: (t) => addressOf(t) },
        cellCount: { read: (t) => t.rect.rows * t.rect.cols },
        rowCount: { read: (t) => t.rect.rows },
        columnCount: { read: (t) => t.rect.cols },
        rowIndex: { read: (t) => t.rect.r0 },
        columnIndex: { read: (t) => t.rect.c0 },
        values: {
          read: (t) => grid(t, (r, c) => valueAt(host, t.sheet, r, c)),
          write: (t, v) => writeThenExpand(host, t, v, "Range.values"),
        },
        formulas: {
          read: (t) => grid(t, (r, c) => formulaAt(host, t.sheet, r, c)),
          write: (t, v) => writeThenExpand(host, t, v, "Range.formulas"),
        },
        numberFormat: {
          read: (t) => grid(t, (r, c) => numberFormatAt(t.sheet, r, c)),
          write: (t, v) => writeNumberFormat(host, t.sheet, t.rect, v, "Range.numberFormat"),
        },
        text: { read: (t) => grid(t, (r, c) => textAt(host, t.sheet, r, c)) },
        valueTypes: { read: (t) => grid(t, (r, c) => valueTypeAt(host, t.sheet, r, c)) },
        isEntireColumn: { requires: "1.7", read: (t) => t.rect.r0 === 0 && t.rect.rows === MAX_ROWS },
        isEntireRow: { requires: "1.7", read: (t) => t.rect.c0 === 0 && t.rect.cols === MAX_COLUMNS },
        left: { requires: "1.10", read: (t) => columnLeft(t.sheet, t.rect.c0) },
        top: { requires: "1.10", read: (t) => rowTop(t.sheet, t.rect.r0) },
        width: {
          requires: "1.10",
          explicitOnly: true,
          read: (t) => {
            let w = 0;
            for (let c = t.rect.c0; c <= lastCol(t.rect); c++) w += columnWidth(t.sheet, c);
            return w;
          },
        },
        height: {
          requires: "1.10",
          explicitOnly: true,
          read: (t) => {
            let h = 0;
            for (let r = t.rect.r0; r <= lastRow(t.rect); r++) h += rowHeight(t.sheet, r);
            return h;
          },
        },
      },
      navigation: { format: () => this.format, worksheet: () => this.worksheet },
    };
  }

  get address(): string {
    return this._get("address");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v);
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v);
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get left(): number {
    return this._get("left");
  }
  get top(): number {
    return this._get("top");
  }
  get width(): number {
    return this._get("width");
  }
  get height(): number {
    return this._get("height");
  }

  get format(): FakeRangeFormat {
    return this._navigate("format", FakeRangeFormat, (t) => t);
  }

  get worksheet(): FakeWorksheet {
    return this._navigate("worksheet", FakeWorksheet, (t) => t.sheet);
  }

  /** A range derived from this one; `derive` runs at sync and may throw. */
  private derive(member: string, derive: (t: RangeTarget) => Rect | null, requires?: string): FakeRange {
    return this._callObject(
      member,
      FakeRange,
      (t) => {
        const next = derive(t);
        return next === null ? null : { sheet: t.sheet, rect: checked(next, `Range.${member}`) };
      },
      requires === undefined ? {} : { requires },
    );
  }

  /** Another range argument (Range or address), on the same sheet. */
  private other(t: RangeTarget, another: FakeRange | string, member: string): Rect {
    const location = `Range.${member}`;
    const target = typeof another === "string" ? resolveAddress(this._host, t.sheet, another, location) : another._target();
    if (target === null || target.sheet !== t.sheet) throw officeError("InvalidArgument", "The ranges must be on the same worksheet.", location);
    return target.rect;
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", (t) => rect(t.rect.r0 + row, t.rect.c0 + column, 1, 1));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive("getOffsetRange", (t) => rect(t.rect.r0 + rowOffset, t.rect.c0 + columnOffset, t.rect.rows, t.rect.cols));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive("getResizedRange", (t) => rect(t.rect.r0, t.rect.c0, t.rect.rows + deltaRows, t.rect.cols + deltaColumns), "1.7");
  }
  getRow(row: number): FakeRange {
    return this.derive("getRow", (t) => rect(t.rect.r0 + row, t.rect.c0, 1, t.rect.cols));
  }
  getColumn(column: number): FakeRange {
    return this.derive("getColumn", (t) => rect(t.rect.r0, t.rect.c0 + column, t.rect.rows, 1));
  }
  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn", (t) => rect(0, t.rect.c0, MAX_ROWS, t.rect.cols));
  }
  getLastCell(): FakeRange {
    return this.derive("getLastCell", (t) => rect(lastRow(t.rect), lastCol(t.rect), 1, 1));
  }
  getRowsBelow(count = 1): FakeRange {
    return this.derive("getRowsBelow", (t) => rect(lastRow(t.rect) + 1, t.rect.c0, count, t.rect.cols), "1.2");
  }
  getColumnsAfter(count = 1): FakeRange {
    return this.derive("getColumnsAfter", (t) => rect(t.rect.r0, lastCol(t.rect) + 1, t.rect.rows, count), "1.2");
  }
  getIntersection(anotherRange: FakeRange | string): FakeRange {
    return this.derive("getIntersection", (t) => {
      const hit = intersect(t.rect, this.other(t, anotherRange, "getIntersection"));
      if (!hit) throw officeError("ItemNotFound", "The ranges do not intersect.", "Range.getIntersection");
      return hit;
    });
  }
  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    return this.derive("getIntersectionOrNullObject", (t) => intersect(t.rect, this.other(t, anotherRange, "getIntersectionOrNullObject")), "1.4");
  }
  getBoundingRect(anotherRange: FakeRange | string): FakeRange {
    return this.derive("getBoundingRect", (t) => boundingRect(t.rect, this.other(t, anotherRange, "getBoundingRect")));
  }
  /** ExcelApi 1.12: the cells a dynamic-array formula at this range's top-left cell spills into (anchor included). */
  getSpillingToRangeOrNullObject(): FakeRange {
    return this.derive(
      "getSpillingToRangeOrNullObject",
      (t) => {
        const extent = this._host.engine.spillExtent(t.sheet.hfId, t.rect.r0, t.rect.c0);
        return extent ? rect(t.rect.r0, t.rect.c0, extent.rows, extent.cols) : null;
      },
      "1.12",
    );
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return this.derive("getUsedRange", (t) => {
      const used = usedRect(this._host, t.sheet, valuesOnly);
      const hit = used && intersect(used, t.rect);
      if (!hit) throw officeError("ItemNotFound", "There are no used cells in the range.", "Range.getUsedRange");
      return hit;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derive(
      "getUsedRangeOrNullObject",
      (t) => {
        const used = usedRect(this._host, t.sheet, valuesOnly);
        return used && intersect(used, t.rect);
      },
      "1.4",
    );
  }

  clear(applyTo: ClearTarget = "All"): void {
    this._call("clear", (t) => clearRange(this._host, t.sheet, t.rect, oneOf(applyTo, CLEAR_TARGETS, "Range.clear"), "Range.clear"));
  }
  merge(across = false): void {
    this._call("merge", (t) => mergeRange(this._host, t.sheet, t.rect, across, "Range.merge"), { requires: "1.2" });
  }
  unmerge(): void {
    this._call("unmerge", (t) => unmergeRange(t.sheet, t.rect, "Range.unmerge"), { requires: "1.2" });
  }
  select(): void {
    this._call("select", (t) => {
      if (t.sheet.visibility !== "Visible") throw officeError("InvalidOperation", "A range on a hidden sheet cannot be selected.", "Range.select");
      this._host.model.activeSheet = t.sheet;
      this._host.model.selection = { sheet: t.sheet, rect: t.rect };
      this._host.model.selectionExtra = null;
    });
  }
  calculate(): void {
    this._call("calculate", () => this._host.recalculate(), { requires: "1.6" });
  }
  delete(_shift: string): void {
    throw new FakeLimitationError("Range.delete (shifting cells) is not modelled; clear the range instead, or delete the sheet.");
  }
  insert(_shift: string): void {
    throw new FakeLimitationError("Range.insert (shifting cells) is not modelled.");
  }

}
