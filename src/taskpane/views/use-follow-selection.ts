/**
 * Keeps the sources view on the selected cell: reads it once, then again after each selection
 * change Excel reports (coalesced: a read already running is followed by one more read, not
 * by one per event). Unsubscribes when the view closes. Returns "read now" for the button.
 */
import { useCallback, useEffect, useRef } from "react";
import { onSelectionChanged, readActiveCell, type Unsubscribe } from "../../excel/index";
import { runOperation } from "../state/operation";
import { usePaneState } from "../state/PaneState";

/** Selection events come in bursts (drag-selecting); wait this long for the last one. */
const SETTLE_MS = 120;

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    read();
    void onSelectionChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => live && read(), SETTLE_MS);
    }).then((outcome) => {
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
      clearTimeout(timer);
      if (unsubscribe) void unsubscribe();
      sourcesDispatch({ type: "follow", follow: { status: "off" } });
    };
  }, [enabled, read, sourcesDispatch]);

  return read;
}
