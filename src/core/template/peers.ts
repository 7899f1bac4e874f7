/**
 * The peers / market-share table, in the model layout: one block per figure the company and
 * its peers report (market share first), headed by the field's name, one row per company
 * (the company first, then peers, each with its ticker), periods across in frequency groups.
 * A block is shown where at least two companies report it, or where it is a whole-company
 * market share; at most MAX_PEER_BLOCKS blocks (market share, then the figures most companies
 * report). Every other figure is listed in "Other figures" (the company's) or left out (a
 * peer's figure no block shows is not the company's figure).
 */
import type { Lang } from "../errors";
import type { CellRect } from "./a1";
import { formatForKind } from "./formats";
import { currencyOf, displayValue, figureKey, isActual } from "./figures";
import { num, SheetGrid } from "./grid";
import type { TemplateEntity, TemplateField, TemplateFigure, TemplateInput } from "./input";
import { label, LABELS } from "./labels";
import type { MoneyUnitId } from "./options";
import { panelLayout, writePanelFrame, type PanelLayout, type PanelRowSpec } from "./panel";
import { frequencyOf, type Frequency } from "./period-axis";
import type { ChartBlock } from "./segments";
import { tableNameBase } from "./table-name";

export const MAX_PEER_BLOCKS = 8;

export interface PeersLayout {
  readonly panel: PanelLayout;
  readonly rect: CellRect;
  /** The whole-company market-share block the chart shows, where two companies have one. */
  readonly chartBlock?: ChartBlock;
  /** Entities shown (company first). */
  readonly entities: readonly string[];
  readonly nextRow: number;
}

interface Block {
  readonly id: string;
  readonly field: TemplateField;
  readonly segment?: string;
  readonly currency: string;
  /** entity → period → figure */
  readonly cells: Map<string, Map<string, TemplateFigure>>;
}

const figureCount = (b: Block) => [...b.cells.values()].reduce((n, m) => n + m.size, 0);

export function buildPeers(grid: SheetGrid, input: TemplateInput, opts: { lang: Lang; unit: MoneyUnitId; axisPeriods?: Iterable<string> }, startRow: number): PeersLayout | null {
  const { lang, unit } = opts;
  const fieldById = new Map(input.fields.map((f) => [f.id, f]));
  const fieldOrder = new Map(input.fields.map((f, i) => [f.id, i]));
  const companies: { entity: TemplateEntity; figures: readonly TemplateFigure[] }[] = [{ entity: input.entity, figures: input.figures }, ...input.peers];
  const all = new Map<string, Block>();
  for (const c of companies)
    for (const f of c.figures) {
      if (!isActual(f) || frequencyOf(f.period) === null) continue;
      const field = fieldById.get(f.field);
      if (!field) continue;
      const cur = currencyOf(f);
      const id = `${f.field}|${f.segment ?? ""}|${cur}`;
      let b = all.get(id);
      if (!b) all.set(id, (b = { id, field, ...(f.segment ? { segment: f.segment } : {}), currency: cur, cells: new Map() }));
      let byPeriod = b.cells.get(c.entity.id);
      if (!byPeriod) b.cells.set(c.entity.id, (byPeriod = new Map<string, TemplateFigure>()));
      byPeriod.set(f.period, f);
    }
  const isShare = (b: Block) => b.field.id === "market_share" && b.segment === undefined;
  const blocks = [...all.values()]
    .filter((b) => isShare(b) || b.cells.size >= 2)
    .sort((a, b) => Number(isShare(b)) - Number(isShare(a)) || b.cells.size - a.cells.size || figureCount(b) - figureCount(a))
    .slice(0, MAX_PEER_BLOCKS)
    .sort(
      (a, b) =>
        Number(isShare(b)) - Number(isShare(a)) ||
        (fieldOrder.get(a.field.id) ?? 1e9) - (fieldOrder.get(b.field.id) ?? 1e9) ||
        (a.segment ?? "").localeCompare(b.segment ?? "") ||
        a.currency.localeCompare(b.currency),
    );
  if (blocks.length === 0 || (input.peers.length === 0 && !blocks.some(isShare))) return null;

  const entityOrder = new Map(companies.map((c, i) => [c.entity.id, i]));
  const entityById = new Map(companies.map((c) => [c.entity.id, c.entity]));
  const entityLabel = (id: string) => {
    const e = entityById.get(id)!;
    const n = lang === "zh" ? e.short_zh : e.short_en;
    return e.ticker ? `${n} ${e.ticker}` : n;
  };
  const segName = (id: string) => {
    const s = input.segments.find((x) => x.id === id);
    return s ? (lang === "zh" ? s.name_zh : s.name_en) : id;
  };
  const blockTitle = (b: Block) =>
    [(lang === "zh" ? b.field.name_zh : b.field.name_en) + (b.currency ? ` (${b.currency})` : ""), b.segment ? segName(b.segment) : ""].filter((s) => s !== "").join(" — ");

  const specs: PanelRowSpec[] = [];
  for (const b of blocks) {
    specs.push({ id: `#${b.id}`, label: blockTitle(b), heading: true });
    const format = formatForKind(b.field.kind, unit);
    for (const e of [...b.cells.keys()].sort((x, y) => entityOrder.get(x)! - entityOrder.get(y)!)) specs.push({ id: `${b.id}|${e}`, label: entityLabel(e), format });
  }
  const periods = new Set(blocks.flatMap((b) => [...b.cells.values()].flatMap((m) => [...m.keys()])));
  const layout = panelLayout(startRow, specs, [...periods, ...(opts.axisPeriods ?? [])]);
  for (const b of blocks) {
    const format = formatForKind(b.field.kind, unit);
    for (const [e, byPeriod] of b.cells)
      for (const [p, f] of byPeriod) {
        const row = layout.rowOf.get(`${b.id}|${e}`)!;
        const col = layout.axis.colOf.get(p)!;
        grid.set(row, col, num(displayValue(f, b.field, unit), format));
        grid.figure(row, col, figureKey(e, f.field, p, f.segment));
      }
  }
  writePanelFrame(grid, layout, {
    title: label("peers", lang),
    labelHeader: label("company", lang),
    lang,
    role: "peers",
    name: tableNameBase(input.entity.id, "Peers"),
    style: "TableStyleMedium7",
  });

  let chartBlock: ChartBlock | undefined;
  const share = blocks.find(isShare);
  if (share) {
    const count = new Map<Frequency, number>();
    for (const byPeriod of share.cells.values())
      for (const f of new Set([...byPeriod.keys()].map(frequencyOf))) if (f) count.set(f, (count.get(f) ?? 0) + 1);
    const frequencies = [...count].filter(([, n]) => n >= 2).map(([f]) => f);
    if (frequencies.length)
      chartBlock = {
        section: blockTitle(share),
        rows: [...share.cells.keys()]
          .sort((x, y) => entityOrder.get(x)! - entityOrder.get(y)!)
          .map((e) => ({
            id: `${share.id}|${e}`,
            label: entityLabel(e),
            periods: [...share.cells.get(e)!.keys()],
            frequencies: [...new Set([...share.cells.get(e)!.keys()].map(frequencyOf))].filter((f): f is Frequency => f !== null),
          })),
        frequencies,
        title: LABELS.peerShare[lang],
      };
  }
  const entities = [...new Set(blocks.flatMap((b) => [...b.cells.keys()]))].sort((x, y) => entityOrder.get(x)! - entityOrder.get(y)!);
  return { panel: layout, rect: layout.rect, ...(chartBlock ? { chartBlock } : {}), entities, nextRow: layout.nextRow };
}
