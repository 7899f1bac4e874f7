/**
 * The printed pages of a template sheet, planned: where every page starts, for the adapters to
 * write as manual row breaks (the xlsx export: <rowBreaks>; Office.js: horizontalPageBreaks).
 *
 * Every page start is a manual break, computed for the tallest the rows can print: Excel's scale
 * for fitting the columns to one A4 width (whole percent of the print area's width in points),
 * where LibreOffice prints smaller (Carlito, its Calibri, measures a column wider).
 * An application whose page holds more rows than planned leaves the rest of the page empty; one
 * whose page holds fewer would add an automatic break the plan does not know, which the margin
 * here rules out. So a chart that fits on the page planned for it is on one page everywhere.
 *
 * What never straddles a break (a block that fits on a page starts a new one instead):
 * - a band of charts (the rows under a table where its charts sit);
 * - a table's title and header with its first rows (no title alone at a page's foot);
 * - a heading inside a table (a statement, a segment block's field) with its first row.
 */

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Margins in inches (narrow, so the width goes to the columns; room for the footer "page / pages"). */
export const PRINT_MARGINS = { left: 0.3, right: 0.3, top: 0.4, bottom: 0.5, header: 0.2, footer: 0.25 } as const;

const POINTS_PER_INCH = 72;

/** Portrait A4 inside the margins, in points (Excel and LibreOffice both print the footer inside the bottom margin). */
export const PRINT_BODY = {
  width: A4.width - (PRINT_MARGINS.left + PRINT_MARGINS.right) * POINTS_PER_INCH,
  height: A4.height - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * POINTS_PER_INCH,
} as const;

/** Share of a page kept free, for rounding: row heights are whole pixels on screen, points on paper. */
const PAGE_SLACK = 0.01;

/** Rows of a table's start kept together: title, header and two rows. */
export const KEEP_WITH_TITLE = 4;

/** The scale of a printout fitted to one page wide, as Excel sets it: in whole percent, never enlarged. */
export function fitScale(printWidth: number): number {
  return Math.min(100, Math.floor((100 * PRINT_BODY.width) / printWidth)) / 100;
}

/** Rows that must print on one page, first to last (0-based, inclusive). */
export interface KeepTogether {
  readonly first: number;
  readonly last: number;
}

export interface PaginationInput {
  /** Rows printed (the print area's, from row 0). */
  readonly rows: number;
  /** Height of row r in points, unscaled. */
  readonly height: (row: number) => number;
  /** Print area width in points, unscaled. */
  readonly width: number;
  /** Rows repeated at the top of every page after the first (0-based, inclusive), if any. */
  readonly titleRows?: KeepTogether;
  readonly keep: readonly KeepTogether[];
}

/**
 * The first row of every page after the first (0-based, ascending). Rows fill a page in order;
 * a block of `keep` that would cross the page's end starts the next page instead, unless it is
 * taller than a page (then it runs on, as the rows would anyway).
 */
export function pageStarts(input: PaginationInput): number[] {
  const scale = fitScale(input.width);
  const capacity = (PRINT_BODY.height * (1 - PAGE_SLACK)) / scale;
  const repeated = input.titleRows ? sumHeights(input.height, input.titleRows.first, input.titleRows.last + 1) : 0;
  const starts: number[] = [];
  let used = 0;
  let room = capacity;
  const newPage = (r: number) => {
    starts.push(r);
    // The repeated rows print above the page's own rows.
    room = capacity - (input.titleRows && r > input.titleRows.last ? repeated : 0);
    used = 0;
  };
  for (let r = 0; r < input.rows; r++) {
    const block = input.keep.find((k) => k.first === r);
    if (block && used > 0) {
      const blockHeight = sumHeights(input.height, block.first, Math.min(block.last, input.rows - 1) + 1);
      if (used + blockHeight > room && blockHeight <= capacity - repeated) newPage(r);
    }
    const h = input.height(r);
    if (used > 0 && used + h > room) newPage(r);
    used += h;
  }
  return starts;
}

function sumHeights(height: (row: number) => number, from: number, to: number): number {
  let s = 0;
  for (let r = from; r < to; r++) s += height(r);
  return s;
}
