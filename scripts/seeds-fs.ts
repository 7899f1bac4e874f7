/**
 * Reads a seeds folder (seeds/fields.json and seeds/<group>/*.json) from disk for the scripts
 * and the tests; the add-in itself bundles the same files through seed-data.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { seedDataFromFiles, GROUP_FILES } from "./seeds/seed-files";
import type { SeedData } from "../src/core/dataset/types";

export interface SeedFolder {
  /** Parsed JSON by path relative to the folder ("fields.json", "aier/figures.json"). */
  readonly files: ReadonlyMap<string, unknown>;
  /** Files that exist but are not valid JSON, with the parser's message. */
  readonly unreadable: ReadonlyMap<string, string>;
  readonly data: SeedData;
}

export function readSeedFolder(dir: string): SeedFolder {
  const files = new Map<string, unknown>();
  const unreadable = new Map<string, string>();
  const read = (rel: string): void => {
    const path = join(dir, rel);
    if (!existsSync(path)) return;
    try {
      files.set(rel, JSON.parse(readFileSync(path, "utf8")));
    } catch (e) {
      unreadable.set(rel, e instanceof Error ? e.message : String(e));
    }
  };
  read("fields.json");
  read("sources.json");
  for (const name of readdirSync(dir).sort()) {
    if (!statSync(join(dir, name)).isDirectory()) continue;
    for (const f of GROUP_FILES) read(`${name}/${f}.json`);
  }
  return { files, unreadable, data: seedDataFromFiles(files) };
}

/** The lines of every .txt article in a folder, by file name (index 0 = line 1). */
export function readArticles(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of readdirSync(dir).sort()) if (name.endsWith(".txt")) out.set(name, readFileSync(join(dir, name), "utf8").split("\n"));
  return out;
}
