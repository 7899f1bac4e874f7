/**
 * buildTemplatePlan: a company's template as plain data.
 *
 * Layout, top to bottom from A1 (one empty row between sections):
 *   header block (company, ticker, unit, data as of, cycle phase, formula style, missing, note)
 *   financials table   (periods as rows)       — capital-cycle and statement fields (financial-fields.ts)
 *   segments table     (segments as rows)      — where segment figures exist; the best columns when wide
 *   peers table        (companies as rows)     — where peers or market shares exist
 *   other figures      (one row per figure)    — every figure of the company the tables above leave out
 *   sources table      (one row per statement)
 * Charts sit beside the tables, as high up as they fit on screen (chart/placement.ts).
 */
import type { Lang } from "../errors";
import { periodEndDate, periodLabel, latestPeriod } from "../periods";
import { cellAddress, rectAddress } from "./a1";
import { rowExtents } from "../chart/placement";
import { templateCharts } from "../chart/template-charts";
import { buildFinancials } from "./financials";
import { isActual } from "./figures";
import { formula, SheetGrid, text, WRAPPED_BODY_CHARS, WRAPPED_HEADER_CHARS } from "./grid";
import type { TemplateInput } from "./input";
import { label, LABELS } from "./labels";
import { METRICS } from "./metrics";
import { MONEY_UNITS, type FormulaStyle, type MoneyUnitId } from "./options";
import { buildOtherFigures } from "./other-figures";
import { buildPeers } from "./peers";
import { phaseFormula, phaseReadingsNote } from "./phase";
import { buildSegments } from "./segments";
import { companySheetName } from "./sheet-name";
import { buildSources } from "./sources";
import type { TemplatePlan } from "./types";

export interface TemplateOptions {
  readonly lang: Lang;
  readonly style: FormulaStyle;
  /** Money unit; default 亿. */
  readonly unit?: MoneyUnitId;
  /** Plan the charts (default true). */
  readonly charts?: boolean;
}

/** The capital-cycle fields a template is about; absent ones are listed in the "missing" note. */
export const CORE_FIELDS: readonly { readonly id: string; readonly en: string; readonly zh: string }[] = [
  { id: "revenue", en: "Revenue", zh: "营业收入" },
  { id: "net_profit", en: "Net profit", zh: "归母净利润" },
  { id: "operating_cash_flow", en: "Operating cash flow", zh: "经营活动现金流量净额" },
  { id: "capex", en: "Capex", zh: "资本开支" },
  { id: "da", en: "D&A", zh: "折旧及摊销" },
  { id: "receivables", en: "Receivables", zh: "应收账款" },
  { id: "goodwill", en: "Goodwill", zh: "商誉" },
  { id: "equity", en: "Equity", zh: "净资产" },
];

const HEADER_ROWS = 8;

