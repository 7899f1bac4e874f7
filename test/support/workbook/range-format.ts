/** Range.format and its font, fill and borders: per-cell styles, column widths, row heights, AutoFit. */
import { lastCol, lastRow, rect } from "./address";
import { assertEditable, autofitColumns, columnWidth, metaAt, rowHeight, setStyle, styleOf } from "./cells";
import { officeError } from "./errors";
import { ProxyBase, type ObjectSpec } from "./proxy";
import type { RangeTarget } from "./range-target";
import { BORDER_INDEX, BORDER_STYLE, BORDER_WEIGHT, HORIZONTAL, VERTICAL, bool, finiteNumber, normalizeColor, oneOf } from "./style-values";
import type { BorderModel, CellStyle } from "./model";

function common<V>(values: V[]): V | null {
  return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
}

export class FakeRangeFormat extends ProxyBase<RangeTarget> {
  protected _describe(): ObjectSpec<RangeTarget> {
    const host = this._host;
    const style = (key: keyof CellStyle, fallback: NonNullable<CellStyle[keyof CellStyle]>) => (t: RangeTarget) => styleOf(t.sheet, t.rect, key, fallback);
    return {
      className: "RangeFormat",
      kind: "format",
      alive: (t) => host.isAlive(t.sheet),
      scalars: {
        columnWidth: {
          requires: "1.2",
          read: (t) => common(Array.from({ length: Math.min(t.rect.cols, 1000) }, (_, i) => columnWidth(t.sheet, t.rect.c0 + i))),
          write: (t, v) => {
            assertEditable(t.sheet, "RangeFormat.columnWidth");
            const width = finiteNumber(v, "RangeFormat.columnWidth", 0, 1789);
            for (let c = t.rect.c0; c <= lastCol(t.rect); c++) t.sheet.columnWidths.set(c, width);
          },
        },
        rowHeight: {
          requires: "1.2",
          read: (t) => common(Array.from({ length: Math.min(t.rect.rows, 1000) }, (_, i) => rowHeight(t.sheet, t.rect.r0 + i))),
          write: (t, v) => {
            assertEditable(t.sheet, "RangeFormat.rowHeight");
            const height = finiteNumber(v, "RangeFormat.rowHeight", 0, 409);
            for (let r = t.rect.r0; r <= lastRow(t.rect); r++) t.sheet.rowHeights.set(r, height);
          },
        },
        horizontalAlignment: {
          read: style("horizontalAlignment", "General"),
          write: (t, v) => setStyle(t.sheet, t.rect, { horizontalAlignment: oneOf(v, HORIZONTAL, "RangeFormat.horizontalAlignment") }, "RangeFormat.horizontalAlignment"),
        },
        // A new cell sits at the bottom (Excel's default vertical alignment).
        verticalAlignment: {
          read: style("verticalAlignment", "Bottom"),
          write: (t, v) => setStyle(t.sheet, t.rect, { verticalAlignment: oneOf(v, VERTICAL, "RangeFormat.verticalAlignment") }, "RangeFormat.verticalAlignment"),
        },
        wrapText: {
          read: style("wrapText", false),
          write: (t, v) => setStyle(t.sheet, t.rect, { wrapText: bool(v, "RangeFormat.wrapText") }, "RangeFormat.wrapText"),
        },
      },
      navigation: { font: () => this.font, fill: () => this.fill },
    };
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v);
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v);
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._set("verticalAlignment", v);
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v);
  }

  get font(): FakeRangeFont {
    return this._navigate("font", FakeRangeFont, (t) => t);
  }
  get fill(): FakeRangeFill {
    return this._navigate("fill", FakeRangeFill, (t) => t);
  }
  get borders(): FakeRangeBorderCollection {
    return this._navigate("borders", FakeRangeBorderCollection, (t) => t);
  }

  /** Excel's AutoFit, approximated from the displayed text (see cells.ts). */
  autofitColumns(): void {
    this._call("autofitColumns", (t) => autofitColumns(this._host, t.sheet, t.rect, "RangeFormat.autofitColumns"), { requires: "1.2" });
  }
}

