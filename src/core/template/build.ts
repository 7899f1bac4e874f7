/**
 * buildTemplatePlan: a company's template as plain data, in the model layout analysts read.
 *
 * Top to bottom from A1 (one empty row between sections):
 *   header block       company, ticker, unit, data as of, cycle phase, formula style, missing, note
 *   financials         fields down (by statement), periods across (annual | half-year | ...), metrics as formulas
 *   └ charts band      capex vs D&A, one chart per frequency group, side by side
 *   segments           one block per field, segments down, the same period columns
 *   └ charts band      segment growth
 *   peers              one block per field, companies down, the same period columns
 *   └ charts band      market share
 *   other figures      one row per figure the tables above leave out
 *   sources            source records (S1 ...), then one row per statement
 * The period tables share one period axis, so column C is the same period all the way down
 * and the frozen period header row is true for each of them.
 */
import type { Lang } from "../errors";
import { periodEndDate, periodLabel, latestPeriod } from "../periods";
import { cellAddress, columnLetters, rectAddress, type CellRect } from "./a1";
import { CHART_ROWS, placeBand } from "../chart/placement";
import { capexDaCharts, peerCharts, segmentCharts, type UnplacedChart } from "../chart/template-charts";
import type { ChartPlan } from "../chart/types";
import { buildFinancials, periodsWithBoth, type FinancialsLayout } from "./financials";
import { isActual } from "./figures";
import { formula, SheetGrid, text } from "./grid";
import type { TemplateInput } from "./input";
import { label, LABELS } from "./labels";
import { CORE_FIELD_LABELS, TEMPLATE_MSG } from "./messages";
import { TEMPLATE_METRICS } from "./metrics";
import { MONEY_UNITS, type FormulaStyle, type MoneyUnitId } from "./options";
import { buildOtherFigures } from "./other-figures";
import { panelCell, panelRowRange, type PanelLayout } from "./panel";
import { FREQUENCY_ORDER, frequencyLabel, type Frequency } from "./period-axis";
import { buildPeers } from "./peers";
import { phaseFormula, type PhaseRefs } from "./phase";
import { buildSegments } from "./segments";
import { companySheetName } from "./sheet-name";
import { rangeNameOf } from "./table-name";
import { buildSources, SOURCE_NOTE_COLUMN } from "./sources";
import type { PlanSheetSetup, TemplatePlan } from "./types";
import { PAGE, pagesFor, ROW_HEIGHT, sheetColumnWidths, wrappedRowHeights } from "./widths";

export interface TemplateOptions {
  readonly lang: Lang;
  readonly style: FormulaStyle;
  /** Money unit; default 亿. */
  readonly unit?: MoneyUnitId;
  /** Plan the charts (default true). */
  readonly charts?: boolean;
}

/** The capital-cycle fields a template is about; absent ones are listed in the "missing" note. */
export const CORE_FIELDS: readonly { readonly id: string; readonly en: string; readonly zh: string }[] = Object.entries(CORE_FIELD_LABELS).map(([id, name]) => ({ id, ...name }));

/** Header rows before the readings of a contested phase (those follow, one row each). */
const HEADER_ROWS = 8;

/**
 * Where the cycle phase reads: the frequency group whose last period with both capex and D&A
 * ends latest (annual first on a tie), among groups with two such periods — a phase compares
 * two periods of one frequency, never a year with a half year. Null when no group has two.
 */
export function phaseRefs(fin: FinancialsLayout | null): (PhaseRefs & { frequency: Frequency; periods: readonly string[] }) | null {
  if (!fin || !fin.metrics.includes("capex_da_ratio_calc")) return null;
  const candidates = fin.panel.axis.groups
    .map((g) => ({ f: g.frequency, both: periodsWithBoth(fin, g.frequency) }))
    .filter((g) => g.both.length >= 2)
    .sort((a, b) => (periodEndDate(b.both.at(-1)!) ?? "").localeCompare(periodEndDate(a.both.at(-1)!) ?? "") || FREQUENCY_ORDER.indexOf(a.f) - FREQUENCY_ORDER.indexOf(b.f));
  const best = candidates[0];
  if (!best) return null;
  return {
    frequency: best.f,
    periods: best.both,
    capexRange: panelRowRange(fin.panel, "capex", best.f)!,
    daRange: panelRowRange(fin.panel, "da", best.f)!,
    ratioCells: best.both.map((p) => panelCell(fin.panel, "capex_da_ratio_calc", p)!),
  };
}

