/**
 * The registration hook for the analyst's imported data (issue 13, owned by import): extra seed
 * groups the bundled dataset is built with. The task pane sets them when an import is applied
 * and when a workbook holding imported data opens; the custom functions share the runtime, so
 * DATA, SERIES, SOURCE, FIELDS and COMPANIES see them at the next calculation. Setting them
 * drops the built index (default-dataset.ts rebuilds it on next use).
 */
import type { SeedData, SeedGroup } from "./types";

let extra: readonly SeedGroup[] = [];
const listeners = new Set<() => void>();

/** Replaces the imported groups (an empty list removes them). */
export function setImportedGroups(groups: readonly SeedGroup[]): void {
  extra = groups;
  for (const l of listeners) l();
}

export function importedGroups(): readonly SeedGroup[] {
  return extra;
}

/** Called whenever the imported groups change; returns the unsubscribe function. */
export function onImportedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The seed data with the imported groups after the bundled ones (bundled names resolve first). */
export function withImported(data: SeedData): SeedData {
  return extra.length === 0 ? data : { ...data, groups: [...data.groups, ...extra] };
}
