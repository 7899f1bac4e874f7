/**
 * Table operations on the model with Excel's rules: names unique workbook-wide (tables and
 * defined names together), no overlap with another table or a merged area, headers always text
 * and unique, growth by rows.add/columns.add. Not modelled (FakeLimitationError): creating a
 * table without headers, and growing into non-empty cells (Excel would shift them).
 */
import { cellKey, intersect, lastCol, lastRow, parseKey, rect, type Rect } from "./address";
import { assertEditable, clearRange, inputGrid, normalizeTableHeaders, writeContent } from "./cells";
import { FakeLimitationError, officeError } from "./errors";
import type { FakeHost } from "./host";
import { DEFAULT_TABLE_STYLE, nextGuid, type SeriesSource, type SheetModel, type TableModel } from "./model";
import { definedNameProblem, invalidName, sameName } from "./rules";

export function headerRect(t: TableModel): Rect | null {
  return t.showHeaders ? rect(t.rect.r0, t.rect.c0, 1, t.rect.cols) : null;
}

export function totalRect(t: TableModel): Rect | null {
  return t.showTotals ? rect(lastRow(t.rect), t.rect.c0, 1, t.rect.cols) : null;
}

export function bodyRect(t: TableModel): Rect {
  const top = t.showHeaders ? 1 : 0;
  const bottom = t.showTotals ? 1 : 0;
  return rect(t.rect.r0 + top, t.rect.c0, t.rect.rows - top - bottom, t.rect.cols);
}

export function findTable(host: FakeHost, key: string, sheet: SheetModel | null): TableModel | undefined {
  return host.model.tables.find((t) => (sheet === null || t.sheet === sheet) && (sameName(t.name, key) || t.id === key));
}

/** Table and defined names share one namespace. */
export function assertFreeName(host: FakeHost, name: unknown, self: TableModel | null, location: string): string {
  const problem = definedNameProblem(name);
  if (problem) throw invalidName(problem, location);
  const text = name as string;
  const taken = host.model.tables.some((t) => t !== self && sameName(t.name, text)) || host.model.names.some((n) => sameName(n.name, text));
  if (taken) throw officeError("ItemAlreadyExists", `The name "${text}" is already used by a table or a defined name.`, location);
  return text;
}

function isEmptyArea(host: FakeHost, sheet: SheetModel, area: Rect): boolean {
  for (const key of sheet.content) {
    const [r, c] = parseKey(key);
    if (r >= area.r0 && r <= lastRow(area) && c >= area.c0 && c <= lastCol(area)) return false;
  }
  if (host.model.tables.some((t) => t.sheet === sheet && intersect(t.rect, area))) return false;
  return !sheet.merges.some((m) => intersect(m, area));
}

function assertNoConflicts(host: FakeHost, sheet: SheetModel, area: Rect, self: TableModel | null, location: string): void {
  if (host.model.tables.some((t) => t !== self && t.sheet === sheet && intersect(t.rect, area))) {
    throw officeError("InvalidArgument", "A table can't overlap another table.", location);
  }
  if (sheet.merges.some((m) => intersect(m, area))) {
    throw officeError("InvalidArgument", "A table can't contain merged cells.", location);
  }
}

export function addTable(host: FakeHost, sheet: SheetModel, area: Rect, hasHeaders: unknown, location: string): TableModel {
  assertEditable(sheet, location);
  if (typeof hasHeaders !== "boolean") throw officeError("InvalidArgument", "hasHeaders must be true or false.", location);
  if (!hasHeaders) {
    throw new FakeLimitationError("tables.add(address, false) is not modelled (Excel inserts a header row); write the headers and pass true.");
  }
  if (area.rows > 100_000 || area.cols > 16_000) throw officeError("InvalidArgument", "The table range is too large.", location);
  let tableRect = area;
  if (area.rows === 1) {
    // Excel gives a header-only range one empty data row.
    const below = rect(area.r0 + 1, area.c0, 1, area.cols);
    if (!isEmptyArea(host, sheet, below)) throw new FakeLimitationError("a one-row table over non-empty cells below is not modelled.");
    tableRect = rect(area.r0, area.c0, 2, area.cols);
  }
  assertNoConflicts(host, sheet, tableRect, null, location);
  let name: string;
  do {
    host.model.counters.table += 1;
    name = `Table${host.model.counters.table}`;
  } while (host.model.tables.some((t) => sameName(t.name, name)) || host.model.names.some((n) => sameName(n.name, name)));
  const table: TableModel = {
    id: nextGuid(host.model, 3),
    legacyId: String(host.model.counters.table),
    name,
    sheet,
    rect: tableRect,
    showHeaders: true,
    showTotals: false,
    showBandedRows: true,
    showFilterButton: true,
    style: DEFAULT_TABLE_STYLE,
    columnIds: Array.from({ length: tableRect.cols }, (_, i) => i + 1),
    nextColumnId: tableRect.cols + 1,
  };
  host.model.tables.push(table);
  normalizeTableHeaders(host, sheet, null);
  return table;
}

