/**
 * Cell-level operations on the model, shared by the Range proxy (at sync time) and by seeding:
 * reading shown values, formulas, formats; writing entries with Excel's shape, protection and
 * merge rules; clearing; merging; the used range; cell geometry in points.
 */
import { cellKey, containsCell, intersect, lastCol, lastRow, parseKey, rect, type Rect } from "./address";
import { CellValueType, type RawCellContent } from "hyperformula";
import { ERROR_LITERALS, badFormula, type ExcelValue } from "./engine";
import { interpretEntry, type Entry } from "./entry";
import { FakeLimitationError, SHAPE_MISMATCH, officeError } from "./errors";
import type { FakeHost } from "./host";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type CellMeta, type CellStyle, type SheetModel, type TableModel } from "./model";
import { formatText } from "./number-text";

export type RangeValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function metaAt(sheet: SheetModel, r: number, c: number): CellMeta | undefined {
  return sheet.meta.get(cellKey(r, c));
}

function editMeta(sheet: SheetModel, r: number, c: number, edit: (m: CellMeta) => void): void {
  const key = cellKey(r, c);
  const meta: CellMeta = { ...sheet.meta.get(key) };
  edit(meta);
  if (meta.style && Object.keys(meta.style).length === 0) delete meta.style;
  if (Object.keys(meta).length === 0) sheet.meta.delete(key);
  else sheet.meta.set(key, meta);
}

export function numberFormatAt(sheet: SheetModel, r: number, c: number): string {
  return metaAt(sheet, r, c)?.numberFormat ?? "General";
}

export function valueAt(host: FakeHost, sheet: SheetModel, r: number, c: number): ExcelValue {
  return host.shownValue(sheet, r, c);
}

/** What `range.formulas` returns for one cell: the formula, else the value. */
export function formulaAt(host: FakeHost, sheet: SheetModel, r: number, c: number): ExcelValue {
  return host.engine.formula(sheet.hfId, r, c) ?? valueAt(host, sheet, r, c);
}

export function textAt(host: FakeHost, sheet: SheetModel, r: number, c: number): string {
  return formatText(valueAt(host, sheet, r, c), numberFormatAt(sheet, r, c));
}

export function valueTypeAt(host: FakeHost, sheet: SheetModel, r: number, c: number): RangeValueType {
  const v = valueAt(host, sheet, r, c);
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  const isError =
    (ERROR_LITERALS as readonly string[]).includes(v) &&
    host.engine.hf.getCellValueType({ sheet: sheet.hfId, row: r, col: c }) !== CellValueType.STRING;
  return isError ? "Error" : "String";
}