export function buildTemplatePlan(input: TemplateInput, options: TemplateOptions): TemplatePlan {
  const lang = options.lang;
  const style = options.style;
  const unit = options.unit ?? "亿";
  const opts = { lang, style, unit };
  const withCharts = options.charts !== false;

  // Pass 1 (on a scratch grid): the periods of the three period tables, one shared axis.
  const scratch = new SheetGrid();
  const axisPeriods = new Set([
    ...(buildFinancials(scratch, input, opts, 0)?.periods ?? []),
    ...(buildSegments(scratch, input, opts, 0)?.panel.axis.periods ?? []),
    ...(buildPeers(scratch, input, opts, 0)?.panel.axis.periods ?? []),
  ]);
  const o = { ...opts, axisPeriods };

  const grid = new SheetGrid();
  // A contested phase: one row per reading under the header, the primary first (phase.ts,
  // readings' API: the phase, the ratios and the statements each reading takes).
  const readings = input.phaseReadings?.contested ? input.phaseReadings.lines : [];
  const headerRows = HEADER_ROWS + readings.length;
  const skipRows = new Set<number>(Array.from({ length: headerRows }, (_, i) => i));
  const bands: { row: number; charts: UnplacedChart[] }[] = [];
  const band = (charts: UnplacedChart[]) => {
    if (!withCharts || charts.length === 0) return;
    bands.push({ row, charts });
    row += CHART_ROWS + 1;
  };
  let row = headerRows + 1;
  const fin = buildFinancials(grid, input, o, row);
  if (fin) {
    skipRows.add(fin.panel.titleRow);
    row = fin.nextRow + 1;
    band(capexDaCharts(lang, fin, MONEY_UNITS[unit][lang]));
  }
  const seg = buildSegments(grid, input, o, row);
  if (seg) {
    skipRows.add(seg.panel.titleRow);
    row = seg.nextRow + 1;
    band(segmentCharts(lang, seg, label("segment", lang)));
  }
  const peers = buildPeers(grid, input, o, row);
  if (peers) {
    skipRows.add(peers.panel.titleRow);
    row = peers.nextRow + 1;
    band(peerCharts(lang, peers, label("company", lang)));
  }
  const shown = new Set(Object.values(grid.figureCells));
  const peerKeys = new Set([...shown].filter((k) => !k.startsWith(`${input.entity.id}|`)));
  const other = buildOtherFigures(grid, input, opts, row, shown);
  if (other) {
    skipRows.add(row);
    row = other.nextRow + 1;
  }
  const sources = buildSources(grid, input, { lang }, row, peerKeys);
  if (sources) for (let r = row; r < sources.rect.row; r++) skipRows.add(r);

  // Header block (rows 0..7), written last because it refers to the sections.
  const e = input.entity;
  const name = lang === "zh" ? e.name_zh : e.name_en;
  grid.set(0, 0, text(`${name} — ${LABELS.title[lang]}`));
  grid.formats.push({ range: "A1", bold: true, fontSize: 14 });
  grid.set(1, 0, text(label("ticker", lang)));
  grid.set(1, 1, text(e.ticker ?? LABELS.unlisted[lang]));
  grid.set(2, 0, text(label("unit", lang)));
  grid.set(2, 1, text(LABELS.moneyPercent[lang].replace("{unit}", MONEY_UNITS[unit][lang])));
  const actual = input.figures.filter(isActual);
  // The statements' date: a market share or a count dated later must not move it.
  const asOf = latestPeriod(fin ? fin.periods.filter((p) => [...fin.labelOf.keys()].some((id) => fin.has(id, p))) : actual.map((f) => f.period)) ?? "";
  grid.set(3, 0, text(label("dataAsOf", lang)));
  grid.set(3, 1, asOf ? text(`${periodEndDate(asOf)} (${periodLabel(asOf, lang)})`) : text(LABELS.noFigures[lang]));
  // Seam for the phase under each reading (helper "readings", src/core/template/phase.ts): one
  // row today, from the primary figures; contested readings will add a row each below it.
  grid.set(4, 0, text(label("cyclePhase", lang)));
  const refs = phaseRefs(fin);
  const phase = phaseFormula(refs, style, lang);
  grid.set(4, 1, phase ? formula(phase, "General") : text(LABELS.phaseNoData[lang]));
  if (phase && refs) grid.set(4, 2, text(LABELS.phaseBasisOf[lang].replace("{frequency}", frequencyLabel(refs.frequency, lang).toLowerCase())));
  grid.set(5, 0, text(label("formulaStyle", lang)));
  grid.set(5, 1, text(style === "live" ? LABELS.styleLive[lang] : LABELS.stylePortable[lang]));
  const have = new Set(actual.filter((f) => !f.segment).map((f) => f.field));
  const missing = CORE_FIELDS.filter((f) => !have.has(f.id));
  const notComputed = TEMPLATE_METRICS.filter((m) => !(fin?.metrics ?? []).includes(m.id));
  grid.set(6, 0, text(label("missing", lang)));
  grid.set(6, 1, text(missingNote(missing.map((f) => f[lang]), notComputed.map((m) => m.label[lang]), lang)));
  grid.set(7, 0, text(LABELS.blankNote[lang]));
  grid.formats.push({ range: "A2:A8", bold: true });
  grid.formats.push({ range: "A8", italic: true, fontColor: "#595959" });
  // One line each, running on to the right (the cell holds the whole text): wrapped, they would
  // make the frozen rows above the period header taller than a laptop screen can spare.
  readings.forEach((r, i) => grid.set(HEADER_ROWS + i, 0, text(`${i === 0 ? LABELS.contestedByReading[lang] : ""}${r.text[lang]}`)));
  if (readings.length) grid.formats.push({ range: rectAddress({ row: HEADER_ROWS, col: 0, rowCount: readings.length, colCount: 1 }), italic: true });

  // Widths from content; the sources' note column may be wide when it lies past the period columns.
  const periodCols = axisPeriods.size;
  const noteColumns = new Set(sources && SOURCE_NOTE_COLUMN > periodCols ? [SOURCE_NOTE_COLUMN] : []);
  const widths = sheetColumnWidths(grid, grid.rowCount, grid.colCount, { skipRows, noteColumns });
  // Text wraps in every table (the long labels in A, notes, source titles); rows that need
  // more than one line get their height.
  for (const t of grid.tables) grid.formats.push({ range: rectAddress(t.rect), wrap: true });
  const rowHeights = wrappedRowHeights(grid, widths, grid.tables.map((t) => t.rect));

  const charts: ChartPlan[] = bands.flatMap((b) => placeBand(b.row, b.charts.length, widths).map((position, i) => ({ ...b.charts[i]!, position })));
  const cells = grid.toPlanCells();
  // The first period table anchors the frozen panes: financials, else segments, else peers (one axis).
  const anchor = fin?.panel ?? seg?.panel ?? peers?.panel ?? null;
  const setup = sheetSetup(cells.length, widths, rowHeights, charts.map((c) => c.position), anchor);

  return {
    sheetName: companySheetName(lang === "zh" ? e.short_zh : e.short_en, e.ticker),
    entity: e,
    lang,
    style,
    unit,
    cells,
    columnWidths: widths,
    rowHeights,
    setup,
    names: grid.tables.map((t) => ({ name: rangeNameOf(t.name), range: rectAddress(t.rect), table: t.role })),
    formats: grid.formats,
    tables: grid.tables,
    charts,
    phaseCell: cellAddress(4, 1),
    asOf,
    missing: missing.map((f) => f.id),
    record: { entity: e.id, lang, style, cells: grid.figureCells },
  };
}

