/**
 * Where the ribbon's outcome goes so the person sees it: a tiny in-page channel the task pane
 * listens on (no Office.js here: it lives in src/excel because both the ribbon commands and the
 * pane may use src/excel, and neither may use the other). In the shared runtime the ribbon command and the pane run in one page, but they
 * may be separate webpack chunks with separate module instances, so the channel lives on
 * globalThis (one per page), not in module state.
 */
import type { Localized } from "../core/errors";
import { RIBBON_MSG } from "./ribbon-messages";

/** The words the pane shows around the outcome (from the adapter's one catalogue of messages). */
export const RIBBON_TEXT = { title: RIBBON_MSG.ribbonTitle, dismiss: RIBBON_MSG.dismiss } as const;

/** The result of one ribbon command run: whether it did its work, and what to tell the person. */
export interface RibbonOutcome {
  readonly done: boolean;
  readonly message: Localized;
}

type Listener = (outcome: RibbonOutcome) => void;

interface Channel {
  last: RibbonOutcome | null;
  readonly listeners: Set<Listener>;
}

const KEY = Symbol.for("capcycle.ribbonOutcome");

function channel(): Channel {
  const g = globalThis as { [KEY]?: Channel };
  return (g[KEY] ??= { last: null, listeners: new Set() });
}

/** Posts an outcome: listeners hear it now; a pane opened later reads it as the last one. */
export function postRibbonOutcome(outcome: RibbonOutcome): void {
  const c = channel();
  c.last = outcome;
  for (const listener of [...c.listeners]) {
    try {
      listener(outcome);
    } catch {
      // A failing listener must not hide the outcome from the others.
    }
  }
}

/** Hears outcomes (the last one at once, if any). Returns the function that stops listening. */
export function subscribeRibbonOutcome(listener: Listener): () => void {
  const c = channel();
  c.listeners.add(listener);
  if (c.last) listener(c.last);
  return () => void c.listeners.delete(listener);
}

/** The person dismissed it: a pane opened later does not show it again. */
export function clearRibbonOutcome(): void {
  channel().last = null;
}
