/** Helpers for the import tests: fixtures from test/fixtures/import, a preview of them against the bundled data. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach } from "vitest";
import { getDataset } from "../../../src/core/dataset";
import { applyImport, buildPreview, parseCsvText, parseImportFile, registerImported } from "../../../src/core/import";
import { EMPTY_IMPORTED, type ImportedData, type ImportPreview, type ParsedSource } from "../../../src/core/import/types";

export const FIXTURES = resolve(__dirname, "../../fixtures/import");

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(resolve(FIXTURES, name)));
}

export async function previewOfFile(name: string): Promise<ImportPreview> {
  return buildPreview(await parseImportFile(fixtureBytes(name), name), getDataset());
}

export async function previewOfCsv(text: string, name = "test.csv"): Promise<ImportPreview> {
  return buildPreview(await parseCsvText(text, name), getDataset());
}

export async function sourceOfCsv(text: string, name = "test.csv"): Promise<ParsedSource> {
  return parseCsvText(text, name);
}

/** Applies a preview to an empty workbook and registers the result with the dataset. */
export function applyAndRegister(preview: ImportPreview, stored: ImportedData = EMPTY_IMPORTED): ImportedData {
  const r = applyImport(preview, stored);
  if (!r.ok) throw new Error(r.reason.en);
  registerImported(r.data);
  return r.data;
}

/** Every test file that registers imported data leaves the shared dataset as it found it. */
export function resetImportedAfterEach(): void {
  afterEach(() => registerImported(EMPTY_IMPORTED));
}

/** The figure of a preview for (company name or code, field, period). */
export function figureOf(p: ImportPreview, company: string, field: string, period: string) {
  const c = p.companies.find((x) => x.name === company || x.code === company);
  return p.figures.find((f) => f.company === c?.key && f.field === field && f.period === period);
}
