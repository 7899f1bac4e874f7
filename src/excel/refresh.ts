/**
 * "Refresh charts", in two operations of at most 3 round trips each, whatever the number
 * of charts:
 *
 * previewRefresh
 *   sync 1  every sheet with its charts and their series (one load through navigation
 *           properties), every table, the binding parts in our namespace
 *   sync 2  the binding XML; each table's header and data-body address; each series' source
 *           ranges (ExcelApi 1.15)
 *   sync 3  only when some user chart can be read: the cells right after its ranges
 *   → per chart: rebind (recorded), rebuild (recorded but missing), roll-forward (a user
 *     chart with new periods after its range), or skip with the reason.
 *
 * applyRefresh
 *   sync 1, 2 as above (fresh state: anything that changed since the preview is re-checked)
 *   sync 3  the writes: series re-bound or extended, missing charts rebuilt.
 *
 * refreshRecorded (the ribbon button, no pane, no consent)
 *   sync 1, 2 as above, once; the recorded charts' items are computed from that read
 *   sync 3  the re-binds. Nothing is rebuilt or rolled forward: both need the pane's consent.
 *
 * It never deletes a chart, and never changes a chart it cannot read or that changed since
 * the preview.
 */
import type { Localized } from "../core/errors";
import type { CellValue } from "../core/values";
import { rebindRanges } from "../core/chart/bindings";
import { rollForwardPlan, rollForwardProbe, type ChartSourceStrings, type Probe } from "../core/chart/roll-forward";
import { parseSourceAddress } from "../core/chart/source-address";
import type { ChartBinding } from "../core/chart/types";
import { parseRect, rectAddress } from "../core/template/a1";
import { runSafely, type SyncCounter } from "./batch";
import { queueChart, uniqueNotes } from "./chart-writer";
import { hasExcelApi } from "./env";
import { EXCEL_MSG } from "./messages";
import { REFRESH_MSG } from "./refresh-messages";
import { key, readWorkbook, recordedItem, sameSource, type WorkbookCharts } from "./refresh-read";
import type { ChartOutcome, ExcelEnv, Outcome, RefreshChoices, RefreshItem, RefreshPreview, RefreshResult } from "./types";

export async function previewRefreshWith(env: ExcelEnv): Promise<Outcome<{ readonly preview: RefreshPreview }>> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  if (!hasExcelApi(env, "1.7")) return { ok: false, reason: EXCEL_MSG.needsApi("charts", "1.7") };
  return runSafely<{ preview: RefreshPreview }>(env, async (context, syncs) => {
    const wbk = await readWorkbook(context, syncs, env);
    const items: RefreshItem[] = wbk.bindings.map((b) => recordedItem(wbk, b));
    const recorded = new Set(wbk.bindings.map((b) => key(b.sheet, b.chart)));
    items.push(...unreadableItems(wbk, recorded));

    // User charts: probe what can be read, then read the cells after their ranges (sync 3).
    const probes: { item: { id: string; sheet: string; chart: string }; chart: ChartSourceStrings; probe: Probe; reads: Excel.Range[]; catRead: Excel.Range | null }[] = [];
    for (const [sheet, byName] of wbk.charts) {
      for (const name of byName.keys()) {
        if (recorded.has(key(sheet, name))) continue;
        const base = { id: key(sheet, name), sheet, chart: name };
        if (wbk.protectedSheets.has(sheet)) {
          items.push({ ...base, action: "skip", needsConsent: false, changes: [], reason: REFRESH_MSG.sheetProtected(sheet) });
          continue;
        }
        if (!wbk.sourcesReadable) {
          items.push({ ...base, action: "skip", needsConsent: false, changes: [], reason: hasExcelApi(env, "1.15") ? REFRESH_MSG.sourcesUnreadable : EXCEL_MSG.needsApi("rollForward", "1.15") });
          continue;
        }
        const chart = wbk.sources.get(key(sheet, name))!;
        const p = rollForwardProbe(chart);
        if (!p.ok) {
          items.push({ ...base, action: "skip", needsConsent: false, changes: [], reason: p.reason });
          continue;
        }
        const ws = wbk.sheets.get(p.probe.values[0]!.sheet);
        if (!ws) {
          items.push({ ...base, action: "skip", needsConsent: false, changes: [], reason: REFRESH_MSG.sheetGone(p.probe.values[0]!.sheet) });
          continue;
        }
        const reads = p.probe.valueWindows.map((w) => {
          const r = ws.getRange(rectAddress(w.rect));
          r.load("values");
          return r;
        });
        const catRead = p.probe.categoryWindow ? ws.getRange(rectAddress(p.probe.categoryWindow.rect)) : null;
        catRead?.load("values");
        probes.push({ item: base, chart, probe: p.probe, reads, catRead });
      }
    }
    if (probes.length > 0) await syncs.sync();
    for (const p of probes) {
      const flat = (r: Excel.Range): CellValue[] => r.values.flat().map((v) => (v === undefined ? null : (v as CellValue)));
      const plan = rollForwardPlan(p.chart, p.probe, { values: p.reads.map(flat), categories: p.catRead ? flat(p.catRead) : null });
      if (!plan.ok) items.push({ ...p.item, action: "skip", needsConsent: false, changes: [], reason: plan.reason });
      else items.push({ ...p.item, action: "roll-forward", needsConsent: true, changes: plan.plan.changes, reason: REFRESH_MSG.newPeriods(plan.plan.added) });
    }
    return { ok: true, preview: { items, unavailable: wbk.notes, roundTrips: syncs.count } };
  });
}

