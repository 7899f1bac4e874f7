/**
 * Requirement sets. Office.js checks these in the client library: calling a method (or reading a
 * property) from a set the host does not support throws ApiNotFound at once, with the message
 * "The method or property X is part of the ExcelApi 1.15 requirement set, which is not available
 * in your version of Excel." Sets are cumulative: supporting ExcelApi 1.15 means 1.1–1.15.
 */
import { apiNotFound } from "./errors";

/** What current Excel (desktop and web) supports; tests narrow it with `options.supported`. */
export const DEFAULT_SUPPORTED: readonly string[] = [
  "ExcelApi 1.17",
  "SharedRuntime 1.1",
  "CustomFunctionsRuntime 1.4",
  "RibbonApi 1.1",
];

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class Requirements {
  private readonly highest = new Map<string, string>();

  constructor(supported: Iterable<string>) {
    for (const entry of supported) {
      const m = /^\s*(\S+)\s+(\d+(?:\.\d+)*)\s*$/.exec(entry);
      if (!m) throw new Error(`Requirement set "${entry}" should look like "ExcelApi 1.7"`);
      const name = m[1]!.toLowerCase();
      const version = m[2]!;
      const prev = this.highest.get(name);
      if (prev === undefined || compareVersions(version, prev) > 0) this.highest.set(name, version);
    }
  }

  /** Office.context.requirements.isSetSupported(name, minVersion). */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    const highest = this.highest.get(name.toLowerCase());
    if (highest === undefined) return false;
    return minVersion === undefined || compareVersions(highest, String(minVersion)) >= 0;
  }

  /** Throws ApiNotFound when `api` ("ChartSeries.setValues") needs an ExcelApi version the host lacks. */
  require(api: string, excelApiVersion: string | undefined): void {
    if (excelApiVersion !== undefined && !this.isSetSupported("ExcelApi", excelApiVersion)) {
      throw apiNotFound(api, `ExcelApi ${excelApiVersion}`);
    }
  }
}
