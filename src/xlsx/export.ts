/**
 * The xlsx export, end to end and without touching the disk:
 *
 *   company → TemplateInput (core, as "Load template")
 *           → TemplatePlan, portable style (core)
 *           → cached results (HyperFormula, results.ts)
 *           → exceljs workbook: cells, formats, widths, tables (workbook.ts) → bytes
 *           → Excelize: native charts, frozen panes, print setup, defined names (deliverable.ts)
 *           → what Excelize writes unlike Excel, put back (after-excelize.ts)
 *           → + the chart-binding custom XML part (custom-xml.ts)
 *
 * Reasons come back as values (unknown company with the closest names, a formula that
 * cannot be cached); only programming errors throw.
 */
import { serializeBindings } from "../core/chart/binding-xml";
import { isCellError, type ErrorKind, type Lang, type Localized } from "../core/errors";
import type { Dataset } from "../core/dataset/types";
import { buildTemplatePlan } from "../core/template/build";
import { templateInputForCompany } from "../core/template/from-dataset";
import type { MoneyUnitId } from "../core/template/options";
import type { TemplateInput } from "../core/template/input";
import type { TemplatePlan } from "../core/template/types";
import { afterExcelize } from "./after-excelize";
import { addCustomXmlPart } from "./custom-xml";
import { makeDeliverable } from "./deliverable";
import { EXPORT_MSG } from "./messages";
import { computePlanResults, type CachedResult } from "./results";
import type { SheetSetup } from "./sheet-setup";
import { plansWorkbook } from "./workbook";

export interface ExportOptions {
  readonly lang: Lang;
  /** Money unit (default 亿). */
  readonly unit?: MoneyUnitId;
}

/** One template sheet of an exported workbook. */
export interface ExportedSheet {
  readonly plan: TemplatePlan;
  readonly sheet: string;
  readonly tables: readonly string[];
  /** The charts on the sheet (native charts, also recorded in the binding part), by name. */
  readonly charts: readonly string[];
  /** Frozen panes, print setup and defined names as written. */
  readonly setup: SheetSetup;
  /** The cached result of every formula cell, by A1 address. */
  readonly results: ReadonlyMap<string, CachedResult>;
  /** Formula cells whose result is an error value (as Excel would show them). */
  readonly formulaErrors: readonly { readonly cell: string; readonly error: ErrorKind }[];
}

/** A workbook of one template sheet. */
export interface ExportedTemplate extends ExportedSheet {
  readonly bytes: Uint8Array;
}

export interface ExportedWorkbook {
  readonly bytes: Uint8Array;
  /** One per plan, in order. */
  readonly sheets: readonly ExportedSheet[];
}

export type ExportOutcome = ({ readonly ok: true } & ExportedTemplate) | { readonly ok: false; readonly reason: Localized };
export type WorkbookOutcome = ({ readonly ok: true } & ExportedWorkbook) | { readonly ok: false; readonly reason: Localized };

/** Writes already planned (portable) templates as one workbook, a sheet each, as .xlsx bytes. */
export async function plansToXlsx(plans: readonly TemplatePlan[]): Promise<WorkbookOutcome> {
  const items: { plan: TemplatePlan; results: ReadonlyMap<string, CachedResult> }[] = [];
  for (const plan of plans) {
    const computed = computePlanResults(plan);
    if (!computed.ok) return { ok: false, reason: EXPORT_MSG.noCache(plans.length > 1 ? `${plan.sheetName}!${computed.cell}` : computed.cell, computed.formula, computed.got) };
    items.push({ plan, results: computed.results });
  }
  const { workbook, sheets, bindings } = plansWorkbook(items);
  const cellsOnly = new Uint8Array(await workbook.xlsx.writeBuffer());
  const deliverable = await makeDeliverable(cellsOnly, sheets);
  const named = await afterExcelize(deliverable.bytes, deliverable.literalNames);
  const bytes = await addCustomXmlPart(named, serializeBindings(bindings));
  return {
    ok: true,
    bytes,
    sheets: sheets.map((s, i) => ({
      plan: s.plan,
      sheet: s.sheet,
      tables: [...s.tableNames.values()],
      charts: bindings.charts.filter((c) => c.sheet === s.sheet).map((c) => c.chart),
      setup: deliverable.setups[i]!,
      results: items[i]!.results,
      formulaErrors: [...items[i]!.results].flatMap(([cell, v]) => (isCellError(v) ? [{ cell, error: v.error }] : [])),
    })),
  };
}

/** Writes an already planned (portable) template as .xlsx bytes. */
export async function planToXlsx(plan: TemplatePlan): Promise<ExportOutcome> {
  const out = await plansToXlsx([plan]);
  if (!out.ok) return out;
  return { ok: true, bytes: out.bytes, ...out.sheets[0]! };
}

/** The template of a TemplateInput (fixtures, or the dataset's) as .xlsx bytes. */
export function inputToXlsx(input: TemplateInput, options: ExportOptions): Promise<ExportOutcome> {
  return planToXlsx(buildTemplatePlan(input, { lang: options.lang, style: "portable", unit: options.unit ?? "亿" }));
}

/** The template of a company as users name it (id, ticker, English or Chinese name). */
export async function exportCompany(ds: Dataset, company: string, options: ExportOptions): Promise<ExportOutcome> {
  const input = templateInputForCompany(ds, company);
  if (!input.ok) return { ok: false, reason: input.reason };
  return inputToXlsx(input.input, options);
}