export async function applyRefreshWith(env: ExcelEnv, preview: RefreshPreview, choices: RefreshChoices): Promise<Outcome<RefreshResult>> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  if (!hasExcelApi(env, "1.7")) return { ok: false, reason: EXCEL_MSG.needsApi("charts", "1.7") };
  return runSafely<RefreshResult>(env, async (context, syncs) => {
    const wbk = await readWorkbook(context, syncs, env);
    return applyItems(env, syncs, wbk, preview.items, choices);
  });
}

/**
 * The ribbon's "Refresh charts" in one pass (≤ 3 round trips, whatever the number of charts):
 * syncs 1 and 2 read the workbook once, the recorded charts' items are computed from that
 * read (as the preview does) and applied (as applyRefresh does) with no consent given, then
 * sync 3 writes. Missing recorded charts are reported, not rebuilt; charts the user made are
 * left to the pane, whose preview shows what extending them would change.
 */
export async function refreshRecordedWith(env: ExcelEnv): Promise<Outcome<RefreshResult>> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  if (!hasExcelApi(env, "1.7")) return { ok: false, reason: EXCEL_MSG.needsApi("charts", "1.7") };
  return runSafely<RefreshResult>(env, async (context, syncs) => {
    const wbk = await readWorkbook(context, syncs, env);
    const items: RefreshItem[] = wbk.bindings.map((b) => recordedItem(wbk, b));
    const recorded = new Set(wbk.bindings.map((b) => key(b.sheet, b.chart)));
    items.push(...unreadableItems(wbk, recorded));
    for (const [sheet, byName] of wbk.charts)
      for (const name of byName.keys())
        if (!recorded.has(key(sheet, name)))
          items.push({ id: key(sheet, name), sheet, chart: name, action: "skip", needsConsent: false, changes: [], reason: REFRESH_MSG.userChartInPane });
    const r = applyItems(env, syncs, wbk, items, {});
    // What the pane lists as unavailable goes into the ribbon's one message (damaged records,
    // no binding record), except the notes about charts the user made: the ribbon leaves those.
    const aside = new Set([EXCEL_MSG.needsApi("rollForward", "1.15").en, REFRESH_MSG.sourcesUnreadable.en]);
    const notes = wbk.notes.filter((n) => !aside.has(n.en));
    if (notes.length === 0) return r;
    const result = await r;
    return {
      ...result,
      summary: { en: [result.summary.en, ...notes.map((n) => n.en)].join(" "), zh: [result.summary.zh, ...notes.map((n) => n.zh)].join("") },
    };
  });
}

/**
 * Applies items against what `readWorkbook` just read: queues every write, sends them in one
 * sync (only when there is something to write), and reports per chart.
 */
