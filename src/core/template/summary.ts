/**
 * What a company's template contains, in one line of a Markdown table: docs/excel.md's
 * "What each seed company's template contains" is generated from this
 * (`npx tsx scripts/template-summary.ts --markdown`), and a test checks the page is current.
 * Build-time only: the add-in does not import it.
 */
import { cyclePhase } from "../metrics/cycle-phase";
import { periodLabel } from "../periods";
import { columnLetters, rectAddress } from "./a1";
import { buildTemplatePlan } from "./build";
import type { TemplateInput } from "./input";
import type { PlanCell, PlanTable, TemplatePlan } from "./types";

export const SUMMARY_HEADER = [
  "| Company | Sheet (rows × columns) | Financials | Segments | Peers table | Other figures | Charts (top-left cell) | Cycle phase |",
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

/** The cycle phase the sheet shows, computed from the capex and D&A columns as CYCLE_PHASE does. */
function phaseOf(plan: TemplatePlan, fin: PlanTable | undefined): string {
  if (!fin) return "not enough data: no financials";
  const col = (field: string) => fin.columns.findIndex((c) => c.role === "figure" && c.field === field);
  const capex = col("capex");
  const da = col("da");
  if (capex < 0 || da < 0) return "not enough data: no capex or D&A";
  const grid = (c: number) => body(plan, fin).map((r) => [r[c]!.kind === "number" ? (r[c] as { value: number }).value : null]);
  const v = cyclePhase(grid(capex), grid(da));
  return typeof v === "string" && v !== "" ? v : "not enough data: capex and D&A in fewer than two periods";
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
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  let finText = "—";
  if (fin) {
    const periods = body(plan, fin).map((r) => periodLabel(textOf(r[0]), "en"));
    const figures = fin.columns.filter((c) => c.role === "figure").length;
    const metrics = fin.columns.filter((c) => c.role === "metric").map((c) => c.header);
    finText = `${rectAddress(fin.rect)}: ${plural(periods.length, "period")} (${periods.join(", ")}) × ${plural(figures, "statement field")}` + (metrics.length ? `; ${metrics.join("; ")}` : "");
  }
  // Headers hold commas ("Revenue, YoY growth 2024"): listed with semicolons.
  const segText = seg
    ? `${plural(seg.rect.rowCount - 1, "segment")} × ${seg.columns.filter((c) => c.role === "figure").map((c) => c.header).join("; ")}` +
      (seg.columns.some((c) => c.role === "metric") ? "; computed growth" : "")
    : "—";
  const peersText = peers ? `${body(plan, peers).map((r) => textOf(r[0])).join(", ")}: ${plural(peers.columns.length - 2, "column")}` : "—";
  let otherText = "—";
  if (other) {
    const rows = body(plan, other);
    const notActual = rows.filter((r) => textOf(r[5]) !== "actual").length;
    otherText = plural(rows.length, "figure") + (notActual ? ` (${notActual} not actual: forecast, target or estimate)` : "");
  }
  const charts = plan.charts.length
    ? plan.charts.map((c) => `${CHART_LABELS[c.kind] ?? c.kind} ${columnLetters(c.position.col)}${c.position.row + 1}`).join(", ")
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
