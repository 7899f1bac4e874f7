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
import { cellAddress, rectAddress } from "./a1";
import { CHART_ROWS, placeBand } from "../chart/placement";
import { capexDaCharts, peerCharts, segmentCharts, type UnplacedChart } from "../chart/template-charts";
import type { ChartPlan } from "../chart/types";
import { buildFinancials, periodsWithBoth, type FinancialsLayout } from "./financials";
import { isActual } from "./figures";
import { displayWidth, formula, SheetGrid, text } from "./grid";
import type { TemplateInput } from "./input";
import { label, LABELS } from "./labels";
import { CORE_FIELD_LABELS, TEMPLATE_MSG } from "./messages";
import { TEMPLATE_METRICS } from "./metrics";
import { MONEY_UNITS, type FormulaStyle, type MoneyUnitId } from "./options";
import { buildOtherFigures } from "./other-figures";
import { panelCell, panelRowRange } from "./panel";
import { FREQUENCY_ORDER, frequencyLabel, type Frequency } from "./period-axis";
import { buildPeers } from "./peers";
import { phaseFormula, type PhaseRefs } from "./phase";
import { buildSegments } from "./segments";
import { companySheetName } from "./sheet-name";
import { rangeNameOf } from "./table-name";
import { buildSources, SOURCE_NOTE_COLUMN } from "./sources";
import type { TemplatePlan } from "./types";
import { pointsFor, sheetColumnWidths, wrappedRowHeights } from "./widths";
import { KEEP_WITH_TITLE, type KeepTogether } from "./print";
import { headerLines, headerRowsOf, type HeaderLines, type HeaderTexts } from "./header";
import { printedHeights, printWidth, sheetSetup } from "./sheet-setup";

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
  // Twice: the header's notes run as one line each to learn the printed width, then are split
  // into lines that end inside it (the header comes before the tables, so its rows move them).
  const first = layoutPlan(input, options, null);
  const width = printWidth(first.plan.columnWidths, first.plan.charts.map((c) => c.position));
  const labelWidth = first.plan.columnWidths[0] ?? 0;
  return layoutPlan(input, options, { header: headerLines(first.header, width, labelWidth), textWidth: width - labelWidth }).plan;
}

/**
 * One layout of the sheet. `fit` (null on the first pass): the header's lines, and the width in
 * points a text starting in column B has before the print area ends (the sources' record names).
 */
