/**
 * `npm run export -- --company <id|ticker|name> --out file.xlsx [--lang zh|en] [--unit 亿|百万|万|元]`
 * `npm run export -- --data file.csv|file.xlsx [--company <id|code|name>] --out file.xlsx [...]`
 *
 * Writes a company's template as an .xlsx file: the plan "Load template" writes, in the
 * portable formula style, with cached results, tables, formats, widths and the chart records
 * (docs/export.md). Runs from the repository (tsx); it is not part of the add-in.
 * Exit codes: 0 written (or --help, --list), 1 the export failed, 2 bad command line.
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { getDataset } from "../src/core/dataset/default-dataset";
import { pick, type Lang, type Localized } from "../src/core/errors";
import { parseExportArgs, type ExportCommand } from "../src/xlsx/cli-args";
import { exportCompany } from "../src/xlsx/export";
import { exportDataFile } from "../src/xlsx/export-data";
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
  if (cmd.kind === "data") return exportData(cmd);
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

/** --data: the analyst's own file, every company in it (a sheet each) or the one named. */
async function exportData(cmd: Extract<ExportCommand, { kind: "data" }>): Promise<number> {
  const lang = cmd.lang;
  // npm runs scripts from the package root; relative paths are meant from where the user typed them.
  const from = process.env.INIT_CWD ?? process.cwd();
  const dataPath = resolve(from, cmd.data);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(dataPath);
  } catch (error) {
    err(lang, EXPORT_MSG.cannotRead(dataPath, (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error))));
    return 1;
  }
  const exported = await exportDataFile(bytes, basename(dataPath), { lang, unit: cmd.unit, ...(cmd.company !== undefined ? { company: cmd.company } : {}) });
  if (!exported.ok) {
    if (exported.reasons.length > 1) err(lang, EXPORT_MSG.dataRefused(dataPath));
    err(lang, ...exported.reasons);
    return 1;
  }
  const written = writeFileAtomic(resolve(from, cmd.out), exported.bytes);
  if (!written.ok) {
    err(lang, written.reason);
    return 1;
  }
  // Skipped cells do not block (docs/export.md); they are named so nothing is lost unnoticed.
  if (exported.notes.length > 0) err(lang, EXPORT_MSG.skippedNotes(exported.notes.length), ...exported.notes);
  const out = (m: Localized) => process.stdout.write(`${pick(m, lang)}\n`);
  const sheets = exported.sheets;
  const sum = (f: (s: (typeof sheets)[number]) => number) => sheets.reduce((n, s) => n + f(s), 0);
  const charts = sum((s) => s.charts.length);
  out(EXPORT_MSG.wroteSheets(written.path, sheets.map((s) => s.sheet), sum((s) => s.tables.length), sum((s) => s.results.size), charts));
  out(EXPORT_MSG.chartsHint(charts));
  if (exported.conflicts > 0) out(EXPORT_MSG.conflictsNote(exported.conflicts));
  const errors = sum((s) => s.formulaErrors.length);
  if (errors > 0) out(EXPORT_MSG.formulaErrors(errors));
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
