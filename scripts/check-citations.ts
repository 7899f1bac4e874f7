/**
 * `npm run check:citations -- <folder of the articles>` — checks every seed figure against
 * the article it cites: the cited line contains the printed text, and the printed text
 * contains the value (see scripts/seeds/citations.ts); each source record's title, date,
 * author and platform stand on the lines it names. Exits 1 with the list of failures.
 * The articles are read from the given folder only; they are never copied into the project.
 * Option: --seeds <dir> (default seeds/).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkCitations, checkSources } from "./seeds/citations";
import { readArticles, readSeedFolder } from "./seeds-fs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const seedsAt = args.indexOf("--seeds");
const seedsDir = seedsAt >= 0 && args[seedsAt + 1] ? resolve(args[seedsAt + 1]!) : join(root, "seeds");
const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--seeds");
const articlesDir = positional[0];

if (!articlesDir || !existsSync(articlesDir)) {
  console.error("usage: npm run check:citations -- <folder of the articles> [--seeds <dir>]");
  process.exit(2);
}

const folder = readSeedFolder(seedsDir);
const articles = readArticles(resolve(articlesDir));
const figures = folder.data.groups.flatMap((g) => g.figures);
const sources = folder.data.sources ?? [];
const failures = [...checkCitations(figures, articles), ...checkSources(sources, figures, articles)];
for (const [file, why] of folder.unreadable) failures.push({ id: file, file, line: 0, printed: "", problem: `unreadable JSON: ${why}` });

console.log(`${figures.length} figures and ${sources.length} source records checked against ${articles.size} articles: ${failures.length} failures`);
for (const f of failures) console.log(`  ${f.id}  ${f.file}:${f.line}  "${f.printed}"  ${f.problem}`);
process.exit(failures.length > 0 ? 1 : 0);
