/**
 * Keeps the sources view on the selected cell: reads it once, then again after each selection
 * change Excel reports (coalesced: a read already running is followed by one more read, not
 * by one per event). Unsubscribes when the view closes. Returns "read now" for the button.
 *
 * In the shared runtime the page keeps running while the pane is hidden: the follower then
 * pauses (no calls to Excel) and reads once when the pane is shown again, if the selection
 * changed meanwhile (Office.addin.onVisibilityModeChanged). A read that meets cell-edit mode
 * waits it out with backoff (src/excel's readActiveCell), like Script Lab's tryExcelRun.
 */
import { useCallback, useEffect, useRef } from "react";
import { onPaneVisibilityChanged, onSelectionChanged, readActiveCell, type Unsubscribe } from "../../excel/index";
import { runOperation } from "../state/operation";
import { usePaneState } from "../state/PaneState";

/** Selection events come in bursts (drag-selecting); wait this long for the last one. */
const SETTLE_MS = 120;

export interface SelectionFollower {
  /** Excel reported a selection change. */
  selectionChanged(): void;
  /** The pane was shown (true) or hidden (false). */
  visibilityChanged(visible: boolean): void;
  /** Stops: no read happens after this. */
  dispose(): void;
}

/**
 * The follower's timing, apart from React: reads `settleMs` after the last selection change
 * while the pane is visible; while hidden, only remembers that the selection changed, and
 * reads once when the pane is shown again.
 */
export function createSelectionFollower(read: () => void, settleMs = SETTLE_MS): SelectionFollower {
  let visible = true;
  let live = true;
  let stale = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      return true;
    }
    return false;
  };
  return {
    selectionChanged() {
      if (!live) return;
      cancel();
      if (!visible) {
        stale = true;
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        if (live && visible) read();
      }, settleMs);
    },
    visibilityChanged(nowVisible) {
      if (!live) return;
      visible = nowVisible;
      if (!nowVisible) {
        if (cancel()) stale = true;
        return;
      }
      if (stale) {
        stale = false;
        read();
      }
    },
    dispose() {
      live = false;
      cancel();
    },
  };
}

export function useFollowSelection(enabled: boolean): () => void {
  const { sourcesDispatch, guards } = usePaneState();
  const again = useRef(false);

  const read = useCallback(() => {
    const run = (): void => {
      if (guards.readCell.current) {
        again.current = true;
        return;
      }
      void runOperation(guards.readCell, () => readActiveCell(), (action) => sourcesDispatch({ type: "cell", action })).then(() => {
        if (again.current) {
          again.current = false;
          run();
        }
      });
    };
    run();
  }, [guards, sourcesDispatch]);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let unsubscribe: Unsubscribe | undefined;
    let unwatch: Unsubscribe | null = null;
    const follower = createSelectionFollower(() => live && read());
    read();
    // Promise.resolve: a stand-in adapter (the pane's tests) may return nothing at all.
    void Promise.resolve(onPaneVisibilityChanged((visible) => follower.visibilityChanged(visible))).then((stop) => {
      if (!live) void stop?.();
      else unwatch = stop ?? null;
    });
    void onSelectionChanged(() => follower.selectionChanged()).then((outcome) => {
      if (!outcome.ok) {
        if (live) sourcesDispatch({ type: "follow", follow: { status: "unavailable", reason: outcome.reason } });
        return;
      }
      if (!live) {
        void outcome.unsubscribe();
        return;
      }
      unsubscribe = outcome.unsubscribe;
      sourcesDispatch({ type: "follow", follow: { status: "on" } });
    });
    return () => {
      live = false;
      follower.dispose();
      if (unsubscribe) void unsubscribe();
      if (unwatch) void unwatch();
      sourcesDispatch({ type: "follow", follow: { status: "off" } });
    };
  }, [enabled, read, sourcesDispatch]);

  return read;
}
