/**
 * Assembles SeedData from the files of a seeds/ folder, for the scripts and the tests that
 * read the folder from disk (the add-in itself uses the static imports of seed-data.ts).
 * Takes already parsed JSON by relative path ("fields.json", "aier/figures.json"), so this
 * module needs no file system.
 */
import type { CheckInput, SeedData, SeedGroup } from "../../src/core/dataset/types";

/** Groups in the order the add-in lists them; any other folder follows, alphabetically. */
export const GROUP_ORDER = ["united-imaging", "neusoft", "aier"] as const;

/** Files of a group folder; checks are split by verdict (checks.json holds, failed-checks.json does not). */
export const GROUP_FILES = ["entities", "segments", "figures", "conflicts", "checks", "failed-checks", "fields", "readings"] as const;

export function seedDataFromFiles(files: ReadonlyMap<string, unknown>): SeedData {
  const folders = new Set<string>();
  for (const path of files.keys()) {
    const slash = path.indexOf("/");
    if (slash > 0) folders.add(path.slice(0, slash));
  }
  const known: readonly string[] = GROUP_ORDER;
  const order = [...known.filter((g) => folders.has(g)), ...[...folders].filter((g) => !known.includes(g)).sort()];
  const arr = <T>(path: string): readonly T[] => (files.get(path) as readonly T[] | undefined) ?? [];
  const groups: SeedGroup[] = order.map((id) => {
    const extra = files.get(`${id}/fields.json`);
    return {
      id,
      entities: arr(`${id}/entities.json`),
      segments: arr(`${id}/segments.json`),
      figures: arr(`${id}/figures.json`),
      conflicts: arr(`${id}/conflicts.json`),
      checks: [...arr<CheckInput>(`${id}/checks.json`), ...arr<CheckInput>(`${id}/failed-checks.json`)],
      readings: arr(`${id}/readings.json`),
      ...(extra ? { fields: extra as SeedGroup["fields"] } : {}),
    };
  });
  return { fields: arr("fields.json"), groups, sources: arr("sources.json") };
}
