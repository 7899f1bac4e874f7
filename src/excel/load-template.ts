/**
 * "Load template": bundled data → TemplateInput → TemplatePlan (core) → the workbook
 * (apply-template.ts). The dataset is injectable so tests can use fixtures.
 */
import { getDataset } from "../core/dataset/default-dataset";
import type { Dataset } from "../core/dataset/types";
import { buildTemplatePlan } from "../core/template/build";
import { templateInputForCompany } from "../core/template/from-dataset";
import { applyTemplatePlan } from "./apply-template";
import { reasonOf } from "./batch";
import { EXCEL_MSG } from "./messages";
import type { ExcelEnv, LoadProgress, LoadTemplateOptions, LoadTemplateResult, Outcome } from "./types";

export async function loadTemplateWith(
  env: ExcelEnv,
  options: LoadTemplateOptions,
  onProgress?: (p: LoadProgress) => void,
  dataset?: () => Dataset,
): Promise<Outcome<LoadTemplateResult>> {
  let plan;
  try {
    const input = templateInputForCompany((dataset ?? getDataset)(), options.company);
    if (!input.ok) return { ok: false, reason: input.reason };
    plan = buildTemplatePlan(input.input, {
      lang: options.lang,
      style: options.style ?? "live",
      unit: options.unit ?? "亿",
      charts: options.charts !== false,
    });
  } catch (error) {
    // A bug in planning must still reach the pane as a reason.
    return { ok: false, reason: reasonOf(error) };
  }
  try {
    onProgress?.({ step: "plan", fraction: 0.1, message: EXCEL_MSG.progressPlanned });
  } catch {
    // ignore a failing progress callback
  }
  return applyTemplatePlan(env, plan, { activate: options.activate !== false, ...(onProgress ? { onProgress } : {}) });
}
