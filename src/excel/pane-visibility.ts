/**
 * Whether the task pane is visible. In the shared runtime the page keeps running when the
 * person closes the pane, and Office reports it through Office.addin.onVisibilityModeChanged
 * (SharedRuntime 1.1; learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in), so
 * work done for the pane — following the selected cell — can pause instead of calling Excel.
 */
import type { Unsubscribe } from "./types";

/** The slice of `Office` this reads; injectable for tests. */
export interface VisibilityHost {
  readonly addin?: {
    onVisibilityModeChanged?: (handler: (args: { visibilityMode: string }) => void) => Promise<() => Promise<void>>;
  };
}

function officeGlobal(): VisibilityHost | undefined {
  return (globalThis as { Office?: VisibilityHost }).Office;
}

/**
 * Calls `handler(visible)` whenever the pane is shown or hidden. Resolves to the unsubscribe
 * function, or null where Office does not report it (no shared runtime): the pane then counts
 * as always visible. Never throws.
 */
export async function onPaneVisibilityChanged(handler: (visible: boolean) => void, office: VisibilityHost | undefined = officeGlobal()): Promise<Unsubscribe | null> {
  const register = office?.addin?.onVisibilityModeChanged;
  if (typeof register !== "function") return null;
  try {
    const remove = await register.call(office!.addin, (args) => {
      try {
        handler(args?.visibilityMode !== "Hidden");
      } catch {
        // the pane's handler must not break Office's event dispatch
      }
    });
    return async () => {
      try {
        await remove();
      } catch {
        // already gone
      }
    };
  } catch {
    return null;
  }
}
