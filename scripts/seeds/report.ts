/**
 * The seeds report (`npm run seeds:report`): figures per entity, per source file and per field,
 * every conflict with all its citations, every arithmetic check (stated and recomputed), and
 * any data problem. As plain text for the terminal, or as the markdown of docs/data.md's
 * "## Coverage" and "## Conflicts" sections, which sit between marker comments so the script
 * can regenerate them in place.
 */
import { recomputeChecks, type CheckOutcome } from "./checks";
import { entitiesSummary } from "../../src/core/dataset/query";
import type { Dataset, Statement, StatementGroup } from "../../src/core/dataset/types";

export interface SeedsReport {
  readonly entities: readonly { id: string; name: string; statements: number; figures: number; conflicts: number; periods: string }[];
  readonly files: readonly { file: string; statements: number }[];
  readonly fields: readonly { field: string; statements: number; entities: number }[];
  /** Groups with a conflicts.json entry or a mechanical disagreement. */
  readonly conflicts: readonly StatementGroup[];
  readonly checks: readonly CheckOutcome[];
  /** Contests of readings (readings.json). */
  readonly contests: Dataset["contests"];
  /** Build problems, disagreements without an entry, entries without a disagreement, checks whose stated verdict differs. */
  readonly problems: readonly string[];
  readonly totals: { statements: number; figures: number; entities: number; conflicts: number; checks: number; inconsistentChecks: number };
}

function countBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

export function buildReport(ds: Dataset): SeedsReport {
  const statements = [...ds.statementById.values()];
  const summaries = entitiesSummary(ds);
  const byFile = countBy(statements, (s) => s.figure.file);
  const byField = countBy(statements, (s) => s.figure.field);
  const fieldEntities = new Map<string, Set<string>>();
  for (const s of statements) {
    const set = fieldEntities.get(s.figure.field) ?? new Set<string>();
    set.add(s.figure.entity);
    fieldEntities.set(s.figure.field, set);
  }
  const conflicts = ds.groups.filter((g) => g.conflict || g.disagrees);
  const checks = recomputeChecks(ds);
  const problems = [...ds.problems];
  for (const g of ds.groups) {
    if (g.disagrees && !g.conflict) problems.push(`statements disagree but conflicts.json has no entry: ${g.key}`);
    if (g.conflict && !g.disagrees) problems.push(`conflicts.json entry but the statements agree: ${g.key}`);
  }
  for (const c of checks) {
    if (c.problem) problems.push(`check → ${c.check.result}: ${c.problem}`);
    else if (c.consistent !== c.check.consistent) problems.push(`check → ${c.check.result}: stated consistent=${c.check.consistent}, recomputed ${c.consistent}`);
  }
  return {
    entities: summaries.map((s) => ({
      id: s.entity.id,
      name: `${s.entity.name_zh} ${s.entity.short_en}`,
      statements: s.statements,
      figures: s.figures,
      conflicts: s.conflicts,
      periods: s.periods.join(", "),
    })),
    files: [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([file, n]) => ({ file, statements: n })),
    fields: [...byField]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([field, n]) => ({ field, statements: n, entities: fieldEntities.get(field)!.size })),
    conflicts,
    checks,
    contests: ds.contests,
    problems,
    totals: {
      statements: statements.length,
      figures: ds.groups.length,
      entities: ds.entities.length,
      conflicts: conflicts.length,
      checks: checks.length,
      inconsistentChecks: checks.filter((c) => c.consistent === false).length,
    },
  };
}

const cite = (s: Statement): string =>
  `${s.figure.file}:${s.figure.line} "${s.figure.printed}" = ${s.figure.value} ${s.figure.unit}${s.figure.qualifier ? ` (${s.figure.qualifier})` : ""}${s.figure.derived ? " (derived)" : ""}${s.primary ? " [primary]" : ""}`;

const groupTitle = (g: StatementGroup): string => `${g.entity} / ${g.field} / ${g.period}${g.segment ? ` / ${g.segment}` : ""}`;

function fmtRange(c: CheckOutcome): string {
  if (!c.computed || !c.result) return "n/a";
  const f = (x: number): string => (Number.isFinite(x) ? Number(x.toPrecision(6)).toString() : x > 0 ? "∞" : "−∞");
  return `[${f(c.computed.lo)}, ${f(c.computed.hi)}] vs ${c.result.base}`;
}