export class FakeRangeFont extends ProxyBase<RangeTarget> {
  protected _describe(): ObjectSpec<RangeTarget> {
    const host = this._host;
    const prop = <K extends keyof CellStyle>(key: K, fallback: NonNullable<CellStyle[K]>, check: (v: unknown, loc: string) => CellStyle[K]) => ({
      read: (t: RangeTarget) => styleOf(t.sheet, t.rect, key, fallback),
      write: (t: RangeTarget, v: unknown) => setStyle(t.sheet, t.rect, { [key]: check(v, `RangeFont.${String(key)}`) }, `RangeFont.${String(key)}`),
    });
    return {
      className: "RangeFont",
      kind: "font",
      alive: (t) => host.isAlive(t.sheet),
      scalars: {
        bold: prop("bold", false, bool),
        italic: prop("italic", false, bool),
        color: prop("fontColor", "#000000", normalizeColor),
        name: prop("fontName", "Calibri", (v, loc) => {
          if (typeof v !== "string" || v === "") throw officeError("InvalidArgument", "A font name must be non-empty text.", loc);
          return v;
        }),
        size: prop("fontSize", 11, (v, loc) => finiteNumber(v, loc, 1, 409)),
      },
    };
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._set("size", v);
  }
}

export class FakeRangeFill extends ProxyBase<RangeTarget> {
  protected _describe(): ObjectSpec<RangeTarget> {
    const host = this._host;
    return {
      className: "RangeFill",
      kind: "fill",
      alive: (t) => host.isAlive(t.sheet),
      scalars: {
        color: {
          read: (t) => styleOf(t.sheet, t.rect, "fillColor", "#FFFFFF"),
          write: (t, v) => setStyle(t.sheet, t.rect, { fillColor: normalizeColor(v, "RangeFill.color") }, "RangeFill.color"),
        },
      },
    };
  }

  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }

  clear(): void {
    this._call("clear", (t) => setStyle(t.sheet, t.rect, { fillColor: undefined }, "RangeFill.clear"));
  }
}

interface BorderTarget extends RangeTarget {
  readonly side: (typeof BORDER_INDEX)[number];
}

/** Borders are stored on every cell of the range under the side's name (a simplification). */
export class FakeRangeBorderCollection extends ProxyBase<RangeTarget> {
  protected _describe(): ObjectSpec<RangeTarget> {
    return { className: "RangeBorderCollection", kind: "borders", alive: (t) => this._host.isAlive(t.sheet), scalars: {} };
  }

  getItem(index: string): FakeRangeBorder {
    return this._callObject(
      "getItem",
      FakeRangeBorder,
      (t) => ({ ...t, side: oneOf(index, BORDER_INDEX, "RangeBorderCollection.getItem") }),
    );
  }
}

export class FakeRangeBorder extends ProxyBase<BorderTarget> {
  protected _describe(): ObjectSpec<BorderTarget> {
    const read = (key: keyof BorderModel, fallback: string) => (t: BorderTarget) => {
      const values: string[] = [];
      for (let r = t.rect.r0; r <= Math.min(lastRow(t.rect), t.rect.r0 + 999); r++) {
        for (let c = t.rect.c0; c <= Math.min(lastCol(t.rect), t.rect.c0 + 999); c++) {
          values.push(metaAt(t.sheet, r, c)?.style?.borders?.[t.side]?.[key] ?? fallback);
        }
      }
      return common(values);
    };
    const write = (key: keyof BorderModel, check: (v: unknown, loc: string) => string) => (t: BorderTarget, v: unknown) => {
      const value = check(v, `RangeBorder.${key}`);
      for (let r = t.rect.r0; r <= lastRow(t.rect); r++) {
        for (let c = t.rect.c0; c <= lastCol(t.rect); c++) {
          const borders = { ...metaAt(t.sheet, r, c)?.style?.borders };
          borders[t.side] = { ...(borders[t.side] ?? { style: "None", color: "#000000", weight: "Thin" }), [key]: value };
          setStyle(t.sheet, rect(r, c, 1, 1), { borders }, `RangeBorder.${key}`);
        }
      }
    };
    return {
      className: "RangeBorder",
      kind: "border",
      alive: (t) => this._host.isAlive(t.sheet),
      scalars: {
        sideIndex: { read: (t) => t.side },
        style: { read: read("style", "None"), write: write("style", (v, loc) => oneOf(v, BORDER_STYLE, loc)) },
        color: { read: read("color", "#000000"), write: write("color", (v, loc) => normalizeColor(v, loc) ?? "#000000") },
        weight: { read: read("weight", "Thin"), write: write("weight", (v, loc) => oneOf(v, BORDER_WEIGHT, loc)) },
      },
    };
  }

  get sideIndex(): string {
    return this._get("sideIndex");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._set("weight", v);
  }
}
