/**
 * "Snapshot for sharing": a copy of a CapCycle sheet in which every CAPCYCLE formula is replaced
 * by the value it shows, so a colleague without the add-in sees numbers (not #NAME?) and can
 * still audit each one: the copy keeps everything else — the sources table, the conflict notes,
 * native formulas, formats, tables and charts (Worksheet.copy, ExcelApi 1.7).
 *
 * Requests (context.sync), whatever the sheet's size:
 *   1. read the sheet: its name, the used range's formulas and values, its protection, the
 *      names of every sheet (to name the copy);
 *   2. where dynamic arrays exist (ExcelApi 1.12): how far each CAPCYCLE formula spills, so
 *      the spilled cells are kept as values too;
 *   3. copy the sheet beside it, rename the copy, write the values over the CAPCYCLE formulas,
 *      activate it;
 * plus the client library's closing request: at most 4. Nothing is written to the source sheet.
 * If step 3 fails, the copy is deleted (one more request), so no half-made sheet is left.
 */
import type { Lang } from "../core/errors";
import { hasExcelApi } from "./env";
import { runSafely } from "./batch";
import { EXCEL_MSG } from "./messages";
import type { ExcelEnv, Outcome } from "./types";

export interface SnapshotOptions {
  /** The sheet to copy; the active sheet when omitted. */
  readonly sheet?: string;
  /** Language of the copy's name suffix ("snapshot" / "快照"). */
  readonly lang: Lang;
}

export interface SnapshotResult {
  /** The copy's name. */
  readonly sheet: string;
  /** The sheet it was copied from. */
  readonly source: string;
  /** CAPCYCLE formulas replaced by their values. */
  readonly formulas: number;
  /** Cells written (the formulas' own cells and the cells their arrays spilled into). */
  readonly cells: number;
  readonly roundTrips: number;
}

const CAPCYCLE_CALL = /CAPCYCLE\./i;
/** A text value starting like a formula must stay text in the copy (SPEC §9). */
const FORMULA_START = /^[=+\-@]/;
const MAX_SHEET_NAME = 31;

/** "<source> snapshot", cut to fit 31 characters, with " 2", " 3"… until no sheet has it. */
export function snapshotName(source: string, lang: Lang, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const word = EXCEL_MSG.snapshotWord[lang];
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ` ${word}` : ` ${word} ${n}`;
    const base = [...source].slice(0, MAX_SHEET_NAME - [...suffix].length).join("").trimEnd();
    const name = base + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

interface Block {
  readonly row: number;
  readonly column: number;
  readonly values: unknown[][];
}

export async function snapshotSheetWith(env: ExcelEnv, options: SnapshotOptions): Promise<Outcome<SnapshotResult>> {
  if (!hasExcelApi(env, "1.7")) return { ok: false, reason: EXCEL_MSG.snapshotNeedsApi };
  const spills = hasExcelApi(env, "1.12");
  let made: string | undefined;
  const outcome = await runSafely<SnapshotResult>(env, async (context, syncs) => {
    const sheets = context.workbook.worksheets;
    const sheet = options.sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(options.sheet);
    sheet.load("name");
    sheet.protection.load("protected");
    sheets.load("items/name");
    const used = sheet.getUsedRangeOrNullObject();
    used.load("formulas, values, rowIndex, columnIndex");
    await syncs.sync();

    const anchors: [number, number][] = [];
    if (!used.isNullObject)
      used.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (typeof f === "string" && f.startsWith("=") && CAPCYCLE_CALL.test(f)) anchors.push([r, c]);
        }),
      );
    if (anchors.length === 0) return { ok: false, reason: EXCEL_MSG.snapshotNothing(sheet.name) };
    if (sheet.protection.protected) return { ok: false, reason: EXCEL_MSG.snapshotProtected(sheet.name) };

    // How many rows and columns each formula fills (1 × 1 where there are no dynamic arrays).
    const extents = anchors.map(() => ({ rows: 1, columns: 1 }));
    if (spills) {
      const ranges = anchors.map(([r, c]) => {
        const spill = sheet.getCell(used.rowIndex + r, used.columnIndex + c).getSpillingToRangeOrNullObject();
        spill.load("rowCount, columnCount");
        return spill;
      });
      await syncs.sync();
      ranges.forEach((spill, i) => {
        if (!spill.isNullObject) extents[i] = { rows: spill.rowCount, columns: spill.columnCount };
      });
    }
    const blocks: Block[] = anchors.map(([r, c], i) => {
      const { rows, columns } = extents[i]!;
      const values: unknown[][] = used.values.slice(r, r + rows).map((row: unknown[]) => row.slice(c, c + columns));
      return { row: used.rowIndex + r, column: used.columnIndex + c, values };
    });

    const name = snapshotName(sheet.name, options.lang, sheets.items.map((s) => s.name));
    const copy = sheet.copy("After", sheet);
    copy.name = name;
    made = name;
    let cells = 0;
    for (const block of blocks) {
      const rows = block.values.length;
      const columns = block.values[0]?.length ?? 0;
      if (rows === 0 || columns === 0) continue;
      const target = copy.getRangeByIndexes(block.row, block.column, rows, columns);
      // Text that looks like a formula is written into text-formatted cells: it stays text.
      const risky = block.values.some((row) => row.some((v) => typeof v === "string" && FORMULA_START.test(v)));
      if (risky) target.numberFormat = block.values.map((row) => row.map(() => "@"));
      target.values = block.values as never;
      cells += rows * columns;
    }
    copy.activate();
    await syncs.sync();
    return { ok: true, sheet: name, source: sheet.name, formulas: anchors.length, cells, roundTrips: syncs.count };
  });
  if (outcome.ok || made === undefined) return outcome;
  // The copy was requested: remove whatever of it exists, so no half-made sheet is left.
  const name = made;
  const cleanup = await runSafely<object>(env, async (context, syncs) => {
    const copy = context.workbook.worksheets.getItemOrNullObject(name);
    copy.load("name");
    await syncs.sync();
    if (!copy.isNullObject) {
      copy.delete();
      await syncs.sync();
    }
    return { ok: true };
  });
  return { ok: false, reason: cleanup.ok ? EXCEL_MSG.snapshotFailed(name, outcome.reason) : EXCEL_MSG.snapshotNotRemoved(name, outcome.reason, cleanup.reason) };
}
