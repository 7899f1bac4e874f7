/**
 * What the ribbon's "Refresh charts" button runs, without the pane: the Excel adapter's
 * refresh (src/excel), applying re-binds of recorded charts only — rebuilding a missing chart
 * or rolling a user's chart forward needs the pane's preview and consent.
 */
import { refreshChartsCommand } from "../excel/index";
import type { RibbonOutcome } from "../excel/ribbon-outcome";

/** The result of one ribbon command run: whether it did its work, and what to tell the person. */
export type RefreshCommandOutcome = RibbonOutcome;

export async function runRefreshChartsCommand(): Promise<RefreshCommandOutcome> {
  const r = await refreshChartsCommand();
  return r.ok ? { done: true, message: r.summary } : { done: false, message: r.reason };
}
