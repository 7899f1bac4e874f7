/**
 * charts.add(type, source, seriesBy) makes one series per column ("Columns") or per row
 * ("Rows") of the source. A series' own values are one line of cells: a single row must be
 * added by rows, or Excel makes one series per cell.
 */
import { parseRect } from "../template/a1";

export function seriesByOf(values: string): "Rows" | "Columns" {
  const r = parseRect(values);
  return r !== null && r.rowCount === 1 && r.colCount > 1 ? "Rows" : "Columns";
}