async function applyItems(
  env: ExcelEnv,
  syncs: SyncCounter,
  wbk: WorkbookCharts,
  items: readonly RefreshItem[],
  choices: RefreshChoices,
): Promise<{ ok: true } & RefreshResult> {
  const rebuild = new Set(choices.rebuild ?? []);
  const roll = new Set(choices.rollForward ?? []);
  const bindings = new Map(wbk.bindings.map((b) => [b.id, b]));
  const outcomes: ChartOutcome[] = [];
  let writes = 0;
  const skip = (item: RefreshItem, reason: Localized) => outcomes.push({ id: item.id, sheet: item.sheet, chart: item.chart, status: "skipped", reason });

  for (const item of items) {
    if (item.action === "skip") {
      skip(item, item.reason ?? REFRESH_MSG.nothingToDo);
      continue;
    }
    const unreadable = wbk.unreadable.get(key(item.sheet, item.chart));
    if (unreadable) {
      skip(item, unreadable.reason);
      continue;
    }
    if (item.action === "roll-forward") {
      if (!roll.has(item.id)) {
        skip(item, REFRESH_MSG.notChosen);
        continue;
      }
      if (wbk.protectedSheets.has(item.sheet)) {
        skip(item, REFRESH_MSG.sheetProtected(item.sheet));
        continue;
      }
      const chart = wbk.charts.get(item.sheet)?.get(item.chart);
      const now = wbk.sources.get(key(item.sheet, item.chart));
      if (!chart || !now) {
        skip(item, chart ? REFRESH_MSG.changedSincePreview : REFRESH_MSG.chartGone(item.chart));
        continue;
      }
      // Every series must still read exactly what the preview saw.
      const unchanged = item.changes.every((c) => {
        const s = now.series.find((x) => x.name === c.series);
        return s !== undefined && sameSource(c.dimension === "Values" ? s.values : s.categories, c.from);
      });
      if (!unchanged || now.series.length !== new Set(item.changes.map((c) => c.series)).size) {
        skip(item, REFRESH_MSG.changedSincePreview);
        continue;
      }
      for (const c of item.changes) {
        const target = parseSourceAddress(c.to)!;
        const ws = wbk.sheets.get(target.sheet);
        const idx = now.series.findIndex((x) => x.name === c.series);
        if (!ws || idx < 0) continue;
        const series = chart.series.getItemAt(idx);
        const range = ws.getRange(rectAddress(target.rect));
        if (c.dimension === "Values") series.setValues(range);
        else series.setXAxisValues(range);
        writes++;
      }
      outcomes.push({ id: item.id, sheet: item.sheet, chart: item.chart, status: "extended" });
      continue;
    }
    // Recorded charts: re-check against the current workbook.
    const b = bindings.get(item.id);
    if (!b) {
      skip(item, REFRESH_MSG.recordGone);
      continue;
    }
    const fresh = recordedItem(wbk, b);
    if (fresh.action === "skip") {
      skip(item, fresh.reason!);
      continue;
    }
    const table = wbk.tables.get(b.table.toUpperCase())!;
    const ranges = rebindRanges(b, { headers: table.headers, body: table.body!.rect });
    if (!ranges.ok) {
      skip(item, ranges.reason);
      continue;
    }
    const tableSheet = wbk.sheets.get(table.body!.sheet);
    if (!tableSheet) {
      skip(item, REFRESH_MSG.sheetGone(table.body!.sheet));
      continue;
    }
    if (fresh.action === "rebuild") {
      if (!rebuild.has(item.id)) {
        skip(item, REFRESH_MSG.missingNotRebuilt(b.chart));
        continue;
      }
      const left = uniqueNotes(rebuildChart(wbk.sheets.get(b.sheet)!, tableSheet, b, ranges, hasExcelApi(env, "1.8")));
      writes++;
      outcomes.push({ id: item.id, sheet: item.sheet, chart: item.chart, status: "rebuilt", ...(left.length > 0 ? { reason: joinNotes(left) } : {}) });
      continue;
    }
    const chart = wbk.charts.get(b.sheet)!.get(b.chart)!;
    const names = chart.series.items.map((s) => s.name);
    const missingSeries = ranges.series.find((s, i) => names[i] !== s.name && !names.includes(s.name));
    if (missingSeries) {
      skip(item, REFRESH_MSG.seriesGone(missingSeries.name));
      continue;
    }
    const cats = tableSheet.getRange(ranges.categories);
    ranges.series.forEach((s, i) => {
      const idx = names[i] === s.name ? i : names.indexOf(s.name);
      const series = chart.series.getItemAt(idx);
      series.setValues(tableSheet.getRange(s.values));
      series.setXAxisValues(cats);
      writes++;
    });
    outcomes.push({ id: item.id, sheet: item.sheet, chart: item.chart, status: "refreshed" });
  }
  if (writes > 0) await syncs.sync();
  const count = (s: ChartOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  return {
    ok: true,
    charts: outcomes,
    roundTrips: syncs.count,
    summary: REFRESH_MSG.summary(count("refreshed"), count("extended"), count("rebuilt"), count("skipped")),
  };
}

/**
 * Queues a recorded chart's rebuild from its binding and its table's current extent, through
 * the one chart writer (the notes it returns — a line or an axis format left out — are reported).
 */
function rebuildChart(
  sheet: Excel.Worksheet,
  tableSheet: Excel.Worksheet,
  b: ChartBinding,
  ranges: { categories: string; series: readonly { name: string; values: string }[] },
  secondaryAxis: boolean,
): Localized[] {
  const position = parseRect(b.position) ?? { row: 0, col: 0, rowCount: 15, colCount: 8 };
  const series = ranges.series.map((s, i) => ({ name: s.name, values: s.values, chartType: b.series[i]?.chartType ?? b.type, axis: b.series[i]?.axis ?? "Primary" }));
  const plan = { type: b.type, title: b.title, categories: ranges.categories, series, position, ...(b.valueFormat ? { valueFormat: b.valueFormat } : {}) };
  return queueChart(sheet, tableSheet, plan, b.chart, { secondaryAxis });
}

function joinNotes(notes: readonly Localized[]): Localized {
  return { en: notes.map((n) => n.en).join(" "), zh: notes.map((n) => n.zh).join("") };
}

/** Charts the person made that Excel could not read: skipped with the reason (recorded ones are handled by recordedItem). */
function unreadableItems(wbk: WorkbookCharts, recorded: ReadonlySet<string>): RefreshItem[] {
  return [...wbk.unreadable]
    .filter(([k]) => !recorded.has(k))
    .map(([k, u]) => ({ id: k, sheet: u.sheet, chart: u.chart, action: "skip" as const, needsConsent: false, changes: [], reason: u.reason }));
}
