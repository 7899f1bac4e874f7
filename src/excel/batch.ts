/**
 * Running one operation against Excel: sync counting (budgets are asserted in tests), and
 * every failure turned into a Localized reason — nothing is thrown at the pane.
 */
import type { Localized } from "../core/errors";
import type { ExcelEnv } from "./types";
import { NoExcelHostError } from "./env";
import { EXCEL_MSG, OFFICE_ERRORS } from "./messages";

/** Counts context.sync round trips of one operation. */
export class SyncCounter {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

/** A reason for an error thrown by Office.js (or anything else), never empty. */
export function reasonOf(error: unknown): Localized {
  if (error instanceof NoExcelHostError) return EXCEL_MSG.notInExcel;
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" && e.message.trim() !== "" ? e.message.trim() : String(error);
  const known = (OFFICE_ERRORS as Readonly<Record<string, Localized | undefined>>)[code];
  if (known) return EXCEL_MSG.officeErrorKnown(known, message);
  return EXCEL_MSG.officeError(message, code);
}

/** Where Office.js says the failing call was ("WorksheetCollection.add"), if it says. */
export function errorLocation(error: unknown): string {
  const loc = (error as { debugInfo?: { errorLocation?: unknown } })?.debugInfo?.errorLocation;
  return typeof loc === "string" ? loc : "";
}

/** How long an operation may take before it is reported as hanging (a dialog open in Excel, a stuck request). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Waits before retrying a read that met cell-edit mode: the person is typing in a cell, which
 * ends when they press Enter or Esc (office-js #625). Script Lab's tryExcelRun (OfficeDev/
 * script-lab) retries every 2 s for as long as it lasts; we back off and stop after about 8 s
 * with the reason, because the pane then shows why, and the Enter that ends the edit moves the
 * selection, which makes the follower read again anyway.
 */
export const DEFAULT_CELL_EDIT_RETRY_MS: readonly number[] = [250, 500, 1000, 2000, 4000];

class TimedOut extends Error {}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `work` or, after `ms`, a TimedOut rejection (the work itself cannot be cancelled: Excel may still finish it). */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export interface RunOptions {
  /**
   * Read-only batches only: when Excel is in cell-edit mode, wait and run the batch again
   * (env.timing.cellEditRetryMs), instead of failing at once. Never for writes: the person
   * may be typing where we would write.
   */
  readonly retryInCellEdit?: boolean;
}

/**
 * Runs a batch; a thrown error (no Excel, Office.js failure, a bug) becomes { ok: false, reason },
 * and a batch still running after env.timing.timeoutMs becomes the timed-out reason.
 */
export async function runSafely<T extends object>(
  env: ExcelEnv,
  batch: (context: Excel.RequestContext, syncs: SyncCounter) => Promise<({ ok: true } & T) | { ok: false; reason: Localized }>,
  options: RunOptions = {},
): Promise<({ ok: true } & T) | { ok: false; reason: Localized }> {
  const timeoutMs = env.timing?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const waits = options.retryInCellEdit ? (env.timing?.cellEditRetryMs ?? DEFAULT_CELL_EDIT_RETRY_MS) : [];
  for (let attempt = 0; ; attempt++) {
    try {
      return await withTimeout(
        env.run((context) => batch(context, new SyncCounter(context))),
        timeoutMs,
      );
    } catch (error) {
      if (error instanceof TimedOut) return { ok: false, reason: EXCEL_MSG.timedOut(Math.max(1, Math.round(timeoutMs / 1000))) };
      const wait = waits[attempt];
      if ((error as { code?: unknown })?.code === "InvalidOperationInCellEditMode" && wait !== undefined) {
        await sleep(wait);
        continue;
      }
      return { ok: false, reason: reasonOf(error) };
    }
  }
}
