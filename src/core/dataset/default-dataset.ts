/**
 * The bundled dataset, indexed on first use. Building it is not done at module load, so the
 * custom functions register without waiting for it; the first DATA call pays for it once.
 */
import { buildDataset } from "./build";
import { onImportedChange, withImported } from "./imported";
import { SEED_DATA } from "./seed-data";
import type { Dataset } from "./types";

let cached: Dataset | undefined;
onImportedChange(() => (cached = undefined));

export function getDataset(): Dataset {
  return (cached ??= buildDataset(withImported(SEED_DATA)));
}

/** True once the index has been built (for tests and the pane's diagnostics). */
export function isDatasetBuilt(): boolean {
  return cached !== undefined;
}
