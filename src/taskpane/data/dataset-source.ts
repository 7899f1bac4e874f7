/**
 * Where the pane's data comes from, in two steps. The first view (the company list) renders from
 * the company index generated at build time (company-index.json, a few KB); the dataset itself
 * (the lookup code and the seed data, webpack chunk "dataset") loads right after the first view,
 * or as soon as a view or an opened company asks for it. Once it has loaded, the list comes from
 * the full dataset, so imported companies appear in it too.
 *
 * A source is a small external store (useSyncExternalStore): it tells React when the dataset has
 * arrived or imported data changed it. Component tests hand in a source over a fixture dataset.
 */
import type { CompanyIndex } from "../../core/dataset/company-index";
import type { Dataset } from "../../core/dataset/types";
import bundledIndex from "./company-index.json";

export interface DatasetSource {
  readonly subscribe: (listener: () => void) => () => void;
  /** The full dataset once it has loaded, else undefined. */
  readonly dataset: () => Dataset | undefined;
  /** The companies for the list: the full dataset's once loaded, the build-time index before. */
  readonly companies: () => CompanyIndex;
  /** Why the dataset could not load (the chunk did not arrive), else undefined. */
  readonly failure: () => Error | undefined;
  /** Starts loading the dataset unless it has (a failed load is tried again); resolves when it is there. */
  readonly load: () => Promise<Dataset>;
}

/** The generated file is typed by its producer (core/dataset/company-index.ts); a test holds them equal. */
export const BUNDLED_INDEX = bundledIndex as unknown as CompanyIndex;

type FullDataset = typeof import("./full-dataset");

function bundledSource(): DatasetSource {
  let loaded: FullDataset | undefined;
  let loading: Promise<Dataset> | undefined;
  let failed: Error | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dataset: () => loaded?.getDataset(),
    companies: () => (loaded ? loaded.companyIndexOf(loaded.getDataset()) : BUNDLED_INDEX),
    failure: () => failed,
    load() {
      loading ??= import("./full-dataset").then(
        (m) => {
          loaded = m;
          failed = undefined;
          // Imported data registered (an import applied, a workbook's data read): the views re-render with it.
          m.onImportedChange(notify);
          notify();
          return m.getDataset();
        },
        (error: unknown) => {
          failed = error instanceof Error ? error : new Error(String(error));
          loading = undefined;
          notify();
          throw error;
        },
      );
      return loading;
    },
  };
}

/** The bundled data, loaded on demand. Creating it loads nothing. */
export const BUNDLED_DATASET: DatasetSource = bundledSource();
