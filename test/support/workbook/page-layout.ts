/** Worksheet.freezePanes (ExcelApi 1.7), Worksheet.pageLayout and Worksheet.horizontalPageBreaks (1.9). */
import { officeError } from "./errors";
import type { SheetModel } from "./model";
import { addRowBreak, freezeAt, freezeColumns, freezeRows, margin, ORIENTATIONS, PAPER_TYPES, printTitles, zoomOptions } from "./page-layout-ops";
import { ProxyBase, type ObjectSpec } from "./proxy";
import { resolveAddress, type RangeTarget } from "./range-target";
import { formatRect } from "./address";
import { oneOf } from "./style-values";

/** A `Range | string` argument, resolved on the sheet when the request runs. */
type RangeArgument = string | ProxyBase<RangeTarget>;

abstract class SheetPart extends ProxyBase<SheetModel> {
  protected _range(sheet: SheetModel, value: RangeArgument, location: string): RangeTarget {
    if (typeof value === "string") return resolveAddress(this._host, sheet, value, location);
    const target = this._argument(value, location)._target();
    if (target === null) throw officeError("InvalidArgument", "The range is a null object.", location);
    if (target.sheet !== sheet) throw officeError("InvalidArgument", "The range is on another sheet.", location);
    return target;
  }
}

export class FakeWorksheetFreezePanes extends SheetPart {
  protected _describe(): ObjectSpec<SheetModel> {
    return { className: "WorksheetFreezePanes", kind: "freezePanes", alive: (s) => this._host.isAlive(s), scalars: {} };
  }
  freezeAt(frozenRange: RangeArgument): void {
    this._call("freezeAt", (s) => freezeAt(s, this._range(s, frozenRange, "WorksheetFreezePanes.freezeAt").rect, "WorksheetFreezePanes.freezeAt"), {
      requires: "1.7",
      args: typeof frozenRange === "string" ? frozenRange : undefined,
    });
  }
  freezeRows(count?: number): void {
    this._call("freezeRows", (s) => freezeRows(s, count, "WorksheetFreezePanes.freezeRows"), { requires: "1.7", args: count });
  }
  freezeColumns(count?: number): void {
    this._call("freezeColumns", (s) => freezeColumns(s, count, "WorksheetFreezePanes.freezeColumns"), { requires: "1.7", args: count });
  }
}

type Margin = "left" | "right" | "top" | "bottom" | "header" | "footer";

export class FakePageLayout extends SheetPart {
  protected _describe(): ObjectSpec<SheetModel> {
    const side = (key: Margin) => ({
      requires: "1.9",
      read: (s: SheetModel) => s.pageLayout.margins[key],
      write: (s: SheetModel, v: unknown) => {
        s.pageLayout.margins[key] = margin(v, `PageLayout.${key}Margin`);
      },
    });
    return {
      className: "PageLayout",
      kind: "pageLayout",
      alive: (s) => this._host.isAlive(s),
      scalars: {
        orientation: {
          requires: "1.9",
          read: (s) => s.pageLayout.orientation,
          write: (s, v) => {
            s.pageLayout.orientation = oneOf(v, ORIENTATIONS, "PageLayout.orientation");
          },
        },
        paperSize: {
          requires: "1.9",
          read: (s) => s.pageLayout.paperSize,
          write: (s, v) => {
            s.pageLayout.paperSize = oneOf(v, PAPER_TYPES, "PageLayout.paperSize");
          },
        },
        leftMargin: side("left"),
        rightMargin: side("right"),
        topMargin: side("top"),
        bottomMargin: side("bottom"),
        headerMargin: side("header"),
        footerMargin: side("footer"),
        zoom: {
          requires: "1.9",
          read: (s) => ({ ...s.pageLayout.zoom }),
          write: (s, v) => {
            s.pageLayout.zoom = zoomOptions(v, "PageLayout.zoom");
          },
        },
      },
    };
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set("orientation", v);
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v);
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(v: number) {
    this._set("leftMargin", v);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(v: number) {
    this._set("rightMargin", v);
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(v: number) {
    this._set("topMargin", v);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(v: number) {
    this._set("bottomMargin", v);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(v: number) {
    this._set("headerMargin", v);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(v: number) {
    this._set("footerMargin", v);
  }
  get zoom(): Record<string, number> {
    return this._get("zoom");
  }
  set zoom(v: Record<string, number>) {
    this._set("zoom", v);
  }

  setPrintArea(printArea: RangeArgument): void {
    this._call(
      "setPrintArea",
      (s) => {
        s.pageLayout.printArea = formatRect(this._range(s, printArea, "PageLayout.setPrintArea").rect, true);
      },
      { requires: "1.9", args: typeof printArea === "string" ? printArea : undefined },
    );
  }
  setPrintTitleRows(printTitleRows: RangeArgument): void {
    this._call(
      "setPrintTitleRows",
      (s) => {
        s.pageLayout.printTitleRows = printTitles(this._range(s, printTitleRows, "PageLayout.setPrintTitleRows").rect, "rows", "PageLayout.setPrintTitleRows");
      },
      { requires: "1.9", args: typeof printTitleRows === "string" ? printTitleRows : undefined },
    );
  }
  setPrintTitleColumns(printTitleColumns: RangeArgument): void {
    this._call(
      "setPrintTitleColumns",
      (s) => {
        s.pageLayout.printTitleColumns = printTitles(this._range(s, printTitleColumns, "PageLayout.setPrintTitleColumns").rect, "columns", "PageLayout.setPrintTitleColumns");
      },
      { requires: "1.9", args: typeof printTitleColumns === "string" ? printTitleColumns : undefined },
    );
  }
}

/** A manual page break (what `add` returns; the add-in reads nothing of it). */
export class FakePageBreak extends ProxyBase<{ sheet: SheetModel; row: number }> {
  protected _describe(): ObjectSpec<{ sheet: SheetModel; row: number }> {
    return { className: "PageBreak", kind: "pageBreak", alive: (t) => this._host.isAlive(t.sheet) && t.sheet.pageLayout.rowBreaks.includes(t.row), scalars: {} };
  }
}

/** The sheet's horizontal (row) page breaks. */
export class FakePageBreakCollection extends SheetPart {
  protected _describe(): ObjectSpec<SheetModel> {
    return { className: "PageBreakCollection", kind: "horizontalPageBreaks", alive: (s) => this._host.isAlive(s), scalars: {} };
  }
  add(pageBreakRange: RangeArgument): FakePageBreak {
    return this._callObject(
      "add",
      FakePageBreak,
      (s) => {
        const r = this._range(s, pageBreakRange, "PageBreakCollection.add").rect;
        addRowBreak(s.pageLayout, r, "PageBreakCollection.add");
        return { sheet: s, row: r.r0 };
      },
      { requires: "1.9", args: typeof pageBreakRange === "string" ? pageBreakRange : undefined },
    );
  }
}
