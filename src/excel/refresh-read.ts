/**
 * What "Refresh charts" reads from the workbook (round trips 1 and 2 of both preview and
 * apply), and the recorded charts' items computed from it. See refresh.ts for the protocol.
 */
import type { Localized } from "../core/errors";
import { BINDINGS_NAMESPACE, parseBindings } from "../core/chart/binding-xml";
import { rebindRanges } from "../core/chart/bindings";
import type { ChartSourceStrings } from "../core/chart/roll-forward";
import { parseRangeAddress, parseSourceAddress, type SourceRange } from "../core/chart/source-address";
import type { ChartBinding } from "../core/chart/types";
import { parseRect, rectAddress } from "../core/template/a1";
import { reasonOf, type SyncCounter } from "./batch";
import { hasExcelApi } from "./env";
import { EXCEL_MSG } from "./messages";
import { REFRESH_MSG } from "./refresh-messages";
import type { ExcelEnv, RefreshItem, SeriesChange } from "./types";
/** What sync 1 and 2 learn about the workbook. */
export interface WorkbookCharts {
  readonly sheets: Map<string, Excel.Worksheet>;
  /** sheet → chart name → chart (first of a name wins) */
  readonly charts: Map<string, Map<string, Excel.Chart>>;
  readonly tables: Map<string, { headers: string[]; body: SourceRange | null }>;
  readonly bindings: ChartBinding[];
  /** sheet|chart → per series: name and source strings (null when unreadable or unsupported). */
  readonly sources: Map<string, ChartSourceStrings>;
  readonly sourcesReadable: boolean;
  /** Protected sheets: their charts are skipped with the reason (even where editing objects is allowed: conservative). */
  readonly protectedSheets: ReadonlySet<string>;
  readonly notes: Localized[];
  /** sheet|chart → why Excel could not read it: such a chart is skipped with the reason, never rebuilt. */
  readonly unreadable: ReadonlyMap<string, Unreadable>;
}

export const key = (sheet: string, chart: string) => `${sheet}|${chart}`;

/** A chart Excel could not read, and why. */
export interface Unreadable {
  readonly sheet: string;
  readonly chart: string;
  readonly reason: Localized;
}

/**
 * Syncs 1 and 2: discovery and reading. When a request fails, nothing it loaded arrives
 * (Office.js requests are all or nothing for their results), so each fallback step is its own
 * request: the nested load of every sheet's charts fails → one load per sheet → for a sheet
 * that still fails, one load per chart; the chart that cannot be read is skipped with Excel's
 * reason and every other chart goes on. Reading the series' sources (sync 2) falls back to one
 * request per chart the same way. Fallbacks cost round trips only when Excel refuses.
 */