/**
 * Freeze panes below the first period table's header row (the financials', else the segments' or
 * peers') and right of the labels; print the used range and the charts, one page wide, in the
 * orientation that needs fewer pages (portrait on a tie); repeat that header row only when its
 * table runs past the first page. Every other period table has its header row right above it, and on the
 * pages of other figures and sources a repeated period row would label the wrong columns.
 */
function sheetSetup(
  rows: number,
  widths: readonly number[],
  heights: Readonly<Record<number, number>>,
  charts: readonly CellRect[],
  anchor: PanelLayout | null,
): PlanSheetSetup {
  let lastCol = widths.length - 1;
  let lastRow = rows - 1;
  for (const c of charts) {
    lastCol = Math.max(lastCol, c.col + c.colCount - 1);
    lastRow = Math.max(lastRow, c.row + c.rowCount - 1);
  }
  const width = Array.from({ length: lastCol + 1 }, (_, c) => widths[c] ?? 48).reduce((a, b) => a + b, 0);
  const heightTo = (end: number) => Array.from({ length: end }, (_, r) => heights[r] ?? ROW_HEIGHT).reduce((a, b) => a + b, 0);
  const height = heightTo(lastRow + 1);
  const portrait = pagesFor(width, height, "portrait");
  const landscape = pagesFor(width, height, "landscape");
  const orientation = landscape < portrait ? "landscape" : "portrait";
  const scale = Math.min(1, PAGE[orientation].width / width);
  const header = anchor ? anchor.headerRow + 1 : 0;
  const titleRows = anchor && heightTo(anchor.nextRow) * scale > PAGE[orientation].height ? `${header}:${header}` : undefined;
  return {
    freeze: anchor ? { rows: header, columns: 1 } : { rows: 0, columns: 0 },
    printArea: `A1:${columnLetters(lastCol)}${lastRow + 1}`,
    ...(titleRows ? { printTitleRows: titleRows } : {}),
    printTitleColumns: "A:A",
    orientation,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: "A4",
  };
}

function missingNote(fields: readonly string[], metrics: readonly string[], lang: Lang): string {
  if (fields.length === 0 && metrics.length === 0) return LABELS.nothingMissing[lang];
  const parts: string[] = [];
  if (fields.length) parts.push(TEMPLATE_MSG.noFiguresFor(fields)[lang]);
  if (metrics.length) parts.push(TEMPLATE_MSG.notComputed(metrics)[lang]);
  return parts.join(lang === "zh" ? "；" : "; ");
}
