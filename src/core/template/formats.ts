/**
 * Number formats by what a value is. Money is shown in the template's unit with two
 * decimals ("0.00" for 亿, as the articles print it); rates as %; counts as whole numbers.
 */
import type { TemplateFieldKind } from "./input";
import type { MoneyUnitId } from "./options";

export function moneyFormat(unit: MoneyUnitId): string {
  return unit === "亿" || unit === "百万" ? "0.00" : "#,##0.00";
}

export const PERCENT_FORMAT = "0.00%";
export const RATIO_FORMAT = "0.00";
export const DAYS_FORMAT = "0.0";
export const COUNT_FORMAT = "#,##0";

export function formatForKind(kind: TemplateFieldKind, unit: MoneyUnitId): string {
  switch (kind) {
    case "money":
      return moneyFormat(unit);
    case "percent":
      return PERCENT_FORMAT;
    case "ratio":
    case "multiple":
      return RATIO_FORMAT;
    case "days":
      return DAYS_FORMAT;
    case "count":
    case "area":
      return COUNT_FORMAT;
  }
}