export function renameTable(host: FakeHost, table: TableModel, name: unknown, location: string): void {
  table.name = assertFreeName(host, name, table, location);
}

export function deleteTable(host: FakeHost, table: TableModel, keepData: boolean, location: string): void {
  assertEditable(table.sheet, location);
  host.model.tables = host.model.tables.filter((t) => t !== table);
  if (!keepData) clearRange(host, table.sheet, table.rect, "All", location);
}

/** Moves a block of cells (contents, formats) by (dr, dc), as Excel's insert/delete would; references follow. */
function shiftBlock(host: FakeHost, sheet: SheetModel, block: Rect, dr: number, dc: number): void {
  if (block.rows <= 0 || block.cols <= 0) return;
  host.engine.hf.moveCells(
    { start: { sheet: sheet.hfId, row: block.r0, col: block.c0 }, end: { sheet: sheet.hfId, row: lastRow(block), col: lastCol(block) } },
    { sheet: sheet.hfId, row: block.r0 + dr, col: block.c0 + dc },
  );
  const inBlock = (r: number, c: number) => r >= block.r0 && r <= lastRow(block) && c >= block.c0 && c <= lastCol(block);
  const dest = rect(block.r0 + dr, block.c0 + dc, block.rows, block.cols);
  const inDest = (r: number, c: number) => r >= dest.r0 && r <= lastRow(dest) && c >= dest.c0 && c <= lastCol(dest);
  const moved = [...sheet.content].filter((k) => inBlock(...parseKey(k)));
  for (const key of [...sheet.content]) if (inBlock(...parseKey(key)) || inDest(...parseKey(key))) sheet.content.delete(key);
  for (const key of moved) {
    const [r, c] = parseKey(key);
    sheet.content.add(cellKey(r + dr, c + dc));
  }
  const metas = [...sheet.meta].filter(([k]) => inBlock(...parseKey(k)));
  for (const [key] of [...sheet.meta]) if (inBlock(...parseKey(key)) || inDest(...parseKey(key))) sheet.meta.delete(key);
  for (const [key, meta] of metas) {
    const [r, c] = parseKey(key);
    sheet.meta.set(cellKey(r + dr, c + dc), meta);
  }
}

function assertRoomBelow(host: FakeHost, table: TableModel, count: number, what: string): void {
  const below = rect(lastRow(table.rect) + 1, table.rect.c0, count, table.rect.cols);
  if (!isEmptyArea(host, table.sheet, below)) {
    throw new FakeLimitationError(`${what} would push non-empty cells below ${table.name} down; Excel shifts them, the fake does not.`);
  }
}

/** TableRowCollection.add: inserts rows at `index` of the body (default: the end); returns the first new row's index. */
export function addTableRows(host: FakeHost, table: TableModel, index: unknown, values: unknown, location: string): number {
  assertEditable(table.sheet, location);
  const body = bodyRect(table);
  const bodyRows = body.rows;
  const at = index === undefined || index === null ? bodyRows : index;
  if (typeof at !== "number" || !Number.isInteger(at) || at < 0 || at > bodyRows) {
    throw officeError("InvalidArgument", `Row index must be 0–${bodyRows}.`, location);
  }
  const count = Array.isArray(values) ? values.length : 1;
  if (count === 0) throw officeError("InvalidArgument", "No rows to add.", location);
  const newRows = rect(body.r0 + at, table.rect.c0, count, table.rect.cols);
  if (values !== undefined && values !== null) inputGrid(newRows, values, location);
  assertRoomBelow(host, table, count, "rows.add");
  const tail = rect(body.r0 + at, table.rect.c0, lastRow(table.rect) - (body.r0 + at) + 1, table.rect.cols);
  shiftBlock(host, table.sheet, tail, count, 0);
  const oldBody = bodyRect(table);
  table.rect = rect(table.rect.r0, table.rect.c0, table.rect.rows + count, table.rect.cols);
  if (at === bodyRows) chartsFollow(host, table, oldBody);
  if (values !== undefined && values !== null) writeContent(host, table.sheet, newRows, values, location);
  return at;
}

