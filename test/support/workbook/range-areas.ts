/**
 * Excel.RangeAreas (ExcelApi 1.9): what `workbook.getSelectedRanges()` returns — the areas a
 * person picked with Ctrl, in the order picked — and its `areas` RangeCollection. Only what the
 * adapter reads is modelled: `address`, `areaCount`, `areas` (load "areas/items/address").
 */
import { qualified, type Rect } from "./address";
import type { SheetModel } from "./model";
import { CollectionBase, ProxyBase, type ObjectSpec } from "./proxy";
import { FakeRange } from "./range";
import type { RangeTarget } from "./range-target";
import { FakeWorksheet } from "./worksheet";

export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly areas: readonly Rect[];
}

export class FakeRangeAreas extends ProxyBase<AreasTarget> {
  protected _describe(): ObjectSpec<AreasTarget> {
    const host = this._host;
    return {
      className: "RangeAreas",
      kind: "rangeAreas",
      alive: (t) => host.isAlive(t.sheet),
      scalars: {
        // Excel lists every area with its sheet ("Model!C5:H5,Model!C9:H9").
        address: { read: (t) => t.areas.map((r) => qualified(t.sheet.name, r)).join(",") },
        areaCount: { read: (t) => t.areas.length },
      },
      navigation: { areas: () => this.areas, worksheet: () => this.worksheet },
    };
  }

  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get areas(): FakeRangeCollection {
    return this._navigate("areas", FakeRangeCollection, (t) => t);
  }
  get worksheet(): FakeWorksheet {
    return this._navigate("worksheet", FakeWorksheet, (t) => t.sheet);
  }
}

/** Excel.RangeCollection: the areas, each a Range. */
export class FakeRangeCollection extends CollectionBase<AreasTarget, RangeTarget, FakeRange> {
  protected _describe(): ObjectSpec<AreasTarget> {
    return { className: "RangeCollection", kind: "ranges", scalars: { count: { read: (t) => t.areas.length } } };
  }
  protected _list(t: AreasTarget): RangeTarget[] {
    return t.areas.map((rect) => ({ sheet: t.sheet, rect }));
  }
  protected _wrap(item: RangeTarget): FakeRange {
    return new FakeRange(this.context, { target: item });
  }
  get count(): number {
    return this._get("count");
  }
}
