/**
 * What the pane needs of the dataset code once it loads: the bundled dataset (with imported
 * data), the hook for imported data, and the company index of whatever the dataset now holds.
 * Loaded by dataset-source.ts with a dynamic import into webpack's "dataset" chunk, the one the
 * custom functions load too (one copy of the data for both).
 */
import { companyIndex, type CompanyIndex } from "../../core/dataset/company-index";
import type { Dataset } from "../../core/dataset/types";

export { getDataset } from "../../core/dataset/default-dataset";
export { onImportedChange } from "../../core/dataset/imported";

const indexes = new WeakMap<Dataset, CompanyIndex>();

/** The company index of `ds`, computed once per built dataset (it is rebuilt when imported data changes). */
export function companyIndexOf(ds: Dataset): CompanyIndex {
  let index = indexes.get(ds);
  if (!index) {
    index = companyIndex(ds);
    indexes.set(ds, index);
  }
  return index;
}
