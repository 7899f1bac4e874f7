/**
 * The segments table, in the model layout: one block per field (revenue, its growth, share,
 * gross margin ...) headed by the field's name, one row per segment under it, periods across
 * in frequency groups. Then, for amounts, computed growth blocks where a segment has the
 * prior comparable period.
 *
 * A block is shown where at least two segments report the field for one period (one segment's
 * single figure is not a comparison: it is listed in "Other figures"), at most
 * MAX_SEGMENT_BLOCKS blocks — revenue, its growth and share and gross margin first, then the
 * blocks with the most figures. Every figure left out is in "Other figures".
 */
import type { Lang } from "../errors";
import { priorComparablePeriod } from "../periods";
import { cellAddress, type CellRect } from "./a1";
import { formatForKind, PERCENT_FORMAT } from "./formats";
import { currencyOf, displayValue, figureKey, isActual } from "./figures";
import { formula, num, SheetGrid } from "./grid";
import type { TemplateField, TemplateFigure, TemplateInput } from "./input";
import { computedGrowthLabel, label, LABELS } from "./labels";
import { growthFormula } from "./metrics";
import type { FormulaStyle, MoneyUnitId } from "./options";
import { panelLayout, writePanelFrame, type PanelLayout, type PanelRowSpec } from "./panel";
import { frequencyOf, type Frequency } from "./period-axis";
import { tableNameBase } from "./table-name";

/** A block of rows a chart can show: its heading's label and its member rows. */
export interface ChartBlock {
  /** Heading label (the section the rows are found under). */
  readonly section: string;
  /** Member rows with the frequencies they have a value in (a chart shows a row only where it has one). */
  readonly rows: readonly { readonly id: string; readonly label: string; readonly frequencies: readonly Frequency[]; readonly periods: readonly string[] }[];
  /** Frequencies where at least two rows have a value (a chart compares). */
  readonly frequencies: readonly Frequency[];
  readonly title: string;
}

export interface SegmentsLayout {
  readonly panel: PanelLayout;
  readonly rect: CellRect;
  /** The growth block the segment-growth chart shows (computed growth, else stated growth). */
  readonly chartBlock?: ChartBlock;
  readonly nextRow: number;
}

interface Block {
  readonly id: string;
  readonly field: TemplateField;
  readonly currency: string;
  /** segment → period → figure */
  readonly cells: Map<string, Map<string, TemplateFigure>>;
}

export const MAX_SEGMENT_BLOCKS = 6;

/** What segments are compared by, first. */
const SEGMENT_PRIORITY: readonly string[] = ["revenue", "revenue_yoy", "revenue_share", "gross_margin"];

const isRate = (f: TemplateField) => f.kind === "percent" || f.kind === "ratio" || f.kind === "multiple";
const isStatedGrowth = (f: TemplateField) => f.yoyOf !== undefined || f.id.endsWith("_yoy");

/** Most segments reporting one period. */
function widestPeriod(b: Block): number {
  const count = new Map<string, number>();
  for (const byPeriod of b.cells.values()) for (const p of byPeriod.keys()) count.set(p, (count.get(p) ?? 0) + 1);
  return Math.max(0, ...count.values());
}

const figureCount = (b: Block) => [...b.cells.values()].reduce((n, m) => n + m.size, 0);

