/**
 * Writes src/taskpane/data/company-index.json: the company index of the bundled seed data
 * (src/core/dataset/company-index.ts), which the pane's first view renders from before the
 * dataset chunk has loaded. Run after changing seeds/ entities or figures:
 *
 *   npx tsx scripts/company-index.ts
 *
 * test/taskpane/data/company-index.test.ts fails, naming this command, when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataset } from "../src/core/dataset/build";
import { companyIndex } from "../src/core/dataset/company-index";
import { SEED_DATA } from "../src/core/dataset/seed-data";

export const COMPANY_INDEX_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "taskpane", "data", "company-index.json");

/** The file's text: the index of the bundled data, one company per block. */
export function companyIndexText(): string {
  return `${JSON.stringify(companyIndex(buildDataset(SEED_DATA)), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(COMPANY_INDEX_FILE, companyIndexText());
  console.log(`wrote ${COMPANY_INDEX_FILE}`);
}
