/**
 * Ribbon commands. Loaded in the shared-runtime page after the functions chunk, so the
 * "Refresh charts" button (manifest FunctionName `refreshCharts`) works without the pane.
 */
import { runRefreshChartsCommand, type RefreshCommandOutcome } from "./refresh-command";

/** The part of an ExecuteFunction event the handler uses. */
export interface CommandEvent {
  completed(): void;
}

/**
 * Builds the `refreshCharts` handler. Office waits for `event.completed()` before it runs the
 * next command, so it is called whatever happens; an unexpected exception becomes an outcome
 * instead of an unhandled rejection in the runtime.
 */
export function createRefreshChartsHandler(
  run: () => Promise<RefreshCommandOutcome> = runRefreshChartsCommand,
): (event: CommandEvent) => Promise<RefreshCommandOutcome> {
  return async (event) => {
    try {
      return await run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { done: false, message: { en: `Refresh charts failed: ${reason}`, zh: `刷新图表失败：${reason}` } };
    } finally {
      event.completed();
    }
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
