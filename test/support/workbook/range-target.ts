/** What a Range proxy points at, and how address arguments resolve against a sheet. */
import { inBounds, parseAddress, qualified, type Rect } from "./address";
import { officeError } from "./errors";
import type { FakeHost } from "./host";
import type { SheetModel } from "./model";
import { sameName } from "./rules";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export function checked(target: Rect, location: string): Rect {
  if (!inBounds(target)) throw officeError("InvalidArgument", "The range would fall outside the worksheet grid.", location);
  return target;
}

export function addressOf(target: RangeTarget, absolute = false): string {
  return qualified(target.sheet.name, target.rect, absolute);
}

/**
 * Resolves an address string on `sheet`: "B2:D6", "Sheet1!B2" (same sheet only unless
 * `anySheet`), or a workbook name that refers to a range.
 */
export function resolveAddress(host: FakeHost, sheet: SheetModel | null, address: unknown, location: string, anySheet = false): RangeTarget {
  if (typeof address !== "string") throw officeError("InvalidArgument", `${JSON.stringify(address)} is not a range address.`, location);
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet === undefined) {
      if (!sheet) throw officeError("InvalidArgument", `"${address}" needs a sheet name.`, location);
      return { sheet, rect: parsed.rect };
    }
    const named = host.model.sheets.find((s) => sameName(s.name, parsed.sheet!));
    if (!named) throw officeError("ItemNotFound", `There is no sheet "${parsed.sheet}".`, location);
    if (!anySheet && sheet && named !== sheet) {
      throw officeError("InvalidArgument", `"${address}" is on another sheet.`, location);
    }
    return { sheet: named, rect: parsed.rect };
  }
  const name = host.model.names.find((n) => sameName(n.name, address));
  if (name) {
    const refersTo = parseAddress(name.formula.replace(/^=/, ""));
    const refSheet = refersTo?.sheet !== undefined ? host.model.sheets.find((s) => sameName(s.name, refersTo.sheet!)) : undefined;
    if (refersTo && refSheet && (anySheet || !sheet || refSheet === sheet)) return { sheet: refSheet, rect: refersTo.rect };
  }
  throw officeError("InvalidArgument", `"${address}" is not a valid range address.`, location);
}