export async function readWorkbook(context: Excel.RequestContext, syncs: SyncCounter, env: ExcelEnv): Promise<WorkbookCharts> {
  const canRead = hasExcelApi(env, "1.15");
  const canRecord = hasExcelApi(env, "1.5");
  const notes: Localized[] = [];
  const unreadable = new Map<string, Unreadable>();
  const wb = context.workbook;
  if (!canRecord) notes.push(EXCEL_MSG.needsApi("bindings", "1.5"));
  if (!canRead) notes.push(EXCEL_MSG.needsApi("rollForward", "1.15"));
  // One load gives every sheet's charts and their series: navigation properties of items
  // loaded by path (WorksheetCollectionLoadOptions.charts, ChartCollectionLoadOptions.series,
  // both ExcelApi 1.1, so every host that can refresh — 1.7 — accepts it).
  const wsc = wb.worksheets;
  const tc = wb.tables;
  const parts = canRecord ? wb.customXmlParts.getByNamespace(BINDINGS_NAMESPACE) : undefined;
  const queueBasics = () => {
    tc.load("items/name");
    parts?.load("items/id");
  };
  wsc.load("items/name,items/protection/protected,items/charts/items/name,items/charts/items/series/items/name");
  queueBasics();
  let chartLists: Map<Excel.Worksheet, Excel.Chart[]>;
  try {
    await syncs.sync();
    chartLists = new Map(wsc.items.map((ws) => [ws, ws.charts.items]));
  } catch {
    wsc.load("items/name,items/protection/protected");
    queueBasics();
    await syncs.sync();
    chartLists = await discoverStepwise(syncs, wsc.items, unreadable, notes);
  }

  const sheets = new Map<string, Excel.Worksheet>();
  const charts = new Map<string, Map<string, Excel.Chart>>();
  const protectedSheets = new Set<string>();
  for (const [ws, list] of chartLists) {
    sheets.set(ws.name, ws);
    if (ws.protection.protected) protectedSheets.add(ws.name);
    const byName = new Map<string, Excel.Chart>();
    for (const ch of list) if (!byName.has(ch.name) && !unreadable.has(key(ws.name, ch.name))) byName.set(ch.name, ch);
    charts.set(ws.name, byName);
  }
  const xmls = (parts?.items ?? []).map((p) => p.getXml());
  const tableReads = tc.items.map((t) => {
    const body = t.getDataBodyRange();
    body.load("address");
    const header = t.getHeaderRowRange();
    header.load("values");
    return { name: t.name, body, header };
  });
  const queueSources = (sheet: string, ch: Excel.Chart): SourceRead => ({
    sheet,
    chart: ch.name,
    series: ch.series.items.map((s) => ({
      name: s.name,
      values: s.getDimensionDataSourceString("Values"),
      categories: s.getDimensionDataSourceString("Categories"),
    })),
  });
  const sourceReads: SourceRead[] = [];
  if (canRead) for (const [sheet, byName] of charts) for (const ch of byName.values()) sourceReads.push(queueSources(sheet, ch));
  const sources = new Map<string, ChartSourceStrings>();
  const deliver = (r: SourceRead) =>
    sources.set(key(r.sheet, r.chart), {
      series: r.series.map((s) => ({ name: s.name, values: s.values.value || null, categories: s.categories.value || null })),
    });
  try {
    await syncs.sync();
  } catch (error) {
    // Some series' sources cannot be read (Excel refuses for some chart kinds): re-read the
    // rest, then each chart's sources in a request of its own; the chart whose sources Excel
    // refuses is left unchanged with the reason, every other one goes on.
    if (!canRead) throw error;
    const again = await readWithoutSources(syncs, parts, tc);
    for (const [sheet, byName] of charts)
      for (const ch of byName.values()) {
        const r = queueSources(sheet, ch);
        try {
          await syncs.sync();
          deliver(r);
        } catch (failure) {
          unreadable.set(key(sheet, ch.name), { sheet, chart: ch.name, reason: REFRESH_MSG.chartSourcesUnreadable(ch.name, reasonOf(failure)) });
        }
      }
    for (const [sheet, byName] of charts) for (const name of byName.keys()) if (unreadable.has(key(sheet, name))) byName.delete(name);
    return { sheets, charts, ...again, sources, sourcesReadable: true, protectedSheets, notes, unreadable };
  }
  const bindings = bindingsFrom(xmls.map((x) => x.value), notes);
  const tables = tablesFrom(tableReads);
  for (const r of sourceReads) deliver(r);
  return { sheets, charts, tables, bindings, sources, sourcesReadable: canRead, protectedSheets, notes, unreadable };
}

interface SourceRead {
  sheet: string;
  chart: string;
  series: { name: string; values: OfficeExtension.ClientResult<string>; categories: OfficeExtension.ClientResult<string> }[];
}

/**
 * The nested load failed: each sheet's charts and series in a request of its own; for a sheet
 * that fails again, its chart names, then each chart's series in a request of its own.
 */
async function discoverStepwise(
  syncs: SyncCounter,
  worksheets: readonly Excel.Worksheet[],
  unreadable: Map<string, Unreadable>,
  notes: Localized[],
): Promise<Map<Excel.Worksheet, Excel.Chart[]>> {
  const out = new Map<Excel.Worksheet, Excel.Chart[]>();
  for (const ws of worksheets) {
    try {
      ws.charts.load("items/name,items/series/items/name");
      await syncs.sync();
      out.set(ws, ws.charts.items);
      continue;
    } catch {
      // one of its charts cannot be read: go chart by chart
    }
    try {
      ws.charts.load("items/name");
      await syncs.sync();
    } catch (error) {
      notes.push(REFRESH_MSG.sheetChartsUnreadable(ws.name, reasonOf(error)));
      out.set(ws, []);
      continue;
    }
    const readable: Excel.Chart[] = [];
    for (const ch of ws.charts.items) {
      try {
        ch.series.load("items/name");
        await syncs.sync();
        readable.push(ch);
      } catch (error) {
        unreadable.set(key(ws.name, ch.name), { sheet: ws.name, chart: ch.name, reason: REFRESH_MSG.chartUnreadable(ch.name, reasonOf(error)) });
      }
    }
    out.set(ws, readable);
  }
  return out;
}

