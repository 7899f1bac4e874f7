/**
 * One workbook action's life: idle → running (with progress) → done | failed. Pure reducer;
 * the runner below is the effect. A second start while running is ignored twice over: the
 * reducer keeps the running state, and the runner's guard refuses to call the task again
 * (a double click fires two events before React re-renders the disabled button).
 */
import type { Localized } from "../../core/errors";
import { en } from "../i18n/en";
import { zh } from "../i18n/zh";

export interface Progress {
  /** 0..1, or undefined when unknown. */
  readonly fraction?: number;
  readonly message?: Localized;
}

export type OpState<R> =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: Progress }
  | { readonly status: "done"; readonly result: R }
  | { readonly status: "failed"; readonly reason: Localized };

export type OpAction<R> =
  | { readonly type: "start"; readonly progress?: Progress }
  | { readonly type: "progress"; readonly progress: Progress }
  | { readonly type: "done"; readonly result: R }
  | { readonly type: "failed"; readonly reason: Localized }
  | { readonly type: "reset" };

export const IDLE: OpState<never> = { status: "idle" };

export function opReducer<R>(state: OpState<R>, action: OpAction<R>): OpState<R> {
  switch (action.type) {
    case "start":
      return state.status === "running" ? state : { status: "running", progress: action.progress ?? {} };
    case "progress":
      return state.status === "running" ? { status: "running", progress: action.progress } : state;
    case "done":
      return state.status === "running" ? { status: "done", result: action.result } : state;
    case "failed":
      return state.status === "running" ? { status: "failed", reason: action.reason } : state;
    case "reset":
      return state.status === "running" ? state : IDLE;
  }
}

/** An adapter result: the shape src/excel returns ({ ok: true, ... } | { ok: false, reason }). */
export type Success<R> = { readonly ok: true } & R;
export type OutcomeLike<R> = Success<R> | { readonly ok: false; readonly reason: Localized };

/** Turns an exception that escaped the adapter (a bug, not user input) into a reason. */
export function unexpectedReason(error: unknown): Localized {
  const detail = error instanceof Error ? error.message : String(error);
  return { en: en.workbook.unexpected(detail), zh: zh.workbook.unexpected(detail) };
}

/** Mutable flag shared by one action's runs (a React ref in the pane). */
export interface BusyGuard {
  current: boolean;
}

/**
 * Runs `task` once at a time: returns false without calling it when a run is under way.
 * Never rejects; an exception becomes a "failed" state with the reason.
 */
export async function runOperation<O extends OutcomeLike<object>>(
  guard: BusyGuard,
  // The task comes before dispatch so its result type is inferred before dispatch is checked.
  task: (onProgress: (p: Progress) => void) => Promise<O>,
  dispatch: (action: OpAction<Extract<O, { readonly ok: true }>>) => void,
  start?: Progress,
): Promise<boolean> {
  if (guard.current) return false;
  guard.current = true;
  dispatch({ type: "start", ...(start ? { progress: start } : {}) });
  try {
    const outcome = await task((progress) => dispatch({ type: "progress", progress }));
    // O is generic, so the compiler cannot narrow it on `ok`: the casts restate the union's two arms.
    if (outcome.ok) dispatch({ type: "done", result: outcome as Extract<O, { readonly ok: true }> });
    else dispatch({ type: "failed", reason: (outcome as { readonly reason: Localized }).reason });
  } catch (error) {
    dispatch({ type: "failed", reason: unexpectedReason(error) });
  } finally {
    guard.current = false;
  }
  return true;
}