/** Plain text for the terminal. */
export function reportText(r: SeedsReport): string {
  const out: string[] = [];
  const t = r.totals;
  out.push(`Seeds: ${t.entities} entities, ${t.statements} statements, ${t.figures} figures, ${t.conflicts} conflicts, ${t.checks} checks (${t.inconsistentChecks} inconsistent)`);
  out.push("", "Figures per entity (statements / figures / conflicts; periods):");
  for (const e of r.entities) out.push(`  ${e.id.padEnd(32)} ${String(e.statements).padStart(4)} ${String(e.figures).padStart(4)} ${String(e.conflicts).padStart(3)}  ${e.periods}`);
  out.push("", "Statements per source file:");
  for (const f of r.files) out.push(`  ${f.file.padEnd(28)} ${f.statements}`);
  out.push("", "Statements per field (entities):");
  for (const f of r.fields) out.push(`  ${f.field.padEnd(32)} ${String(f.statements).padStart(4)} (${f.entities})`);
  out.push("", "Conflicts:");
  for (const g of r.conflicts) {
    out.push(`  ${groupTitle(g)} — rule ${g.conflict?.rule ?? "(no entry)"}: ${g.conflict?.reason ?? ""}`);
    for (const s of g.statements) out.push(`      ${cite(s)}`);
  }
  out.push("", "Readings (contests):");
  for (const c of r.contests) {
    out.push(`  ${c.id} (${c.entity}) — primary ${c.primary} by ${c.rule}`);
    for (const rd of c.readings) out.push(`      ${rd.id === c.primary ? "*" : " "} ${rd.id}: ${rd.statements.join(", ")}`);
  }
  out.push("", "Checks (stated → recomputed):");
  for (const c of r.checks) {
    const mark = c.problem ? "??" : c.consistent === c.check.consistent ? "ok" : "!!";
    out.push(`  ${mark} ${c.check.kind} ${c.check.inputs.join(" , ")} → ${c.check.result}: stated ${c.check.consistent ? "consistent" : "INCONSISTENT"}, recomputed ${c.problem ?? (c.consistent ? "consistent" : "INCONSISTENT")} ${fmtRange(c)}`);
  }
  out.push("", r.problems.length ? `Problems (${r.problems.length}):` : "Problems: none");
  for (const p of r.problems) out.push(`  - ${p}`);
  return out.join("\n") + "\n";
}

const md = (s: string): string => s.replace(/\|/g, "\\|");

/** Markdown for docs/data.md's "## Coverage" section (entities, files, fields, checks). */
export function coverageMarkdown(r: SeedsReport): string {
  const t = r.totals;
  const out: string[] = [];
  out.push(`${t.entities} entities, ${t.statements} statements of ${t.figures} figures, ${t.conflicts} conflicts, ${t.checks} arithmetic checks (${t.inconsistentChecks} inconsistent).`);
  out.push("", "| Entity | Name | Statements | Figures | Conflicts | Periods |", "|---|---|---:|---:|---:|---|");
  for (const e of r.entities) out.push(`| ${e.id} | ${md(e.name)} | ${e.statements} | ${e.figures} | ${e.conflicts} | ${e.periods} |`);
  out.push("", "| Source file | Statements |", "|---|---:|");
  for (const f of r.files) out.push(`| ${f.file} | ${f.statements} |`);
  out.push("", "| Field | Statements | Entities |", "|---|---:|---:|");
  for (const f of r.fields) out.push(`| ${f.field} | ${f.statements} | ${f.entities} |`);
  out.push("", "### Checks", "", "| Kind | Inputs | Result | Stated | Recomputed |", "|---|---|---|---|---|");
  for (const c of r.checks) {
    const re = c.problem ?? (c.consistent ? "consistent" : "**inconsistent**");
    out.push(`| ${c.check.kind} | ${c.check.inputs.join("<br>")} | ${c.check.result} | ${c.check.consistent ? "consistent" : "**inconsistent**"} | ${re}${c.check.note ? ` — ${md(c.check.note)}` : ""} |`);
  }
  if (r.problems.length) {
    out.push("", "### Problems", "");
    for (const p of r.problems) out.push(`- ${md(p)}`);
  }
  return out.join("\n");
}

/** Markdown for docs/data.md's "## Readings" section: every contest, its readings and their statements. */
export function readingsMarkdown(ds: Pick<Dataset, "contests" | "statementById">): string {
  if (ds.contests.length === 0) return "No contested readings.";
  const out: string[] = [];
  for (const c of ds.contests) {
    out.push(`- **${md(c.topic_en)}** (\`${c.id}\`, ${c.entity}) — primary reading \`${c.primary}\` by \`${c.rule}\`: ${md(c.reason_en)}`);
    for (const r of c.readings) {
      out.push(`  - ${r.id === c.primary ? "**primary** " : ""}${md(r.label_en)} / ${md(r.label_zh)}`);
      for (const id of r.statements) {
        const s = ds.statementById.get(id);
        out.push(`    - ${s ? md(cite(s)) : `${id} (unknown)`}`);
      }
    }
  }
  return out.join("\n");
}

/** Markdown for docs/data.md's "## Conflicts" section: every conflict, each statement cited. */
export function conflictsMarkdown(r: SeedsReport): string {
  if (r.conflicts.length === 0) return "No conflicts.";
  const out: string[] = [];
  for (const g of r.conflicts) {
    out.push(`- **${groupTitle(g)}** — primary by \`${g.conflict?.rule ?? "rule order (no entry)"}\`${g.conflict ? `: ${md(g.conflict.reason)}` : ""}`);
    for (const s of g.statements) out.push(`  - ${md(cite(s))}`);
  }
  return out.join("\n");
}

/** Marker comments around a generated section of docs/data.md. */
export const markers = (name: string): [string, string] => [`<!-- seeds-report:${name}:begin -->`, `<!-- seeds-report:${name}:end -->`];

/**
 * Replaces the text between a section's markers (keeping the markers); when the markers are
 * missing, appends `## <title>` with the markers and content at the end.
 */
export function replaceSection(doc: string, name: string, title: string, content: string): string {
  const [begin, end] = markers(name);
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return `${doc.slice(0, i + begin.length)}\n${content}\n${doc.slice(j)}`;
  const sep = doc.endsWith("\n") || doc === "" ? "" : "\n";
  return `${doc}${sep}\n## ${title}\n\n${begin}\n${content}\n${end}\n`;
}