export function buildTemplatePlan(input: TemplateInput, options: TemplateOptions): TemplatePlan {
  const lang = options.lang;
  const style = options.style;
  const unit = options.unit ?? "亿";
  const grid = new SheetGrid();
  const opts = { lang, style, unit };

  let row = HEADER_ROWS + 1;
  const fin = buildFinancials(grid, input, opts, row);
  if (fin) row = fin.nextRow + 1;
  const seg = buildSegments(grid, input, opts, row);
  if (seg) row = seg.nextRow + 1;
  const peers = buildPeers(grid, input, opts, row);
  if (peers) row = peers.nextRow + 1;
  const shown = new Set(Object.values(grid.figureCells));
  const peerKeys = new Set([...shown].filter((k) => !k.startsWith(`${input.entity.id}|`)));
  const other = buildOtherFigures(grid, input, opts, row, shown);
  if (other) row = other.nextRow + 1;
  buildSources(grid, input, { lang }, row, peerKeys);

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
  const asOf = latestPeriod(fin ? fin.periods : actual.map((f) => f.period)) ?? "";
  grid.set(3, 0, text(label("dataAsOf", lang)));
  grid.set(3, 1, asOf ? text(`${periodEndDate(asOf)} (${periodLabel(asOf, lang)})`) : text(LABELS.noFigures[lang]));
  grid.set(4, 0, text(label("cyclePhase", lang)));
  const both = (p: string) => actual.some((f) => f.field === "capex" && !f.segment && f.period === p && !f.currency) && actual.some((f) => f.field === "da" && !f.segment && f.period === p && !f.currency);
  const phase = phaseFormula(fin, both, style, lang);
  grid.set(4, 1, phase ? formula(phase, "General") : text(LABELS.phaseNoData[lang]));
  // Where the articles give two readings of capex / D&A, the phase under each, marked contested.
  if (phase) grid.set(4, 2, text(phaseReadingsNote(input.phaseReadings, lang) ?? LABELS.phaseBasis[lang]));
  grid.set(5, 0, text(label("formulaStyle", lang)));
  grid.set(5, 1, text(style === "live" ? LABELS.styleLive[lang] : LABELS.stylePortable[lang]));
  const have = new Set(actual.filter((f) => !f.segment).map((f) => f.field));
  const missing = CORE_FIELDS.filter((f) => !have.has(f.id));
  const notComputed = METRICS.filter((m) => !(fin?.metrics ?? []).includes(m.id));
  grid.set(6, 0, text(label("missing", lang)));
  grid.set(6, 1, text(missingNote(missing.map((f) => f[lang]), notComputed.map((m) => m.label[lang]), lang)));
  grid.set(7, 0, text(LABELS.blankNote[lang]));
  grid.formats.push({ range: "A2:A8", bold: true });
  grid.formats.push({ range: "A8", italic: true, fontColor: "#595959" });

  // Tables wrap their text: a long field name or note would otherwise make a column of
  // numbers as wide as itself. Excel sizes the rows to fit, since no row height is set.
  const wrapCaps = new Map<number, number>();
  for (const t of grid.tables) {
    grid.formats.push({ range: rectAddress(t.rect), wrap: true });
    for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) wrapCaps.set(r, r === t.rect.row ? WRAPPED_HEADER_CHARS : WRAPPED_BODY_CHARS);
  }
  // Long texts in the header and the section titles run on to the right; they must not widen their columns.
  const widths = grid.columnWidths(new Set([0, 2, 3, 4, 5, 6, 7, ...grid.tables.map((t) => t.rect.row - 1)]), wrapCaps);
  const cells = grid.toPlanCells();
  const capexOrDa = fin ? fin.periods.filter((p) => actual.some((f) => (f.field === "capex" || f.field === "da") && !f.segment && f.period === p)).length : 0;
  const extents = rowExtents(cells, widths, grid.tables.map((t) => t.rect));
  const charts = options.charts === false ? [] : templateCharts(lang, extents, fin, seg, peers, capexOrDa);

  return {
    sheetName: companySheetName(lang === "zh" ? e.short_zh : e.short_en, e.ticker),
    entity: e,
    lang,
    style,
    unit,
    cells,
    columnWidths: widths,
    formats: grid.formats,
    tables: grid.tables,
    charts,
    phaseCell: cellAddress(4, 1),
    asOf,
    missing: missing.map((f) => f.id),
    record: { entity: e.id, lang, style, cells: grid.figureCells },
  };
}

function missingNote(fields: readonly string[], metrics: readonly string[], lang: Lang): string {
  if (fields.length === 0 && metrics.length === 0) return LABELS.nothingMissing[lang];
  const sep = lang === "zh" ? "、" : ", ";
  const parts: string[] = [];
  if (fields.length) parts.push(lang === "zh" ? `无数据:${fields.join(sep)}` : `No figures: ${fields.join(sep)}`);
  if (metrics.length) parts.push(lang === "zh" ? `因此未计算:${metrics.join(sep)}` : `so not computed: ${metrics.join(sep)}`);
  return parts.join(lang === "zh" ? ";" : "; ");
}
