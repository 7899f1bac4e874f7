/**
 * Ribbon commands. Loaded in the shared-runtime page after the functions chunk, so the
 * "Refresh charts" button (manifest FunctionName `refreshCharts`) works without the pane.
 */
import { langFromLocale, pick } from "../core/errors";
import type { RefreshCommandOutcome } from "./refresh-command";

/**
 * The refresh itself (src/excel, the template and chart code) loads when the button is first
 * pressed: at start-up this chunk only associates the action, so the page's first scripts stay
 * small (the pane needs none of it to show its first view).
 */
const runRefreshChartsCommand = (): Promise<RefreshCommandOutcome> =>
  import(/* webpackChunkName: "refresh-command" */ "./refresh-command").then((m) => m.runRefreshChartsCommand());

/** The part of an ExecuteFunction event the handler uses. */
export interface CommandEvent {
  completed(): void;
}

/**
 * Where a ribbon outcome goes. Excel has no notification API for add-in commands (a dialog
 * would be the only visible surface, too heavy for a summary line), so by default it is
 * logged, in the display language, to the shared runtime's console.
 */
export type ReportOutcome = (outcome: RefreshCommandOutcome) => void;

export const logOutcome: ReportOutcome = (outcome) => {
  const g = globalThis as { Office?: { context?: { displayLanguage?: string } } };
  const text = pick(outcome.message, langFromLocale(g.Office?.context?.displayLanguage));
  if (outcome.done) console.info(`CapCycle: ${text}`);
  else console.warn(`CapCycle: ${text}`);
};

/**
 * Builds the `refreshCharts` handler. Office waits for `event.completed()` before it runs the
 * next command, so it is called whatever happens; an unexpected exception becomes an outcome
 * instead of an unhandled rejection in the runtime. The outcome is reported, then returned.
 */
export function createRefreshChartsHandler(
  run: () => Promise<RefreshCommandOutcome> = runRefreshChartsCommand,
  report: ReportOutcome = logOutcome,
): (event: CommandEvent) => Promise<RefreshCommandOutcome> {
  return async (event) => {
    let outcome: RefreshCommandOutcome;
    try {
      outcome = await run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcome = { done: false, message: { en: `Refresh charts failed: ${reason}`, zh: `刷新图表失败：${reason}` } };
    }
    try {
      report(outcome);
    } catch {
      // Reporting must not keep Office waiting for completed().
    }
    event.completed();
    return outcome;
  };
}

/** The slice of the Office global this module needs; absent outside Office. */
export interface OfficeActions {
  actions?: { associate(name: string, action: (event: CommandEvent) => unknown): void };
}

/** Associates the ribbon actions; returns false where there is no Office to associate with. */
export function registerCommands(office: OfficeActions | undefined): boolean {
  if (typeof office?.actions?.associate !== "function") return false;
  office.actions.associate("refreshCharts", createRefreshChartsHandler());
  return true;
}

registerCommands(typeof Office === "undefined" ? undefined : Office);
