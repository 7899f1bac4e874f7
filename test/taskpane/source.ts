/**
 * A data source over a dataset that is there from the start (a fixture, or the bundled one
 * built in the test process): the pane then renders as it does once its dataset chunk has
 * loaded, its list's index computed from the dataset as the pane computes it after the load.
 */
import type { Dataset } from "../../src/core/dataset/types";
import type { DatasetSource } from "../../src/taskpane/data/dataset-source";
import { companyIndexOf } from "../../src/taskpane/data/full-dataset";

export function fixedSource(get: () => Dataset): DatasetSource {
  return {
    subscribe: () => () => undefined,
    dataset: get,
    companies: () => companyIndexOf(get()),
    failure: () => undefined,
    load: () => Promise.resolve(get()),
  };
}