/** Frequencies where at least two of `rows` have a value. */
function comparedFrequencies(rows: readonly (readonly string[])[]): Frequency[] {
  const count = new Map<Frequency, number>();
  for (const periods of rows) {
    const fs = new Set(periods.map(frequencyOf).filter((f): f is Frequency => f !== null));
    for (const f of fs) count.set(f, (count.get(f) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n >= 2).map(([f]) => f);
}

export function buildSegments(
  grid: SheetGrid,
  input: TemplateInput,
  opts: { lang: Lang; style: FormulaStyle; unit: MoneyUnitId; axisPeriods?: Iterable<string> },
  startRow: number,
): SegmentsLayout | null {
  const { lang, style, unit } = opts;
  const fieldById = new Map(input.fields.map((f) => [f.id, f]));
  const fieldOrder = new Map(input.fields.map((f, i) => [f.id, i]));
  const all = new Map<string, Block>();
  for (const f of input.figures) {
    if (f.segment === undefined || !isActual(f)) continue;
    const field = fieldById.get(f.field);
    if (!field || frequencyOf(f.period) === null) continue;
    const cur = currencyOf(f);
    const id = cur ? `${f.field}|${cur}` : f.field;
    let b = all.get(id);
    if (!b) all.set(id, (b = { id, field, currency: cur, cells: new Map() }));
    let byPeriod = b.cells.get(f.segment);
    if (!byPeriod) b.cells.set(f.segment, (byPeriod = new Map<string, TemplateFigure>()));
    byPeriod.set(f.period, f);
  }
  const rank = (b: Block) => {
    const i = SEGMENT_PRIORITY.indexOf(b.field.id);
    return i < 0 ? SEGMENT_PRIORITY.length : i;
  };
  const blocks = [...all.values()]
    .filter((b) => widestPeriod(b) >= 2)
    .sort((a, b) => rank(a) - rank(b) || figureCount(b) - figureCount(a) || (fieldOrder.get(a.field.id) ?? 1e9) - (fieldOrder.get(b.field.id) ?? 1e9))
    .slice(0, MAX_SEGMENT_BLOCKS)
    .sort((a, b) => rank(a) - rank(b) || (fieldOrder.get(a.field.id) ?? 1e9) - (fieldOrder.get(b.field.id) ?? 1e9) || a.currency.localeCompare(b.currency));
  if (blocks.length === 0) return null;

  const segOrder = new Map(input.segments.map((s, i) => [s.id, i]));
  const segName = (id: string) => {
    const s = input.segments.find((x) => x.id === id);
    return s ? (lang === "zh" ? s.name_zh : s.name_en) : id;
  };
  const sortSegs = (ids: Iterable<string>) => [...ids].sort((a, b) => (segOrder.get(a) ?? 1e9) - (segOrder.get(b) ?? 1e9) || a.localeCompare(b));
  const fname = (f: TemplateField) => (lang === "zh" ? f.name_zh : f.name_en);

  // Computed growth: per segment and period whose prior comparable period the block has.
  const growth = blocks
    .filter((b) => !isRate(b.field))
    .map((b) => {
      const cells = new Map<string, string[]>();
      for (const [s, byPeriod] of b.cells) {
        const ps = [...byPeriod.keys()].filter((p) => {
          const prior = priorComparablePeriod(p);
          return prior !== null && byPeriod.has(prior);
        });
        if (ps.length) cells.set(s, ps);
      }
      return { block: b, cells };
    })
    .filter((g) => g.cells.size > 0);

  const specs: PanelRowSpec[] = [];
  const headingOf = new Map<string, string>();
  const blockTitle = (b: Block) => `${fname(b.field)}${b.currency ? ` (${b.currency})` : ""}`;
  for (const b of blocks) {
    headingOf.set(b.id, blockTitle(b));
    specs.push({ id: `#${b.id}`, label: blockTitle(b), heading: true });
    const format = formatForKind(b.field.kind, unit);
    for (const s of sortSegs(b.cells.keys())) specs.push({ id: `${b.id}|${s}`, label: segName(s), format });
  }
  for (const g of growth) {
    const id = `${g.block.id}_growth`;
    const title = computedGrowthLabel(blockTitle(g.block), lang);
    headingOf.set(id, title);
    specs.push({ id: `#${id}`, label: title, heading: true });
    for (const s of sortSegs(g.cells.keys())) specs.push({ id: `${id}|${s}`, label: segName(s), format: PERCENT_FORMAT });
  }
  const periods = new Set(blocks.flatMap((b) => [...b.cells.values()].flatMap((m) => [...m.keys()])));
  const layout = panelLayout(startRow, specs, [...periods, ...(opts.axisPeriods ?? [])]);
  const at = (rowId: string, p: string) => cellAddress(layout.rowOf.get(rowId)!, layout.axis.colOf.get(p)!);

  for (const b of blocks) {
    const format = formatForKind(b.field.kind, unit);
    for (const [s, byPeriod] of b.cells)
      for (const [p, f] of byPeriod) {
        const row = layout.rowOf.get(`${b.id}|${s}`)!;
        const col = layout.axis.colOf.get(p)!;
        grid.set(row, col, num(displayValue(f, b.field, unit), format));
        grid.figure(row, col, figureKey(input.entity.id, f.field, p, s));
      }
  }
  for (const g of growth)
    for (const [s, ps] of g.cells)
      for (const p of ps) {
        const src = `${g.block.id}|${s}`;
        const cell = formula(growthFormula(at(src, p), at(src, priorComparablePeriod(p)!), style), PERCENT_FORMAT);
        grid.set(layout.rowOf.get(`${g.block.id}_growth|${s}`)!, layout.axis.colOf.get(p)!, cell);
      }

  writePanelFrame(grid, layout, {
    title: label("segments", lang),
    labelHeader: label("segment", lang),
    lang,
    role: "segments",
    name: tableNameBase(input.entity.id, "Segments"),
    style: "TableStyleMedium4",
  });

  // The chart's block: the computed growth with most cells, else the stated growth with most figures.
  const periodsOf = new Map<string, readonly string[]>();
  for (const b of blocks) for (const [s, m] of b.cells) periodsOf.set(`${b.id}|${s}`, [...m.keys()]);
  for (const g of growth) for (const [s, ps] of g.cells) periodsOf.set(`${g.block.id}_growth|${s}`, ps);
  const rowsOf = (blockId: string) =>
    specs
      .filter((s) => !s.heading && s.id.startsWith(`${blockId}|`))
      .map((s) => {
        const periods = periodsOf.get(s.id) ?? [];
        return { id: s.id, label: s.label, periods, frequencies: [...new Set(periods.map(frequencyOf))].filter((f): f is Frequency => f !== null) };
      });
  let chartBlock: ChartBlock | undefined;
  const computed = growth
    .map((g) => ({ id: `${g.block.id}_growth`, freqs: comparedFrequencies([...g.cells.values()]), n: [...g.cells.values()].reduce((k, ps) => k + ps.length, 0) }))
    .filter((g) => g.freqs.length > 0)
    .sort((a, b) => b.n - a.n)[0];
  if (computed) chartBlock = { section: headingOf.get(computed.id)!, rows: rowsOf(computed.id), frequencies: computed.freqs, title: LABELS.segmentGrowth[lang] };
  else {
    const stated = blocks
      .filter((b) => isStatedGrowth(b.field))
      .map((b) => ({ b, freqs: comparedFrequencies([...b.cells.values()].map((m) => [...m.keys()])) }))
      .filter((x) => x.freqs.length > 0)
      .sort((x, y) => figureCount(y.b) - figureCount(x.b))[0];
    if (stated) chartBlock = { section: headingOf.get(stated.b.id)!, rows: rowsOf(stated.b.id), frequencies: stated.freqs, title: LABELS.segmentGrowth[lang] };
  }
  return { panel: layout, rect: layout.rect, ...(chartBlock ? { chartBlock } : {}), nextRow: layout.nextRow };
}