/** Reads a grid cell by cell, refusing loads Excel would refuse (5,000,000 cells). */
export function readGrid<V>(host: FakeHost, target: Rect, read: (r: number, c: number) => V): V[][] {
  if (target.rows * target.cols > host.limits.readCells) {
    throw officeError("ResponsePayloadSizeLimitExceeded", `Reading ${target.rows * target.cols} cells exceeds the limit of ${host.limits.readCells}.`);
  }
  const out: V[][] = [];
  for (let r = target.r0; r <= lastRow(target); r++) {
    const row: V[] = [];
    for (let c = target.c0; c <= lastCol(target); c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

export function assertEditable(sheet: SheetModel, location: string): void {
  if (sheet.protected) {
    throw officeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", location);
  }
}

/**
 * The input as a rows × cols grid. A single value (not an array) fills every cell; an array
 * must have exactly the range's shape.
 */
export function inputGrid(target: Rect, input: unknown, location: string): unknown[][] {
  assertCellwiseSize(target, location);
  if (!Array.isArray(input)) {
    return Array.from({ length: target.rows }, () => Array.from({ length: target.cols }, () => input));
  }
  const ok = input.length === target.rows && input.every((row) => Array.isArray(row) && row.length === target.cols);
  if (!ok) throw officeError("InvalidArgument", SHAPE_MISMATCH, location);
  return input as unknown[][];
}

/** The fake stores formats and contents per cell; whole-sheet writes would not fit in memory. */
function assertCellwiseSize(target: Rect, location: string): void {
  if (target.rows * target.cols > 5_000_000) {
    throw new FakeLimitationError(`${location} on ${target.rows * target.cols} cells is not modelled (the fake stores cells one by one); use a smaller range.`);
  }
}

function mergeAt(sheet: SheetModel, r: number, c: number): Rect | undefined {
  return sheet.merges.find((m) => containsCell(m, r, c));
}

/** What HyperFormula stores for an entry (undefined: leave the cell alone). */
function rawContent(entry: Entry, prepared?: string): RawCellContent | undefined {
  switch (entry.kind) {
    case "skip":
      return undefined;
    case "blank":
      return null;
    case "text":
      // HyperFormula strips one leading apostrophe and stores the rest as text, whatever it looks like.
      return `'${entry.value}`;
    case "formula":
      return prepared ?? entry.formula;
    default:
      return entry.value;
  }
}

/** The model's side of an entry: the content index, implied number formats, the apostrophe flag. */
function noteEntry(sheet: SheetModel, r: number, c: number, entry: Entry): void {
  if (entry.kind === "skip") return;
  const key = cellKey(r, c);
  if (entry.kind === "blank") sheet.content.delete(key);
  else sheet.content.add(key);
  if (entry.kind === "number" && entry.impliedFormat && numberFormatAt(sheet, r, c) === "General") {
    editMeta(sheet, r, c, (m) => (m.numberFormat = entry.impliedFormat));
  }
  const prefixed = entry.kind === "text" && entry.quotePrefix;
  if (prefixed !== Boolean(metaAt(sheet, r, c)?.quotePrefix)) {
    editMeta(sheet, r, c, (m) => {
      if (prefixed) m.quotePrefix = true;
      else delete m.quotePrefix;
    });
  }
}

/** A cell's new content for the engine. */
interface EngineWrite {
  readonly r: number;
  readonly c: number;
  readonly raw: RawCellContent;
}

/** Runs of adjacent cells beyond which contents go to the engine as one block. */
const MAX_RUNS = 16;

/**
 * Sends contents (row-major order) to HyperFormula in one batch — one recalculation — and in as
 * few calls as the shape allows: inside a batch HyperFormula's undo bookkeeping makes every call
 * cost in proportion to the calls before it, so cell-by-cell calls are quadratic (clearing a
 * 350 × 110 block of formulas that way took ~50 s). Up to MAX_RUNS runs of adjacent cells go as
 * runs; more go as one block over their bounding box, the cells in between re-sent with what
 * they already hold (a spilled cell as null, which HyperFormula leaves alone).
 */
function sendToEngine(host: FakeHost, sheet: SheetModel, writes: readonly EngineWrite[]): void {
  if (writes.length === 0) return;
  const runs: { r: number; c: number; raw: RawCellContent[] }[] = [];
  for (const w of writes) {
    const last = runs[runs.length - 1];
    if (last && last.r === w.r && last.c + last.raw.length === w.c) last.raw.push(w.raw);
    else runs.push({ r: w.r, c: w.c, raw: [w.raw] });
  }
  if (runs.length <= MAX_RUNS) {
    host.engine.batch(() => {
      for (const run of runs) host.engine.setBlock(sheet.hfId, run.r, run.c, [run.raw]);
    });
    return;
  }
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const run of runs) {
    r0 = Math.min(r0, run.r);
    c0 = Math.min(c0, run.c);
    r1 = Math.max(r1, run.r);
    c1 = Math.max(c1, run.c + run.raw.length - 1);
  }
  const block: (RawCellContent | undefined)[][] = Array.from({ length: r1 - r0 + 1 }, () => new Array<RawCellContent | undefined>(c1 - c0 + 1));
  for (const w of writes) block[w.r - r0]![w.c - c0] = w.raw;
  const full = block.map((row, i) =>
    Array.from(row, (raw, j) => (raw === undefined ? host.engine.currentContent(sheet.hfId, r0 + i, c0 + j) : raw)),
  );
  host.engine.batch(() => host.engine.setBlock(sheet.hfId, r0, c0, full));
}

/** Empties the given cells (keys of `sheet.content`) in the engine and the model. */
function emptyCells(host: FakeHost, sheet: SheetModel, keys: readonly string[]): void {
  const cells = keys.map(parseKey).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  sendToEngine(host, sheet, cells.map(([r, c]) => ({ r, c, raw: null })));
  for (const [r, c] of cells) noteEntry(sheet, r, c, { kind: "blank" });
}

/**
 * Writes `values` or `formulas` input, all or nothing: the input is checked as a whole, then
 * goes to HyperFormula in one batch (see sendToEngine). Formula syntax is checked after the
 * batch, each formula parsed once at its own cell; a formula Excel would refuse undoes the
 * batch and fails the write with InvalidArgument.
 */
export function writeContent(host: FakeHost, sheet: SheetModel, target: Rect, input: unknown, location: string): void {
  assertEditable(sheet, location);
  const grid = inputGrid(target, input, location);
  const plan: { r: number; c: number; entry: Entry; prepared?: string }[] = [];
  const names = host.sheetNames();
  const merged = sheet.merges.length > 0;
  grid.forEach((row, i) =>
    row.forEach((raw, j) => {
      const r = target.r0 + i;
      const c = target.c0 + j;
      const entry = interpretEntry(raw, numberFormatAt(sheet, r, c));
      if (entry === "invalid") throw officeError("InvalidArgument", `Cell values must be numbers, text or booleans (got ${JSON.stringify(raw)}).`, location);
      if (entry.kind === "skip") return;
      const merge = merged ? mergeAt(sheet, r, c) : undefined;
      if (merge && (merge.r0 !== r || merge.c0 !== c) && entry.kind !== "blank") {
        throw officeError("MergedRangeConflict", "Cannot change part of a merged cell: write to its top-left cell.", location);
      }
      const prepared = entry.kind === "formula" ? host.engine.rewriteFormula(entry.formula, names) : undefined;
      plan.push(prepared === undefined ? { r, c, entry } : { r, c, entry, prepared });
    }),
  );
  sendToEngine(
    host,
    sheet,
    plan.map((step) => ({ r: step.r, c: step.c, raw: rawContent(step.entry, step.prepared) })),
  );
  const refused = plan.find((step) => step.prepared !== undefined && host.engine.isRefusedFormula(sheet.hfId, step.r, step.c, step.prepared));
  if (refused?.entry.kind === "formula") {
    host.engine.undo();
    throw badFormula(refused.entry.formula, location);
  }
  for (const step of plan) noteEntry(sheet, step.r, step.c, step.entry);
  normalizeTableHeaders(host, sheet, target);
  host.noteEntered(sheet, target);
}

export function writeNumberFormat(_host: FakeHost, sheet: SheetModel, target: Rect, input: unknown, location: string): void {
  assertEditable(sheet, location);
  const grid = inputGrid(target, input, location);
  grid.forEach((row, i) =>
    row.forEach((format, j) => {
      if (format === null || format === undefined) return;
      if (typeof format !== "string") throw officeError("InvalidArgument", `A number format must be text (got ${JSON.stringify(format)}).`, location);
      editMeta(sheet, target.r0 + i, target.c0 + j, (m) => {
        if (format === "" || format === "General") delete m.numberFormat;
        else m.numberFormat = format;
      });
    }),
  );
}

/** Sets (or, with undefined values, resets) style properties on every cell of the range. */
export function setStyle(sheet: SheetModel, target: Rect, patch: Partial<CellStyle>, location: string): void {
  assertEditable(sheet, location);
  assertCellwiseSize(target, location);
  for (let r = target.r0; r <= lastRow(target); r++) {
    for (let c = target.c0; c <= lastCol(target); c++) {
      editMeta(sheet, r, c, (m) => {
        const style: CellStyle = { ...m.style };
        for (const [k, v] of Object.entries(patch) as [keyof CellStyle, unknown][]) {
          if (v === undefined) delete style[k];
          else (style as Record<string, unknown>)[k] = v;
        }
        m.style = style;
      });
    }
  }
}

/** One style property over a range: the common value, or null when cells differ (as Excel). */
export function styleOf<K extends keyof CellStyle>(sheet: SheetModel, target: Rect, key: K, fallback: NonNullable<CellStyle[K]>): CellStyle[K] | null {
  let seen: CellStyle[K] | undefined;
  for (let r = target.r0; r <= lastRow(target); r++) {
    for (let c = target.c0; c <= lastCol(target); c++) {
      const v = metaAt(sheet, r, c)?.style?.[key] ?? fallback;
      if (seen === undefined) seen = v;
      else if (JSON.stringify(seen) !== JSON.stringify(v)) return null;
      if (target.rows * target.cols > 100_000) return seen; // whole rows/columns: report the first cell
    }
  }
  return seen ?? fallback;
}

export type ClearTarget = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export function clearRange(host: FakeHost, sheet: SheetModel, target: Rect, applyTo: ClearTarget, location: string): void {
  assertEditable(sheet, location);
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (contents) {
    emptyCells(
      host,
      sheet,
      [...sheet.content].filter((key) => {
        const [r, c] = parseKey(key);
        return containsCell(target, r, c);
      }),
    );
    for (const [key, meta] of [...sheet.meta]) {
      const [r, c] = parseKey(key);
      if (meta.quotePrefix && containsCell(target, r, c)) editMeta(sheet, r, c, (m) => delete m.quotePrefix);
    }
  }
  if (formats) {
    for (const key of [...sheet.meta.keys()]) {
      const [r, c] = parseKey(key);
      if (containsCell(target, r, c)) editMeta(sheet, r, c, (m) => {
        delete m.numberFormat;
        delete m.style;
      });
    }
    sheet.merges = sheet.merges.filter((m) => intersect(m, target) === null);
  }
  if (contents) {
    normalizeTableHeaders(host, sheet, target);
    host.noteEntered(sheet, target);
  }
}

function tablesOn(host: FakeHost, sheet: SheetModel): TableModel[] {
  return host.model.tables.filter((t) => t.sheet === sheet);
}

export function mergeRange(host: FakeHost, sheet: SheetModel, target: Rect, across: boolean, location: string): void {
  assertEditable(sheet, location);
  if (tablesOn(host, sheet).some((t) => intersect(t.rect, target))) {
    throw officeError("InvalidOperation", "Cells in a table cannot be merged.", location);
  }
  const pieces = across ? Array.from({ length: target.rows }, (_, i) => rect(target.r0 + i, target.c0, 1, target.cols)) : [target];
  for (const piece of pieces) {
    if (piece.rows * piece.cols === 1) continue;
    for (const m of sheet.merges) {
      const overlap = intersect(m, piece);
      if (overlap && !(overlap.rows === m.rows && overlap.cols === m.cols)) {
        throw officeError("InvalidOperation", "Cannot merge a range that partly overlaps another merged range.", location);
      }
    }
    sheet.merges = sheet.merges.filter((m) => intersect(m, piece) === null);
    // Excel keeps only the upper-left value of a merged area.
    emptyCells(
      host,
      sheet,
      [...sheet.content].filter((key) => {
        const [r, c] = parseKey(key);
        return containsCell(piece, r, c) && (r !== piece.r0 || c !== piece.c0);
      }),
    );
    sheet.merges.push(piece);
  }
}

export function unmergeRange(sheet: SheetModel, target: Rect, location: string): void {
  assertEditable(sheet, location);
  sheet.merges = sheet.merges.filter((m) => intersect(m, target) === null);
}

/**
 * Excel's rule for table headers: they are text, never blank (ColumnN), unique
 * case-insensitively (a duplicate gets a number). Formulas become their text.
 */
export function normalizeTableHeaders(host: FakeHost, sheet: SheetModel, written: Rect | null): void {
  for (const table of tablesOn(host, sheet)) {
    if (!table.showHeaders) continue;
    const header = rect(table.rect.r0, table.rect.c0, 1, table.rect.cols);
    if (written && !intersect(header, written)) continue;
    const seen = new Set<string>();
    const names: string[] = [];
    for (let j = 0; j < header.cols; j++) {
      const v = host.engine.value(sheet.hfId, header.r0, header.c0 + j);
      let name = v === "" ? `Column${j + 1}` : String(v);
      if (typeof v === "boolean") name = v ? "TRUE" : "FALSE";
      let candidate = name;
      for (let n = 2; seen.has(candidate.toUpperCase()); n++) candidate = `${name}${n}`;
      seen.add(candidate.toUpperCase());
      names.push(candidate);
    }
    const changes = names
      .map((name, j) => ({ name, c: header.c0 + j }))
      .filter(({ name, c }) => host.engine.value(sheet.hfId, header.r0, c) !== name || host.engine.formula(sheet.hfId, header.r0, c) !== undefined);
    const entries = changes.map(({ name, c }) => ({ c, entry: { kind: "text", value: name, quotePrefix: false } as const }));
    sendToEngine(host, sheet, entries.map(({ c, entry }) => ({ r: header.r0, c, raw: rawContent(entry) })));
    for (const { c, entry } of entries) noteEntry(sheet, header.r0, c, entry);
  }
}

/** The smallest rectangle holding every non-empty cell (and, unless valuesOnly, every formatted one). */
export function usedRect(host: FakeHost, sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const take = (r: number, c: number, rows = 1, cols = 1) => {
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r + rows - 1);
    c1 = Math.max(c1, c + cols - 1);
  };
  for (const key of sheet.content) {
    const [r, c] = parseKey(key);
    const spill = host.engine.spillExtent(sheet.hfId, r, c);
    take(r, c, spill?.rows ?? 1, spill?.cols ?? 1);
  }
  if (!valuesOnly) {
    for (const [key, meta] of sheet.meta) {
      if (meta.numberFormat === undefined && meta.style === undefined) continue;
      const [r, c] = parseKey(key);
      take(r, c);
    }
  }
  return r1 < 0 ? null : rect(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
}

export function columnWidth(sheet: SheetModel, c: number): number {
  return sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
}

export function rowHeight(sheet: SheetModel, r: number): number {
  return sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
}

/** Points from the sheet's left edge to column c's left edge. */
export function columnLeft(sheet: SheetModel, c: number): number {
  let left = c * DEFAULT_COLUMN_WIDTH;
  for (const [col, width] of sheet.columnWidths) if (col < c) left += width - DEFAULT_COLUMN_WIDTH;
  return left;
}

export function rowTop(sheet: SheetModel, r: number): number {
  let top = r * DEFAULT_ROW_HEIGHT;
  for (const [row, height] of sheet.rowHeights) if (row < r) top += height - DEFAULT_ROW_HEIGHT;
  return top;
}

/** The column whose span contains x points (the last column for x past the end). */
export function columnAt(sheet: SheetModel, x: number): number {
  let c = 0;
  while (c < 16_383 && columnLeft(sheet, c + 1) <= x) c += 1;
  return c;
}

export function rowAt(sheet: SheetModel, y: number): number {
  let lo = 0;
  let hi = 1_048_575;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (rowTop(sheet, mid) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Excel's AutoFit, approximated: ~7 px per Latin character, 14 per CJK one, plus padding. */
export function autofitColumns(host: FakeHost, sheet: SheetModel, target: Rect, location: string): void {
  assertEditable(sheet, location);
  const used = usedRect(host, sheet, true);
  const rows = used ? intersect(target, rect(used.r0, target.c0, used.rows, target.cols)) : null;
  for (let c = target.c0; c <= lastCol(target); c++) {
    let px = 0;
    if (rows) {
      for (let r = rows.r0; r <= lastRow(rows); r++) {
        if (!sheet.content.has(cellKey(r, c)) && !host.engine.isSpillChild(sheet.hfId, r, c)) continue;
        const text = textAt(host, sheet, r, c);
        let width = 0;
        for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 14 : 7;
        if (metaAt(sheet, r, c)?.style?.bold) width = Math.ceil(width * 1.1);
        px = Math.max(px, width + 8);
      }
    }
    if (px > 0) sheet.columnWidths.set(c, Math.round(px * 0.75 * 100) / 100);
  }
}
