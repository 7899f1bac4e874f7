/**
 * `npx tsx scripts/template-summary.ts` — prints what the seed companies' templates contain
 * (sheet size, tables, charts, cycle phase), one Markdown table row each.
 * `--markdown` also rewrites docs/excel.md between its template-summary markers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getDataset } from "../src/core/dataset/default-dataset";
import { templateInputFor } from "../src/core/template/from-dataset";
import { SUMMARY_COMPANIES, summaryMarkdown, replaceSummary } from "../src/core/template/summary";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ds = getDataset();
const table = summaryMarkdown(SUMMARY_COMPANIES.map((id) => templateInputFor(ds, id)!));
process.stdout.write(`${table}\n`);
if (process.argv.includes("--markdown")) {
  const path = join(root, "docs", "excel.md");
  const doc = readFileSync(path, "utf8");
  const next = replaceSummary(doc, table);
  if (next === null) {
    process.stderr.write("docs/excel.md has no template-summary markers.\n");
    process.exit(1);
  }
  writeFileSync(path, next);
  process.stdout.write("docs/excel.md updated.\n");
}
