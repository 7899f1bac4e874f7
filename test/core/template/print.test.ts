/**
 * The printed pages of every seed company's template, from the plan alone: the page breaks it
 * plans (setup.rowBreaks), its row heights and its print setup (portrait A4 inside the plan's
 * margins, fitted to one page wide as Excel scales it: whole percent). Computed here without the
 * planner's code (src/core/template/print.ts), so a planner that cuts a chart fails:
 * - every planned page fits on the paper, so no application adds a break of its own;
 * - no chart has a break inside it (nor at its top edge, where LibreOffice draws the frame's
 *   top line on the page before);
 * - no table's title, and no heading row inside a table, ends a page;
 * - no text runs past the print area's right edge (the header's phase readings included).
 * test/xlsx/print.test.ts checks the same on LibreOffice's printout.
 */
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { templateInputFor } from "../../../src/core/template/from-dataset";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { parseRect } from "../../../src/core/template/a1";
import { displayWidth } from "../../../src/core/template/grid";
import type { TemplatePlan } from "../../../src/core/template/types";
import { fitScale, pageStarts, PRINT_BODY } from "../../../src/core/template/print";
import { textBeyondPrintArea } from "./layout-checks";

const ds = getDataset();
const A4 = { width: 595.28, height: 841.89 };

/** Each printed page's rows [first, end) and the height they take on paper, in points. */
function pages(plan: TemplatePlan): { first: number; end: number; height: number; room: number }[] {
  const s = plan.setup;
  const area = parseRect(s.printArea)!;
  const width = plan.columnWidths.slice(0, area.colCount).reduce((a, b) => a + b, 0) + Math.max(0, area.colCount - plan.columnWidths.length) * 48;
  const scale = Math.min(100, Math.floor((100 * (A4.width - 72 * (s.margins.left + s.margins.right))) / width)) / 100;
  const room = A4.height - 72 * (s.margins.top + s.margins.bottom);
  const fontRows = new Map<number, number>();
  for (const f of plan.formats) if (f.fontSize) fontRows.set(parseRect(f.range)!.row, f.fontSize * 1.34);
  const height = (r: number) => Math.max(plan.rowHeights[r] ?? 15, fontRows.get(r) ?? 0);
  const repeated = s.printTitleRows ? height(Number(s.printTitleRows.split(":")[0]) - 1) : 0;
  const starts = [0, ...s.rowBreaks];
  return starts.map((first, i) => {
    const end = starts[i + 1] ?? area.rowCount;
    let h = i > 0 ? repeated : 0;
    for (let r = first; r < end; r++) h += height(r);
    return { first, end, height: h * scale, room };
  });
}

const cases = ds.entities.flatMap((e) => (templateInputFor(ds, e.id) ? (["zh", "en"] as const).map((lang) => [`${e.id} ${lang}`, e.id, lang] as const) : []));

describe.each(cases)("%s printed", (_name, id, lang) => {
  const plan = buildTemplatePlan(templateInputFor(ds, id)!, { lang, style: "portable" });

  it("plans every page to fit on portrait A4, one page wide, with no chart or table title cut by a break", () => {
    const s = plan.setup;
    expect([s.orientation, s.paperSize, s.fitToWidth, s.fitToHeight]).toEqual(["portrait", "A4", 1, 0]);
    expect([...s.rowBreaks]).toEqual([...s.rowBreaks].sort((a, b) => a - b));
    for (const p of pages(plan)) expect(p.height, `rows ${p.first + 1}–${p.end}`).toBeLessThanOrEqual(p.room);
    for (const c of plan.charts) {
      const cut = s.rowBreaks.filter((b) => b >= c.position.row && b < c.position.row + c.position.rowCount);
      expect(cut, `${c.name} at rows ${c.position.row + 1}–${c.position.row + c.position.rowCount}`).toEqual([]);
    }
    // A table's title row never ends a page: its header and first rows follow it; nor does a
    // heading row (shaded: a statement, or the field of a block of segments or companies).
    for (const t of plan.tables) expect(s.rowBreaks, t.role).not.toContain(t.rect.row);
    const headings = plan.formats.filter((f) => f.fill).map((f) => parseRect(f.range)!.row);
    expect(s.rowBreaks.filter((b) => headings.includes(b - 1)).map((b) => `row ${b}`)).toEqual([]);
    expect(textBeyondPrintArea(plan)).toEqual([]);
    // The header's labels (ticker, unit, data as of, phase) are not cut by their values in column B.
    for (const r of [1, 2, 3, 4]) {
      const label = plan.cells[r]![0]!;
      if (label.kind === "text") expect(plan.columnWidths[0], label.text).toBeGreaterThanOrEqual(displayWidth(label.text) * 6.5 + 10);
    }
  });
});

describe("pageStarts: the planner", () => {
  // 100 rows of 15 points on a narrow sheet (scale 1): 51 rows fill a page (777 points, 1% kept free).
  const rows = { rows: 100, height: () => 15, width: 400 };

  it("breaks where a page is full", () => {
    expect(pageStarts({ ...rows, keep: [] })).toEqual([51]);
  });

  it("starts a block that would cross a page's end on the next page", () => {
    // Rows 46–61 would cross page 1's end: page 2 starts at row 46 and holds 51 rows.
    expect(pageStarts({ ...rows, keep: [{ first: 45, last: 60 }] })).toEqual([45, 96]);
    // A block that fits stays where it is.
    expect(pageStarts({ ...rows, keep: [{ first: 30, last: 45 }] })).toEqual([51]);
  });

  it("lets a block taller than a page run on, as its rows would anyway", () => {
    expect(pageStarts({ ...rows, keep: [{ first: 10, last: 80 }] })).toEqual([51]);
  });

  it("leaves room for the repeated title row on every page after the first", () => {
    expect(pageStarts({ ...rows, rows: 200, keep: [], titleRows: { first: 2, last: 2 } })).toEqual([51, 101, 151]);
  });

  it("scales rows with the print width, in whole percent as Excel does", () => {
    expect(fitScale(400)).toBe(1);
    expect(fitScale(1085)).toBe(0.5);
    // Twice as wide: rows print half as tall (50%), so twice as many fit: 102 rows.
    expect(pageStarts({ ...rows, rows: 200, width: 2 * PRINT_BODY.width, keep: [] })).toEqual([102]);
  });
});
