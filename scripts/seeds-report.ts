/**
 * `npm run seeds:report` — prints the seeds report (figures per entity, file and field;
 * conflicts with both citations; checks stated and recomputed; problems).
 * `npm run seeds:report -- --markdown` also rewrites docs/data.md's "## Coverage",
 * "## Conflicts" and "## Readings (generated)" sections between their marker comments.
 * Options: --seeds <dir> (default seeds/), --doc <file> (default docs/data.md).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataset } from "../src/core/dataset/build";
import { buildReport, conflictsMarkdown, coverageMarkdown, readingsMarkdown, replaceSection, reportText } from "./seeds/report";
import { readSeedFolder } from "./seeds-fs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : fallback;
};
const seedsDir = opt("--seeds", join(root, "seeds"));
const docPath = opt("--doc", join(root, "docs", "data.md"));

const folder = readSeedFolder(seedsDir);
for (const [file, why] of folder.unreadable) console.error(`unreadable ${file}: ${why}`);
const dataset = buildDataset(folder.data);
const report = buildReport(dataset);
process.stdout.write(reportText(report));

if (args.includes("--markdown")) {
  let doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "# Data\n";
  doc = replaceSection(doc, "coverage", "Coverage", coverageMarkdown(report));
  doc = replaceSection(doc, "conflicts", "Conflicts", conflictsMarkdown(report));
  doc = replaceSection(doc, "readings", "Readings (generated)", readingsMarkdown(dataset));
  writeFileSync(docPath, doc);
  console.log(`\nwrote ${docPath}`);
}
