/** The in-memory workbook with CAPCYCLE registered, and the adapter env bound to it. */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../support/workbook/index";
import { registerCapcycleFunctions } from "../support/hyperformula-capcycle";
import type { ExcelEnv } from "../../src/excel/types";

export function fakeWorkbook(options: FakeExcelOptions = {}): { fake: FakeExcel; env: ExcelEnv } {
  const fake = createFakeExcel({ registerFunctions: (hf) => registerCapcycleFunctions(hf), ...options });
  return { fake, env: { run: fake.run, isSetSupported: (name, v) => fake.isSetSupported(name, v) } };
}

/** Requirement sets up to ExcelApi 1.<minor>. */
export function upTo(minor: number): string[] {
  return [`ExcelApi 1.${minor}`];
}
