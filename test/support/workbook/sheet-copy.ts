/**
 * Worksheet.copy (ExcelApi 1.7): a new sheet with the source's cells (values and formulas),
 * formats, column widths, row heights, merged areas, frozen panes, tables and charts, named
 * "<name> (2)" (then (3), …, cut to 31 characters) and placed where positionType says.
 *
 * As in Excel: a formula keeps its text, so unqualified references point at the copy, and a
 * reference qualified with the source's own name is re-pointed at the copy; references to other
 * sheets stay. Tables get new names (Excel appends a number; here `<name>_<n>`, which nothing in
 * CapCycle relies on), charts their own ids, and series that read the source sheet read the copy.
 * Not modelled: sheet-scoped names, data validation, conditional formats (the fake has none).
 */
import { officeError } from "./errors";
import type { FakeHost } from "./host";
import { nextGuid, type ChartModel, type SeriesSource, type SheetModel, type TableModel } from "./model";
import { sameName } from "./rules";
import { addSheet, findSheet, moveSheet } from "./sheet-ops";

export type CopyPosition = "None" | "Before" | "After" | "Beginning" | "End";
const POSITIONS: readonly CopyPosition[] = ["None", "Before", "After", "Beginning", "End"];

function copyName(host: FakeHost, name: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!findSheet(host, candidate)) return candidate;
  }
}

/** `'Name'!` and `Name!` in a formula's text, outside string literals, re-pointed at `to`. */
function repoint(formula: string, from: string, to: string): string {
  const quote = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`'${escaped.replace(/'/g, "''")}'!|(?<![\\p{L}\\p{N}_.])${escaped}!`, "giu");
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, quote(to))))
    .join("");
}

function copySource(source: SeriesSource | null, from: SheetModel, to: SheetModel): SeriesSource | null {
  if (source === null || source.kind !== "range" || source.sheet !== from) return source;
  return { ...source, sheet: to };
}

function uniqueTableName(host: FakeHost, name: string): string {
  for (let n = 2; ; n++) {
    const candidate = `${name}_${n}`;
    if (!host.model.tables.some((t) => sameName(t.name, candidate)) && !host.model.names.some((x) => sameName(x.name, candidate))) return candidate;
  }
}

export function copySheet(host: FakeHost, source: SheetModel, positionType: unknown, relativeTo: SheetModel | null, location: string): SheetModel {
  const position = (positionType ?? "None") as CopyPosition;
  if (!POSITIONS.includes(position)) throw officeError("InvalidArgument", `Unknown positionType ${JSON.stringify(positionType)}.`, location);
  if ((position === "Before" || position === "After") && relativeTo === null) {
    throw officeError("InvalidArgument", "Before and After need the worksheet to place the copy next to.", location);
  }
  const copy = addSheet(host, copyName(host, source.name), location);
  const sheets = host.model.sheets;
  const target =
    position === "Beginning"
      ? 0
      : position === "Before"
        ? sheets.indexOf(relativeTo!)
        : position === "After"
          ? sheets.indexOf(relativeTo!) + 1
          : sheets.length - 1;
  moveSheet(host, copy, Math.min(target, sheets.length - 1), location);

  // Cells: what each holds, as HyperFormula takes it back (spilled cells come from their anchor).
  // Read first: HyperFormula answers no reads while a batch is open.
  const cells = [...source.content].map((key) => {
    const [r, c] = key.split(",").map(Number) as [number, number];
    const raw = host.engine.currentContent(source.hfId, r, c);
    return { key, r, c, content: typeof raw === "string" && raw.startsWith("=") ? repoint(raw, source.name, copy.name) : raw };
  });
  host.engine.batch(() => {
    for (const { key, r, c, content } of cells) {
      host.engine.setBlock(copy.hfId, r, c, [[content]]);
      copy.content.add(key);
    }
  });
  for (const [key, meta] of source.meta) copy.meta.set(key, structuredClone(meta));
  for (const [col, width] of source.columnWidths) copy.columnWidths.set(col, width);
  for (const [row, height] of source.rowHeights) copy.rowHeights.set(row, height);
  copy.merges = source.merges.map((m) => ({ ...m }));
  copy.frozen = { ...source.frozen };
  copy.pageLayout = structuredClone(source.pageLayout);
  copy.tabColor = source.tabColor;

  for (const table of host.model.tables.filter((t) => t.sheet === source)) {
    host.model.counters.table += 1;
    const copied: TableModel = {
      ...table,
      id: nextGuid(host.model, 3),
      legacyId: String(host.model.counters.table),
      name: uniqueTableName(host, table.name),
      sheet: copy,
      rect: { ...table.rect },
      columnIds: [...table.columnIds],
    };
    host.model.tables.push(copied);
  }
  for (const chart of source.charts) {
    host.model.counters.chart += 1;
    const { sheet: _source, series, ...rest } = chart;
    const copied: ChartModel = {
      ...structuredClone(rest),
      id: nextGuid(host.model, 4),
      sheet: copy,
      series: series.map((s) => ({
        ...s,
        nameSource: copySource(s.nameSource, source, copy),
        values: copySource(s.values, source, copy),
        categories: copySource(s.categories, source, copy),
      })),
    };
    copy.charts.push(copied);
  }
  return copy;
}
