/**
 * The adapter's host: `Excel.run` and the requirement-set check, taken from the Office
 * globals when present. Outside Office (plain browser, tests without a fake) `run` resolves
 * to a failure instead of throwing, so every entry point still returns an Outcome.
 */
import type { Localized } from "../core/errors";
import type { ExcelEnv, ExcelRun, HostCapabilities, HostFeature, IsSetSupported } from "./types";
import { EXCEL_MSG } from "./messages";

/** Thrown inside `run` only when no Excel host exists; caught by every entry point. */
export class NoExcelHostError extends Error {
  override readonly name = "NoExcelHostError";
}

function globalExcel(): { run: ExcelRun } | undefined {
  const g = globalThis as { Excel?: { run?: unknown } };
  return g.Excel && typeof g.Excel.run === "function" ? (g.Excel as { run: ExcelRun }) : undefined;
}

function globalIsSetSupported(): IsSetSupported | undefined {
  const g = globalThis as { Office?: { context?: { requirements?: { isSetSupported?: IsSetSupported } } } };
  const req = g.Office?.context?.requirements;
  return req && typeof req.isSetSupported === "function" ? (name, v) => req.isSetSupported!(name, v) : undefined;
}

/** The env of the running add-in: global Excel.run and Office's isSetSupported (read lazily). */
export function defaultEnv(): ExcelEnv {
  return {
    run: (batch) => {
      const excel = globalExcel();
      if (!excel) return Promise.reject(new NoExcelHostError("Excel is not available"));
      return excel.run(batch);
    },
    isSetSupported: (name, version) => {
      const check = globalIsSetSupported();
      return check ? check(name, version) : false;
    },
  };
}

/** True when the host has ExcelApi `version` (e.g. "1.15"). Never throws. */
export function hasExcelApi(env: ExcelEnv, version: string): boolean {
  try {
    return env.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

/** Which requirement set each feature needs. */
const FEATURE_NEEDS: Readonly<Record<HostFeature, string>> = {
  templates: "1.4",
  charts: "1.7",
  secondaryAxis: "1.8",
  bindings: "1.5",
  rollForward: "1.15",
  chartFromSelection: "1.7",
  selectionEvents: "1.3",
};

/** Why a feature is unavailable, or undefined when it is. */
export function missingApi(env: ExcelEnv, feature: HostFeature): Localized | undefined {
  const version = FEATURE_NEEDS[feature];
  return hasExcelApi(env, version) ? undefined : EXCEL_MSG.needsApi(feature, version);
}

export function hostCapabilitiesFor(env: ExcelEnv): HostCapabilities {
  const features = {} as Record<HostFeature, { available: boolean; reason?: Localized }>;
  const inExcel = hasExcelApi(env, "1.1");
  for (const f of Object.keys(FEATURE_NEEDS) as HostFeature[]) {
    const reason = inExcel ? missingApi(env, f) : EXCEL_MSG.notInExcel;
    features[f] = reason ? { available: false, reason } : { available: true };
  }
  return {
    inExcel,
    excelApi: {
      "1.5": hasExcelApi(env, "1.5"),
      "1.7": hasExcelApi(env, "1.7"),
      "1.8": hasExcelApi(env, "1.8"),
      "1.15": hasExcelApi(env, "1.15"),
    },
    features,
  };
}
