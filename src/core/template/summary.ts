/**
 * What a company's template contains, in one line of a Markdown table: docs/excel.md's
 * "What each seed company's template contains" is generated from this
 * (`npx tsx scripts/template-summary.ts --markdown`), and a test checks the page is current.
 * Build-time only: the add-in does not import it.
 */
import { cyclePhase } from "../metrics/cycle-phase";
import { periodLabel } from "../periods";
import { columnLetters, parseCell, parseRect, rectAddress } from "./a1";
import { buildTemplatePlan } from "./build";
import type { TemplateInput } from "./input";
import type { PlanCell, PlanTable, TemplatePlan } from "./types";

export const SUMMARY_HEADER = [
  "| Company | Sheet (rows × columns) | Financials (fields down, periods across) | Segments (blocks) | Peers (blocks) | Other figures | Charts (top-left cell) | Cycle phase |",
  "|---|---|---|---|---|---|---|---|",
];

const CHART_LABELS: Readonly<Record<string, string>> = {
  "capex-da": "capex vs D&A",
  "segment-growth": "segment growth",
  "peer-share": "market share",
};

function body(plan: TemplatePlan, t: PlanTable): readonly (readonly PlanCell[])[] {
  return plan.cells.slice(t.rect.row + 1, t.rect.row + t.rect.rowCount);
}

const textOf = (c: PlanCell | undefined) => (c?.kind === "text" ? c.text : "");

/** Body rows of a model-layout table that are not headings (a heading has no value cell at all). */
function valueRows(plan: TemplatePlan, t: PlanTable): (readonly PlanCell[])[] {
  return body(plan, t).filter((r) => r.slice(t.rect.col + 1, t.rect.col + t.rect.colCount).some((c) => c.kind !== "blank" || c.format !== undefined));
}

/** The cycle phase the sheet shows, computed from the capex and D&A rows as CYCLE_PHASE does (over the phase's frequency group). */
function phaseOf(plan: TemplatePlan, fin: PlanTable | undefined): string {
  if (!fin) return "not enough data: no financials";
  const cell = plan.cells[parseCell(plan.phaseCell)!.row]?.[parseCell(plan.phaseCell)!.col];
  const m = cell?.kind === "formula" ? /CYCLE_PHASE\(([A-Z]+\d+:[A-Z]+\d+),([A-Z]+\d+:[A-Z]+\d+)/.exec(cell.formula) : null;
  if (!m) return "not enough data: capex and D&A in fewer than two periods of one frequency";
  const values = (range: string) => {
    const r = parseRect(range)!;
    return plan.cells[r.row]!.slice(r.col, r.col + r.colCount).map((c) => [c.kind === "number" ? c.value : null]);
  };
  const v = cyclePhase(values(m[1]!), values(m[2]!));
  return typeof v === "string" && v !== "" ? v : "not enough data: capex and D&A in fewer than two periods of one frequency";
}

/** One Markdown table row for `input`'s English live template. */
export function templateSummaryRow(input: TemplateInput): string {
  const plan = buildTemplatePlan(input, { lang: "en", style: "live" });
  const table = (role: string) => plan.tables.find((t) => t.role === role);
  const fin = table("financials");
  const seg = table("segments");
  const peers = table("peers");
  const other = table("other");
  const e = input.entity;
  const name = `${e.short_en}${e.ticker ? ` ${e.ticker}` : " (unlisted)"}`;
  const size = `${plan.cells.length} × ${plan.cells[0]?.length ?? 0}`;
  const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
  const periods = (t: PlanTable) => t.columns.filter((c) => c.role === "period").map((c) => periodLabel(c.header, "en"));
  let finText = "—";
  if (fin) {
    const rows = valueRows(plan, fin);
    const metrics = rows.filter((r) => r.some((c) => c.kind === "formula")).map((r) => textOf(r[0]));
    finText = `${rectAddress(fin.rect)}: ${plural(rows.length - metrics.length, "statement field")} × ${plural(periods(fin).length, "period")} (${periods(fin).join(", ")})` + (metrics.length ? `; ${metrics.join("; ")}` : "");
  }
  const headings = (t: PlanTable) => body(plan, t).filter((r) => !valueRows(plan, t).includes(r)).map((r) => textOf(r[0]));
  // Headers hold commas ("Revenue, YoY growth"): listed with semicolons.
  const segText = seg ? `${plural(valueRows(plan, seg).length, "segment row")}: ${headings(seg).join("; ")}` : "—";
  const peersText = peers ? `${plural(new Set(valueRows(plan, peers).map((r) => textOf(r[0]))).size, "company")}: ${headings(peers).join("; ")}` : "—";
  let otherText = "—";
  if (other) {
    const rows = body(plan, other);
    const notActual = rows.filter((r) => textOf(r[4]) !== "actual").length;
    otherText = plural(rows.length, "figure") + (notActual ? ` (${notActual} not actual: forecast, target or estimate)` : "");
  }
  const charts = plan.charts.length
    ? plan.charts.map((c) => `${CHART_LABELS[c.kind] ?? c.kind}${c.frequency ? ` (${c.frequency})` : ""} ${columnLetters(c.position.col)}${c.position.row + 1}`).join(", ")
    : "—";
  return `| ${name} | ${size} | ${finText} | ${segText} | ${peersText} | ${otherText} | ${charts} | ${phaseOf(plan, fin)} |`;
}

/** The companies the docs describe: the three the articles are about. */
export const SUMMARY_COMPANIES: readonly string[] = ["aier_eye", "united_imaging", "neusoft_medical"];

export function summaryMarkdown(inputs: readonly TemplateInput[]): string {
  return [...SUMMARY_HEADER, ...inputs.map(templateSummaryRow)].join("\n");
}

export const SUMMARY_MARKERS = ["<!-- template-summary:begin -->", "<!-- template-summary:end -->"] as const;

/** `doc` with the text between the markers replaced by `table`; null when the markers are missing. */
export function replaceSummary(doc: string, table: string): string | null {
  const [begin, end] = SUMMARY_MARKERS;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) return null;
  return `${doc.slice(0, i + begin.length)}\n${table}\n${doc.slice(j)}`;
}
