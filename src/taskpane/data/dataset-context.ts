/**
 * Where the pane's data comes from: the bundled dataset, built on first use. A context so
 * component tests can hand in a small fixture dataset instead.
 */
import { createContext, useContext } from "react";
import { getDataset } from "../../core/dataset/default-dataset";
import type { Dataset } from "../../core/dataset/types";

export const DatasetContext = createContext<() => Dataset>(getDataset);

export function useDataset(): Dataset {
  return useContext(DatasetContext)();
}
