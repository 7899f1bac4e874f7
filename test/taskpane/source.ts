/**
 * A data source over a dataset that is there from the start (a fixture, or the bundled one
 * built in the test process): the pane then renders as it does once its dataset chunk has
 * loaded. The list's index is computed from the dataset as the pane computes it after the load.
 */
import { companyIndex } from "../../src/core/dataset/company-index";
import type { Dataset } from "../../src/core/dataset/types";
import type { DatasetSource } from "../../src/taskpane/data/dataset-source";

export function fixedSource(get: () => Dataset): DatasetSource {
  const indexes = new WeakMap<Dataset, ReturnType<typeof companyIndex>>();
  const companies = () => {
    const ds = get();
    let index = indexes.get(ds);
    if (!index) indexes.set(ds, (index = companyIndex(ds)));
    return index;
  };
  return {
    subscribe: () => () => undefined,
    dataset: get,
    companies,
    failure: () => undefined,
    load: () => Promise.resolve(get()),
  };
}