export function deleteTableRow(host: FakeHost, table: TableModel, index: number, location: string): void {
  assertEditable(table.sheet, location);
  const body = bodyRect(table);
  if (index < 0 || index >= body.rows) throw officeError("ItemNotFound", `There is no row ${index}.`, location);
  const row = rect(body.r0 + index, table.rect.c0, 1, table.rect.cols);
  if (body.rows === 1) {
    clearRange(host, table.sheet, row, "Contents", location);
    return;
  }
  clearRange(host, table.sheet, row, "All", location);
  const tail = rect(row.r0 + 1, table.rect.c0, lastRow(table.rect) - row.r0, table.rect.cols);
  shiftBlock(host, table.sheet, tail, -1, 0);
  table.rect = rect(table.rect.r0, table.rect.c0, table.rect.rows - 1, table.rect.cols);
}

/** TableColumnCollection.add: inserts a column at `index` (default: the right end). */
export function addTableColumn(host: FakeHost, table: TableModel, index: unknown, values: unknown, name: unknown, location: string): number {
  assertEditable(table.sheet, location);
  const at = index === undefined || index === null ? table.rect.cols : index;
  if (typeof at !== "number" || !Number.isInteger(at) || at < 0 || at > table.rect.cols) {
    throw officeError("InvalidArgument", `Column index must be 0–${table.rect.cols}.`, location);
  }
  const column = rect(table.rect.r0, table.rect.c0 + at, table.rect.rows, 1);
  if (values !== undefined && values !== null) inputGrid(column, values, location);
  const right = rect(table.rect.r0, lastCol(table.rect) + 1, table.rect.rows, 1);
  if (!isEmptyArea(host, table.sheet, right)) {
    throw new FakeLimitationError(`columns.add would push non-empty cells right of ${table.name}; Excel shifts them, the fake does not.`);
  }
  const tail = rect(table.rect.r0, table.rect.c0 + at, table.rect.rows, table.rect.cols - at);
  shiftBlock(host, table.sheet, tail, 0, 1);
  table.rect = rect(table.rect.r0, table.rect.c0, table.rect.rows, table.rect.cols + 1);
  table.columnIds.splice(at, 0, table.nextColumnId);
  table.nextColumnId += 1;
  if (values !== undefined && values !== null) writeContent(host, table.sheet, column, values, location);
  if (typeof name === "string" && table.showHeaders) writeContent(host, table.sheet, rect(table.rect.r0, column.c0, 1, 1), [[`'${name}`]], location);
  normalizeTableHeaders(host, table.sheet, null);
  return at;
}

export function deleteTableColumn(host: FakeHost, table: TableModel, id: number, location: string): void {
  assertEditable(table.sheet, location);
  const at = table.columnIds.indexOf(id);
  if (at < 0) throw officeError("ItemNotFound", undefined, location);
  if (table.rect.cols === 1) throw officeError("InvalidOperation", "A table must keep at least one column.", location);
  const column = rect(table.rect.r0, table.rect.c0 + at, table.rect.rows, 1);
  clearRange(host, table.sheet, column, "All", location);
  const tail = rect(table.rect.r0, column.c0 + 1, table.rect.rows, table.rect.cols - at - 1);
  shiftBlock(host, table.sheet, tail, 0, -1);
  table.rect = rect(table.rect.r0, table.rect.c0, table.rect.rows, table.rect.cols - 1);
  table.columnIds.splice(at, 1);
}