function layoutPlan(input: TemplateInput, options: TemplateOptions, fit: { header: HeaderLines; textWidth: number } | null): { plan: TemplatePlan; header: HeaderTexts } {
  const lines = fit?.header ?? null;
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
  // Header rows (headerRowsOf): the first pass, which only learns the widths, gives each text one line.
  const readings = input.phaseReadings?.contested ? input.phaseReadings.lines : [];
  const head = headerRowsOf(lines ?? { basis: [""], missing: [""], blank: [""], readings: readings.map(() => "") });
  const headerRows = head.rows;
  const skipRows = new Set<number>(Array.from({ length: headerRows }, (_, i) => i));
  const bands: { row: number; charts: UnplacedChart[] }[] = [];
  // Section starts (title row) to their table's header row: kept on one page with the first rows.
  const sections: { title: number; header: number }[] = [];
  const band = (charts: UnplacedChart[]) => {
    if (!withCharts || charts.length === 0) return;
    bands.push({ row, charts });
    row += CHART_ROWS + 1;
  };
  let row = headerRows + 1;
  const fin = buildFinancials(grid, input, o, row);
  if (fin) {
    skipRows.add(fin.panel.titleRow);
    sections.push({ title: fin.panel.titleRow, header: fin.panel.headerRow });
    row = fin.nextRow + 1;
    band(capexDaCharts(lang, fin, MONEY_UNITS[unit][lang]));
  }
  const seg = buildSegments(grid, input, o, row);
  if (seg) {
    skipRows.add(seg.panel.titleRow);
    sections.push({ title: seg.panel.titleRow, header: seg.panel.headerRow });
    row = seg.nextRow + 1;
    band(segmentCharts(lang, seg, label("segment", lang)));
  }
  const peers = buildPeers(grid, input, o, row);
  if (peers) {
    skipRows.add(peers.panel.titleRow);
    sections.push({ title: peers.panel.titleRow, header: peers.panel.headerRow });
    row = peers.nextRow + 1;
    band(peerCharts(lang, peers, label("company", lang)));
  }
  const shown = new Set(Object.values(grid.figureCells));
  const peerKeys = new Set([...shown].filter((k) => !k.startsWith(`${input.entity.id}|`)));
  const other = buildOtherFigures(grid, input, opts, row, shown);
  if (other) {
    skipRows.add(row);
    sections.push({ title: row, header: row + 1 });
    row = other.nextRow + 1;
  }
  const sources = buildSources(grid, input, { lang, ...(fit ? { recordWidth: fit.textWidth } : {}) }, row, peerKeys);
  if (sources) {
    for (let r = row; r < sources.rect.row; r++) skipRows.add(r);
    sections.push({ title: row, header: sources.rect.row });
  }

  // Header block, written last because it refers to the sections.
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
  // The phase from the primary figures; how it is read below it; where the readings disagree,
  // the phase under each (helper "readings", src/core/template/phase.ts) below the blank note.
  grid.set(4, 0, text(label("cyclePhase", lang)));
  const refs = phaseRefs(fin);
  const phase = phaseFormula(refs, style, lang);
  grid.set(4, 1, phase ? formula(phase, "General") : text(LABELS.phaseNoData[lang]));
  const have = new Set(actual.filter((f) => !f.segment).map((f) => f.field));
  const missing = CORE_FIELDS.filter((f) => !have.has(f.id));
  const notComputed = TEMPLATE_METRICS.filter((m) => !(fin?.metrics ?? []).includes(m.id));
  const header: HeaderTexts = {
    basis: phase && refs ? LABELS.phaseBasisOf[lang].replace("{frequency}", frequencyLabel(refs.frequency, lang).toLowerCase()) : null,
    missing: missingNote(missing.map((f) => f[lang]), notComputed.map((m) => m.label[lang]), lang),
    blank: LABELS.blankNote[lang],
    readings: readings.map((r, i) => `${i === 0 ? LABELS.contestedByReading[lang] : ""}${r.text[lang]}`),
  };
  // One line per row, running on to the right of its cell and ending inside the printed width
  // (not wrapped: wrapped, the frozen rows above the period header would grow taller than a
  // laptop screen can spare).
  const written = lines ?? { basis: header.basis === null ? [] : [header.basis], missing: [header.missing], blank: [header.blank], readings: header.readings };
  written.basis.forEach((t, i) => grid.set(head.basis + i, 0, text(t)));
  if (written.basis.length) grid.formats.push({ range: rectAddress({ row: head.basis, col: 0, rowCount: written.basis.length, colCount: 1 }), italic: true, fontColor: "#595959" });
  grid.set(head.formulaStyle, 0, text(label("formulaStyle", lang)));
  grid.set(head.formulaStyle, 1, text(style === "live" ? LABELS.styleLive[lang] : LABELS.stylePortable[lang]));
  grid.set(head.missing, 0, text(label("missing", lang)));
  written.missing.forEach((t, i) => grid.set(head.missing + i, 1, text(t)));
  written.blank.forEach((t, i) => grid.set(head.blank + i, 0, text(t)));
  grid.formats.push({ range: "A2:A5", bold: true });
  grid.formats.push({ range: rectAddress({ row: head.formulaStyle, col: 0, rowCount: 2, colCount: 1 }), bold: true });
  grid.formats.push({ range: rectAddress({ row: head.blank, col: 0, rowCount: written.blank.length, colCount: 1 }), bold: true, italic: true, fontColor: "#595959" });
  written.readings.forEach((t, i) => grid.set(head.readings + i, 0, text(t)));
  if (written.readings.length) grid.formats.push({ range: rectAddress({ row: head.readings, col: 0, rowCount: written.readings.length, colCount: 1 }), italic: true });

  // Widths from content; the sources' note column may be wide when it lies past the period columns.
  const periodCols = axisPeriods.size;
  const noteColumns = new Set(sources && SOURCE_NOTE_COLUMN > periodCols ? [SOURCE_NOTE_COLUMN] : []);
  const widths = sheetColumnWidths(grid, grid.rowCount, grid.colCount, { skipRows, noteColumns });
  // The header's labels fit column A too (the header's rows are not measured: its notes run on).
  const headerLabels = [1, 2, 3, 4, head.formulaStyle, head.missing].map((r) => grid.get(r, 0)).flatMap((c) => (c?.kind === "text" ? [displayWidth(c.text)] : []));
  widths[0] = Math.max(widths[0] ?? 0, pointsFor(Math.max(...headerLabels)));
  // Text wraps in every table (the long labels in A, notes, source titles); rows that need
  // more than one line get their height.
  for (const t of grid.tables) grid.formats.push({ range: rectAddress(t.rect), wrap: true, valign: "top" });
  const rowHeights = wrappedRowHeights(grid, widths, grid.tables.map((t) => t.rect));

  const charts: ChartPlan[] = bands.flatMap((b) => placeBand(b.row, b.charts.length, widths).map((position, i) => ({ ...b.charts[i]!, position })));
  const cells = grid.toPlanCells();
  // The first period table anchors the frozen panes: financials, else segments, else peers (one axis).
  const anchor = fin?.panel ?? seg?.panel ?? peers?.panel ?? null;
  const keep: KeepTogether[] = [
    // From the empty row above the band: a chart's top edge on a page's last line prints there too.
    ...bands.map((b) => ({ first: b.row - 1, last: b.row + CHART_ROWS - 1 })),
    ...sections.map((s) => ({ first: s.title, last: s.header + KEEP_WITH_TITLE - 2 })),
    // A heading (a statement, or the field of a block of segments or companies) with its first row.
    ...[fin?.panel, seg?.panel, peers?.panel].flatMap((p) => (p ? p.rows.flatMap((r) => (r.heading ? [{ first: p.rowOf.get(r.id)!, last: p.rowOf.get(r.id)! + 1 }] : [])) : [])),
  ];
  const setup = sheetSetup(cells.length, widths, printedHeights(rowHeights, grid.formats), charts.map((c) => c.position), anchor, keep);

  const plan: TemplatePlan = {
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
  return { plan, header };
}


function missingNote(fields: readonly string[], metrics: readonly string[], lang: Lang): string {
  if (fields.length === 0 && metrics.length === 0) return LABELS.nothingMissing[lang];
  const parts: string[] = [];
  if (fields.length) parts.push(TEMPLATE_MSG.noFiguresFor(fields)[lang]);
  if (metrics.length) parts.push(TEMPLATE_MSG.notComputed(metrics)[lang]);
  return parts.join(lang === "zh" ? "；" : "; ");
}
