/**
 * The hand-over between the functions chunk and the dataset chunk (dist/dataset.js: the
 * dataset code and the bundled seed data). The functions register without waiting for the data
 * (SPEC §8: what loads before registration stays small); DATA, SERIES, SOURCE, COMPANIES and
 * FIELDS await it. taskpane.html loads dataset.js right after functions.js, so the wait is the
 * download of one script. Both chunks share this module instance (webpack `dependOn`).
 */
import type * as DataFunctions from "../core/dataset/functions";
import { cellError, type CellError } from "../core/errors";
import { FUNCTIONS_MSG } from "./messages";

export type DataFunctionsApi = Pick<typeof DataFunctions, "dataValue" | "seriesGrid" | "sourceText" | "companiesGrid" | "fieldsGrid">;

/** How long a data function waits for dataset.js before answering #N/A (Excel shows #BUSY! meanwhile). */
export const DATA_WAIT_MS = 20_000;

let provide: (api: DataFunctionsApi) => void = () => undefined;
const ready = new Promise<DataFunctionsApi>((resolve) => {
  provide = resolve;
});

/** Called once by the dataset chunk when it has loaded. */
export function provideDataFunctions(api: DataFunctionsApi): void {
  provide(api);
}

export const DATA_NOT_LOADED: CellError = cellError("#N/A", FUNCTIONS_MSG.dataNotLoaded);

/** The data functions, or DATA_NOT_LOADED when dataset.js has not arrived within `waitMs`. */
export function dataFunctions(waitMs: number = DATA_WAIT_MS): Promise<DataFunctionsApi | CellError> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<CellError>((resolve) => {
    timer = setTimeout(() => resolve(DATA_NOT_LOADED), waitMs);
  });
  return Promise.race([ready, timeout]).finally(() => clearTimeout(timer));
}