async function readWithoutSources(
  syncs: SyncCounter,
  parts: Excel.CustomXmlPartScopedCollection | undefined,
  tc: Excel.TableCollection,
): Promise<{ tables: WorkbookCharts["tables"]; bindings: ChartBinding[] }> {
  const xmls = (parts?.items ?? []).map((p) => p.getXml());
  const tableReads = tc.items.map((t) => {
    const body = t.getDataBodyRange();
    body.load("address");
    const header = t.getHeaderRowRange();
    header.load("values");
    return { name: t.name, body, header };
  });
  await syncs.sync();
  return { tables: tablesFrom(tableReads), bindings: bindingsFrom(xmls.map((x) => x.value), []) };
}

function bindingsFrom(xmls: string[], notes: Localized[]): ChartBinding[] {
  const byId = new Map<string, ChartBinding>();
  let damaged = 0;
  for (const xml of xmls) {
    const parsed = parseBindings(xml);
    if (!parsed.ok) {
      damaged++;
      continue;
    }
    damaged += parsed.dropped;
    for (const b of parsed.doc.charts) byId.set(b.id, b);
  }
  if (damaged > 0) notes.push(REFRESH_MSG.damagedRecords(damaged));
  return [...byId.values()];
}

function tablesFrom(reads: { name: string; body: Excel.Range; header: Excel.Range }[]): WorkbookCharts["tables"] {
  const out = new Map<string, { headers: string[]; body: SourceRange | null }>();
  for (const r of reads) {
    out.set(r.name.toUpperCase(), {
      headers: (r.header.values[0] ?? []).map((h) => String(h ?? "")),
      body: parseRangeAddress(r.body.address),
    });
  }
  return out;
}

/** The recorded chart's item: rebind, rebuild or skip. */
export function recordedItem(wbk: WorkbookCharts, b: ChartBinding): RefreshItem {
  const base = { id: b.id, sheet: b.sheet, chart: b.chart };
  if (!wbk.sheets.has(b.sheet)) return { ...base, action: "skip", needsConsent: false, changes: [], reason: REFRESH_MSG.sheetGone(b.sheet) };
  if (wbk.protectedSheets.has(b.sheet)) return { ...base, action: "skip", needsConsent: false, changes: [], reason: REFRESH_MSG.sheetProtected(b.sheet) };
  const unreadable = wbk.unreadable.get(key(b.sheet, b.chart));
  if (unreadable) return { ...base, action: "skip", needsConsent: false, changes: [], reason: unreadable.reason };
  const table = wbk.tables.get(b.table.toUpperCase());
  if (!table) return { ...base, action: "skip", needsConsent: false, changes: [], reason: REFRESH_MSG.tableGone(b.table) };
  const ranges = rebindRanges(b, { headers: table.headers, body: table.body?.rect ?? null });
  if (!ranges.ok) return { ...base, action: "skip", needsConsent: false, changes: [], reason: ranges.reason };
  const exists = wbk.charts.get(b.sheet)?.has(b.chart) ?? false;
  if (!exists) return { ...base, action: "rebuild", needsConsent: true, changes: [], reason: REFRESH_MSG.missing(b.chart) };
  const tableSheet = table.body!.sheet;
  const current = wbk.sources.get(key(b.sheet, b.chart));
  const changes: SeriesChange[] = [];
  const qualify = (a1: string) => `=${quote(tableSheet)}!${absolute(a1)}`;
  ranges.series.forEach((s, i) => {
    const cur = current?.series.find((x) => x.name === s.name) ?? current?.series[i];
    const to = qualify(s.values);
    if (!cur || !sameSource(cur.values, to)) changes.push({ series: s.name, dimension: "Values", from: cur?.values ?? "", to });
    const cats = qualify(ranges.categories);
    if (!cur || !sameSource(cur.categories, cats)) changes.push({ series: s.name, dimension: "Categories", from: cur?.categories ?? "", to: cats });
  });
  return { ...base, action: "rebind", needsConsent: false, changes };
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function absolute(a1: string): string {
  const r = parseRect(a1)!;
  return rectAddress(r, true);
}

export function sameSource(a: string | null, b: string): boolean {
  if (!a) return false;
  const x = parseSourceAddress(a);
  const y = parseSourceAddress(b);
  return !!x && !!y && x.sheet === y.sheet && rectAddress(x.rect) === rectAddress(y.rect);
}

