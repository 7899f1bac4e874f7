/**
 * The fields the financials table shows: the capital-cycle inputs and the statement items an
 * analyst reads next to them, each with its stated year-on-year growth (`<field>_yoy`). Every
 * other figure goes to the long "Other figures" table, so the financials stay one screen wide
 * instead of a column per field the articles happen to mention (share-based compensation,
 * penalties ...), mostly blank.
 */
import type { Localized } from "../errors";
import type { TemplateField } from "./input";
import { STATEMENT_LABELS } from "./messages";

export const FINANCIAL_FIELDS: readonly string[] = [
  // Income statement
  "revenue",
  "net_profit",
  "net_profit_deducted",
  "gross_margin",
  "selling_expense",
  "admin_expense",
  "rd_total",
  "rd_expensed",
  "rd_capitalized",
  "overseas_revenue",
  // Cash flow
  "operating_cash_flow",
  "investing_cash_flow",
  "financing_cash_flow",
  "capex",
  "da",
  "dividends_paid",
  // Balance sheet (stocks: the period is the date it closes)
  "cash",
  "receivables",
  "inventory",
  "fixed_assets",
  "construction_in_progress",
  "right_of_use_assets",
  "goodwill",
  "total_liabilities",
  "equity",
  "debt_to_assets",
  // Operating volumes (the eye-hospital articles' capacity measures)
  "outpatient_visits",
  "surgeries",
];

const SET = new Set(FINANCIAL_FIELDS);

/** A financials column: one of FINANCIAL_FIELDS or the stated growth of one. */
export function isFinancialField(field: Pick<TemplateField, "id" | "yoyOf">): boolean {
  if (SET.has(field.id)) return true;
  const base = field.yoyOf ?? (field.id.endsWith("_yoy") ? field.id.slice(0, -4) : undefined);
  return base !== undefined && SET.has(base);
}

/** The statement a financials row sits under, in the order analysts read them. */
export interface Statement {
  readonly id: "income" | "cash_flow" | "balance_sheet" | "operating";
  readonly label: Localized;
  readonly fields: readonly string[];
}

export const STATEMENTS: readonly Statement[] = [
  {
    id: "income",
    label: STATEMENT_LABELS.income,
    fields: ["revenue", "net_profit", "net_profit_deducted", "gross_margin", "selling_expense", "admin_expense", "rd_total", "rd_expensed", "rd_capitalized", "overseas_revenue"],
  },
  {
    id: "cash_flow",
    label: STATEMENT_LABELS.cash_flow,
    fields: ["operating_cash_flow", "investing_cash_flow", "financing_cash_flow", "capex", "da", "dividends_paid"],
  },
  {
    id: "balance_sheet",
    label: STATEMENT_LABELS.balance_sheet,
    fields: ["cash", "receivables", "inventory", "fixed_assets", "construction_in_progress", "right_of_use_assets", "goodwill", "total_liabilities", "equity", "debt_to_assets"],
  },
  { id: "operating", label: STATEMENT_LABELS.operating, fields: ["outpatient_visits", "surgeries"] },
];

/** The base field of a financials field: itself, or the field a `<field>_yoy` is the growth of. */
export function baseFieldOf(field: Pick<TemplateField, "id" | "yoyOf">): string {
  if (SET.has(field.id)) return field.id;
  return field.yoyOf ?? (field.id.endsWith("_yoy") ? field.id.slice(0, -4) : field.id);
}
