/**
 * A mutable sheet under construction: sections write cells, formats and tables into it at
 * absolute positions, then `toPlanCells` densifies it into the plan's grid.
 */
import type { PlanCell, PlanFormat, PlanTable } from "./types";
import { cellAddress } from "./a1";

export const TEXT_FORMAT = "@";

export function text(s: string): PlanCell {
  return { kind: "text", text: s };
}

export function num(value: number, format: string): PlanCell {
  return { kind: "number", value, format };
}

export function formula(f: string, format: string): PlanCell {
  return { kind: "formula", formula: f.startsWith("=") ? f : `=${f}`, format };
}

export function blank(format?: string): PlanCell {
  return format ? { kind: "blank", format } : { kind: "blank" };
}

export class SheetGrid {
  private readonly rows = new Map<number, Map<number, PlanCell>>();
  readonly formats: PlanFormat[] = [];
  readonly tables: PlanTable[] = [];
  /** A1 → figure key, for the template record. */
  readonly figureCells: Record<string, string> = {};
  rowCount = 0;
  colCount = 0;

  set(row: number, col: number, cell: PlanCell): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map<number, PlanCell>()));
    r.set(col, cell);
    this.rowCount = Math.max(this.rowCount, row + 1);
    this.colCount = Math.max(this.colCount, col + 1);
  }

  get(row: number, col: number): PlanCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** Records that a cell shows a figure (entity|field|period|segment). */
  figure(row: number, col: number, key: string): void {
    this.figureCells[cellAddress(row, col)] = key;
  }

  toPlanCells(): PlanCell[][] {
    const out: PlanCell[][] = [];
    for (let r = 0; r < this.rowCount; r++) {
      const row: PlanCell[] = [];
      const cols = this.rows.get(r);
      for (let c = 0; c < this.colCount; c++) row.push(cols?.get(c) ?? blank());
      out.push(row);
    }
    return out;
  }
}

/** The characters drawn double width (CJK, Hangul, full-width forms), as a regular-expression class body. */
export const WIDE_CHARS = "\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6";
const WIDE = new RegExp(`[${WIDE_CHARS}]`, "u");

/** Width in "characters": CJK and full-width count double. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}
