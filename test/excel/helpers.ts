/** The in-memory workbook with CAPCYCLE registered, and the adapter env bound to it. */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../support/workbook/index";
import { FakeWorksheet } from "../support/workbook/worksheet";
import { registerCapcycleFunctions } from "../support/hyperformula-capcycle";
import type { ExcelEnv } from "../../src/excel/types";

/**
 * Office.js loads collections nested in a worksheet in the same request
 * (`worksheets.load("items/charts/items/series/items/name")`; WorksheetLoadOptions.charts).
 * The in-memory workbook does not list `charts` and `tables` among a worksheet's navigation
 * properties yet; until it does, they are added here, for these tests only.
 */
type Described = { navigation?: Record<string, () => unknown> };
const proto = FakeWorksheet.prototype as unknown as { _describe(this: FakeWorksheet): Described; __capcycleNested?: true };
if (!proto.__capcycleNested) {
  const describe = proto._describe;
  proto._describe = function (this: FakeWorksheet) {
    const spec = describe.call(this);
    const nav = spec.navigation ?? {};
    return { ...spec, navigation: { charts: () => this.charts, tables: () => this.tables, ...nav } };
  };
  proto.__capcycleNested = true;
}

export function fakeWorkbook(options: FakeExcelOptions = {}): { fake: FakeExcel; env: ExcelEnv } {
  const fake = createFakeExcel({ registerFunctions: (hf) => registerCapcycleFunctions(hf), ...options });
  return { fake, env: { run: fake.run, isSetSupported: (name, v) => fake.isSetSupported(name, v) } };
}

/** Requirement sets up to ExcelApi 1.<minor>. */
export function upTo(minor: number): string[] {
  return [`ExcelApi 1.${minor}`];
}
