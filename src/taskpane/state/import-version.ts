/**
 * Re-renders the pane when imported data is registered (an import applied, a workbook's data
 * read at start-up): the views read the dataset on render, so they then show the new companies.
 * Small on purpose: this is in the pane's first chunk; the import code is not.
 */
import { useSyncExternalStore } from "react";
import { onImportedChange } from "../../core/dataset/imported";

let version = 0;
onImportedChange(() => {
  version++;
});

export function useImportedVersion(): number {
  return useSyncExternalStore(onImportedChange, () => version, () => version);
}
