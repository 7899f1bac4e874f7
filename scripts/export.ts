/**
 * `npm run export -- --company <id|ticker|name> --out file.xlsx [--lang zh|en] [--unit 亿|百万|万|元]`
 *
 * Writes a company's template as an .xlsx file: the plan "Load template" writes, in the
 * portable formula style, with cached results, tables, formats, widths and the chart records
 * (docs/export.md). Runs from the repository (tsx); it is not part of the add-in.
 * Exit codes: 0 written (or --help, --list), 1 the export failed, 2 bad command line.
 */
import { resolve } from "node:path";
import { getDataset } from "../src/core/dataset/default-dataset";
import { pick, type Lang, type Localized } from "../src/core/errors";
import { parseExportArgs } from "../src/xlsx/cli-args";
import { exportCompany } from "../src/xlsx/export";
import { EXPORT_MSG } from "../src/xlsx/messages";
import { writeFileAtomic } from "../src/xlsx/write-file";

function err(lang: Lang, ...messages: Localized[]): void {
  for (const m of messages) process.stderr.write(`${pick(m, lang)}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseExportArgs(argv, process.env);
  if (!parsed.ok) {
    err(parsed.lang, parsed.reason, { en: "npm run export -- --help shows the options.", zh: "npm run export -- --help 显示全部选项。" });
    return 2;
  }
  const cmd = parsed.command;
  const lang = cmd.lang;
  if (cmd.kind === "help") {
    process.stdout.write(`${pick(EXPORT_MSG.usage, lang)}\n`);
    return 0;
  }
  const ds = getDataset();
  if (cmd.kind === "list") {
    for (const e of ds.entities) process.stdout.write(`${e.id}\t${e.ticker ?? "-"}\t${e.name_en}\t${e.name_zh}\n`);
    return 0;
  }
  const exported = await exportCompany(ds, cmd.company, { lang, unit: cmd.unit });
  if (!exported.ok) {
    err(lang, exported.reason, EXPORT_MSG.listHint);
    return 1;
  }
  // npm runs scripts from the package root; a relative --out is meant from where the user typed it.
  const written = writeFileAtomic(resolve(process.env.INIT_CWD ?? process.cwd(), cmd.out), exported.bytes);
  if (!written.ok) {
    err(lang, written.reason);
    return 1;
  }
  const out = (m: Localized) => process.stdout.write(`${pick(m, lang)}\n`);
  out(EXPORT_MSG.wrote(written.path, exported.sheet, exported.tables.length, exported.results.size, exported.charts.length));
  out(EXPORT_MSG.chartsHint(exported.charts.length));
  if (exported.formulaErrors.length > 0) out(EXPORT_MSG.formulaErrors(exported.formulaErrors.length));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A programming error: say so plainly, with the stack for the report.
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
