/**
 * Ribbon commands. Loaded in the shared-runtime page after the functions chunk, so the
 * "Refresh charts" button (manifest FunctionName `refreshCharts`) works without the pane.
 */
import { langFromLocale, pick } from "../core/errors";
import { RIBBON_MSG } from "../excel/ribbon-messages";
import { postRibbonOutcome } from "../excel/ribbon-outcome";
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

/** Where a ribbon outcome goes. */
export type ReportOutcome = (outcome: RefreshCommandOutcome) => void | Promise<void>;

/** The outcome in the runtime's console, in Office's display language (the last resort). */
export const logOutcome = (outcome: RefreshCommandOutcome): void => {
  const g = globalThis as { Office?: { context?: { displayLanguage?: string } } };
  const text = pick(outcome.message, langFromLocale(g.Office?.context?.displayLanguage));
  if (outcome.done) console.info(`CapCycle: ${text}`);
  else console.warn(`CapCycle: ${text}`);
};

/** The slice of Office.addin this module uses (SharedRuntime 1.1). */
interface AddinApi {
  showAsTaskpane?: () => Promise<void>;
}

/**
 * Shows the outcome to the person: posted to the pane's channel, then the task pane is shown
 * (Office.addin.showAsTaskpane, SharedRuntime 1.1 — the shared runtime keeps running without
 * the pane, and this opens it on the page that already runs) where it appears at the top, in
 * the pane's language, failures included. Without the shared runtime API it goes to the console.
 * Why not a dialog (Office.context.ui.displayDialogAsync): it opens another page in another
 * runtime that must be served and closed by the person, Excel allows one at a time, and the
 * pane is where the refresh preview and its consent already live (docs/decisions.md).
 */
export const showOutcome: ReportOutcome = async (outcome) => {
  postRibbonOutcome(outcome);
  const g = globalThis as { Office?: { addin?: AddinApi; context?: { requirements?: { isSetSupported?(n: string, v?: string): boolean } } } };
  const addin = g.Office?.addin;
  const shared = g.Office?.context?.requirements?.isSetSupported?.("SharedRuntime", "1.1") ?? false;
  if (shared && typeof addin?.showAsTaskpane === "function") {
    try {
      await addin.showAsTaskpane();
      return;
    } catch {
      // fall through to the console
    }
  }
  logOutcome(outcome);
};

/**
 * Builds the `refreshCharts` handler. Office waits for `event.completed()` before it runs the
 * next command, so it is called whatever happens; an unexpected exception becomes an outcome
 * instead of an unhandled rejection in the runtime. The outcome is reported, then returned.
 */
export function createRefreshChartsHandler(
  run: () => Promise<RefreshCommandOutcome> = runRefreshChartsCommand,
  report: ReportOutcome = showOutcome,
): (event: CommandEvent) => Promise<RefreshCommandOutcome> {
  return async (event) => {
    let outcome: RefreshCommandOutcome;
    try {
      outcome = await run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcome = { done: false, message: RIBBON_MSG.ribbonFailed(reason) };
    }
    try {
      await report(outcome);
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
