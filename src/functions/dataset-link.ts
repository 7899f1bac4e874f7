/**
 * How the data functions (DATA, SERIES, SOURCE, COMPANIES, FIELDS) reach the dataset: the
 * dataset code and the bundled seed data are a chunk of their own (webpack chunk "dataset"),
 * loaded by a dynamic import on the first data call, or earlier when the pane asks for the data
 * right after its first view. The functions register without it (SPEC §8: what loads before
 * registration stays small), and nothing here runs an import at module evaluation: functions.js
 * must register in a bare context with no window or document, where webpack cannot load a chunk.
 *
 * A chunk that fails to load (no network, a deleted file) answers DATA_NOT_LOADED at once; one
 * that never arrives, after DATA_WAIT_MS. The next call tries again (webpack retries a failed
 * chunk), except where no chunk can load at all (no document): there every call answers at once.
 */
import type * as DataFunctions from "../core/dataset/functions";
import { cellError, type CellError } from "../core/errors";

export type DataFunctionsApi = Pick<typeof DataFunctions, "dataValue" | "seriesGrid" | "sourceText" | "companiesGrid" | "fieldsGrid">;

/** How long a data function waits for the dataset chunk before answering #N/A (Excel shows #BUSY! meanwhile). */
export const DATA_WAIT_MS = 20_000;

export const DATA_NOT_LOADED: CellError = cellError("#N/A", {
  en: "The CapCycle data did not load. Reload the add-in (close and reopen the task pane), then recalculate.",
  zh: "CapCycle 数据未能加载。请重新加载加载项（关闭并重新打开任务窗格），然后重新计算。",
});

/** The dataset chunk, imported on demand. */
function importDataFunctions(): Promise<DataFunctionsApi> {
  return import("./dataset-entry").then((m) => m.DATA_FUNCTIONS);
}

/**
 * The data functions' access to a loader: one load at a time, kept once it succeeded, forgotten
 * when it failed (so a later call retries). Exported with the loader as a parameter for tests.
 */
export function dataLink(load: () => Promise<DataFunctionsApi>): (waitMs?: number) => Promise<DataFunctionsApi | CellError> {
  let loading: Promise<DataFunctionsApi> | undefined;
  const start = (): Promise<DataFunctionsApi> => {
    if (loading) return loading;
    let current: Promise<DataFunctionsApi>;
    try {
      current = load();
    } catch (error) {
      // Where webpack cannot load a chunk at all (no document to add a script to) the import
      // throws at once, and would hang if tried again: every call answers #N/A at once instead.
      loading = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      loading.catch(() => undefined);
      return loading;
    }
    loading = current;
    current.catch(() => {
      if (loading === current) loading = undefined;
    });
    return current;
  };
  return (waitMs = DATA_WAIT_MS) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<CellError>((resolve) => {
      timer = setTimeout(() => resolve(DATA_NOT_LOADED), waitMs);
    });
    const loaded = start().catch(() => DATA_NOT_LOADED);
    return Promise.race([loaded, timeout]).finally(() => clearTimeout(timer));
  };
}

/** The data functions, or DATA_NOT_LOADED when the dataset chunk failed or has not arrived within `waitMs`. */
export const dataFunctions = dataLink(importDataFunctions);
