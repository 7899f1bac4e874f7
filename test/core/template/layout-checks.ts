/**
 * Layout checks shared by the template tests: what a chart would hide, and which figures a
 * plan shows where.
 */
import { rowExtents } from "../../../src/core/chart/placement";
import { cellAddress, parseCell, parseRect } from "../../../src/core/template/a1";
import type { TemplatePlan } from "../../../src/core/template/types";

/**
 * Cells a chart covers that hold something, or that a text overflowing from the left runs
 * into (the charts must cover neither). Empty when the charts sit clear of the content.
 */
export function chartsCoverNothing(plan: TemplatePlan): string[] {
  const extents = rowExtents(plan.cells, plan.columnWidths, plan.tables.map((t) => t.rect));
  const hits: string[] = [];
  for (const c of plan.charts) {
    const p = c.position;
    for (let r = p.row; r < p.row + p.rowCount; r++) {
      if ((extents[r] ?? 0) > p.col) hits.push(`${c.name}: row ${r + 1} reaches column ${extents[r]}`);
      for (let col = p.col; col < p.col + p.colCount; col++) {
        const cell = plan.cells[r]?.[col];
        if (cell && !(cell.kind === "blank" && cell.format === undefined)) hits.push(`${c.name}: ${cellAddress(r, col)}`);
      }
    }
  }
  return hits;
}

/** Figure keys (entity|field|period|segment) each table of the plan shows. */
export function keysByTable(plan: TemplatePlan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of plan.tables) out.set(t.role, []);
  for (const [address, key] of Object.entries(plan.record.cells)) {
    const { row, col } = parseCell(address)!;
    const t = plan.tables.find((x) => row > x.rect.row && row < x.rect.row + x.rect.rowCount && col >= x.rect.col && col < x.rect.col + x.rect.colCount);
    if (t) out.get(t.role)!.push(key);
  }
  return out;
}

/**
 * Rows whose text runs on past the print area's last column (estimated as the columns are:
 * placement.ts rowExtents), as "row: reaches column n". Empty when everything prints.
 */
export function textBeyondPrintArea(plan: TemplatePlan): string[] {
  const area = parseRect(plan.setup.printArea)!;
  const extents = rowExtents(plan.cells, plan.columnWidths, plan.tables.map((t) => t.rect));
  return extents.flatMap((reach, r) => (reach > area.col + area.colCount ? [`row ${r + 1}: reaches column ${reach}, print area ends at ${area.col + area.colCount}`] : []));
}
