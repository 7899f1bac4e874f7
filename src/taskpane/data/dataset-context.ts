/**
 * The pane's access to its data source (dataset-source.ts). A context so component tests can
 * hand in a fixture dataset instead of the bundled one.
 *
 * - useCompanies(): the company list's index, there from the first render;
 * - useDataset(): the full dataset. Until it has loaded the component suspends, and the nearest
 *   <Suspense> shows <Loading/> (every view and an opened company are inside one); if it could
 *   not load, the error goes to the view's error boundary ("this view could not be loaded").
 */
import { createContext, useContext, useSyncExternalStore } from "react";
import type { CompanyIndex } from "../../core/dataset/company-index";
import type { Dataset } from "../../core/dataset/types";
import { BUNDLED_DATASET, type DatasetSource } from "./dataset-source";

export const DatasetContext = createContext<DatasetSource>(BUNDLED_DATASET);

export function useDatasetSource(): DatasetSource {
  return useContext(DatasetContext);
}

export function useCompanies(): CompanyIndex {
  const source = useDatasetSource();
  return useSyncExternalStore(source.subscribe, source.companies, source.companies);
}

export function useDataset(): Dataset {
  const source = useDatasetSource();
  const ds = useSyncExternalStore(source.subscribe, source.dataset, source.dataset);
  if (ds) return ds;
  const failure = source.failure();
  if (failure) throw failure;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Suspense's contract in React 18: a component suspends by throwing a promise, and renders again once it settles.
  throw source.load();
}
