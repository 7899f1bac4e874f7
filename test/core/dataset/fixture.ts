/**
 * The fixture dataset (test/fixtures/seeds: invented companies, figures citing the invented
 * articles in test/fixtures/articles), built once per test file.
 */
import { join } from "node:path";
import { buildDataset } from "../../../src/core/dataset/build";
import { createDataFunctions } from "../../../src/core/dataset/functions";
import type { Dataset } from "../../../src/core/dataset/types";
import { readArticles, readSeedFolder, type SeedFolder } from "../../../scripts/seeds-fs";

export const FIXTURE_SEEDS = join(__dirname, "..", "..", "fixtures", "seeds");
export const FIXTURE_ARTICLES = join(__dirname, "..", "..", "fixtures", "articles");

let folder: SeedFolder | undefined;
let dataset: Dataset | undefined;

export function fixtureFolder(): SeedFolder {
  return (folder ??= readSeedFolder(FIXTURE_SEEDS));
}

export function fixtureDataset(): Dataset {
  return (dataset ??= buildDataset(fixtureFolder().data));
}

export const fixtureFunctions = createDataFunctions(fixtureDataset);

export const fixtureArticles = (): Map<string, string[]> => readArticles(FIXTURE_ARTICLES);