export function setShowTotals(host: FakeHost, table: TableModel, show: unknown, location: string): void {
  assertEditable(table.sheet, location);
  if (typeof show !== "boolean") throw officeError("InvalidArgument", undefined, location);
  if (show === table.showTotals) return;
  if (show) {
    assertRoomBelow(host, table, 1, "showTotals");
    table.rect = rect(table.rect.r0, table.rect.c0, table.rect.rows + 1, table.rect.cols);
    table.showTotals = true;
    // Excel labels the first column "Total" (and puts SUBTOTAL in the last, which needs a structured reference: not modelled).
    writeContent(host, table.sheet, rect(lastRow(table.rect), table.rect.c0, 1, 1), [["'Total"]], location);
  } else {
    clearRange(host, table.sheet, rect(lastRow(table.rect), table.rect.c0, 1, table.rect.cols), "Contents", location);
    table.rect = rect(table.rect.r0, table.rect.c0, table.rect.rows - 1, table.rect.cols);
    table.showTotals = false;
  }
}

/** Table.resize (ExcelApi 1.13): the header row stays where it is. */
export function resizeTable(host: FakeHost, table: TableModel, area: Rect, location: string): void {
  assertEditable(table.sheet, location);
  if (area.r0 !== table.rect.r0 || !intersect(area, table.rect) || area.rows < 2) {
    throw officeError("InvalidArgument", "The new range must overlap the table and keep its header row.", location);
  }
  assertNoConflicts(host, table.sheet, area, table, location);
  const added = area.cols - table.rect.cols;
  if (added > 0) for (let i = 0; i < added; i++) table.columnIds.push(table.nextColumnId++);
  else if (added < 0) table.columnIds.splice(area.cols);
  table.rect = area;
  normalizeTableHeaders(host, table.sheet, null);
}

/**
 * Charts follow a table that grows: a series whose values or categories are a whole column of
 * the table's data body keeps reading the whole column (Excel's "use a table so the chart
 * updates"; README "Host behaviours"). Series reading part of a column, or plain ranges, stay.
 */
function chartsFollow(host: FakeHost, table: TableModel, oldBody: Rect): void {
  const body = bodyRect(table);
  const grow = (source: SeriesSource | null): SeriesSource | null => {
    if (!source || source.kind !== "range" || source.sheet !== table.sheet) return source;
    const r = source.rect;
    const wholeColumn = r.cols === 1 && r.r0 === oldBody.r0 && r.rows === oldBody.rows && r.c0 >= oldBody.c0 && r.c0 <= lastCol(oldBody);
    return wholeColumn ? { ...source, rect: rect(body.r0, r.c0, body.rows, 1) } : source;
  };
  for (const sheet of host.model.sheets)
    for (const chart of sheet.charts)
      for (const series of chart.series) {
        series.values = grow(series.values);
        series.categories = grow(series.categories);
      }
}

/**
 * Table auto-expansion: an API write that starts in the row right below a table (under its
 * columns) or the column right of it (beside its rows) makes the table absorb the written rows
 * or columns, as typing there does — AutoCorrect's "Include new rows and columns in table"
 * applies to API writes too (office-js #6745). A write whose first value is blank does not
 * expand it (office-js #2097, "by design"). Charts bound to whole table columns follow.
 */
export function autoExpandTables(host: FakeHost, sheet: SheetModel, target: Rect, grid: unknown[][]): void {
  const first = grid[0]?.[0];
  if (first === "" || first === null || first === undefined) return;
  for (const table of host.model.tables.filter((t) => t.sheet === sheet)) {
    const t = table.rect;
    const below = !table.showTotals && target.r0 === lastRow(t) + 1 && target.c0 <= lastCol(t) && lastCol(target) >= t.c0;
    const right = target.c0 === lastCol(t) + 1 && target.r0 <= lastRow(t) && lastRow(target) >= t.r0;
    if (!below && !right) continue;
    const oldBody = bodyRect(table);
    if (below) table.rect = rect(t.r0, t.c0, t.rows + target.rows, t.cols);
    else {
      for (let i = 0; i < target.cols; i++) table.columnIds.push(table.nextColumnId++);
      table.rect = rect(t.r0, t.c0, t.rows, t.cols + target.cols);
      normalizeTableHeaders(host, sheet, null);
    }
    if (below) chartsFollow(host, table, oldBody);
  }
}
