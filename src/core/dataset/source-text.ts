/**
 * The text SOURCE returns: every statement behind one figure, cited as a person recognises it
 * (title, date, line, the figure as printed: citation.ts), with hedges, basis, derivation,
 * currency and the reading it belongs to; the primary marked; conflicts flagged with the rule
 * and reason that chose the primary (in the language asked); contested readings named; and
 * the failed cross-checks that touch the figure. One line of text (a cell), statements
 * numbered and separated by " | ".
 */
import type { Lang } from "../errors";
import { pick } from "../errors";
import { periodLabel } from "../periods";
import type { LtmFigure } from "./ltm";
import { shiftDecimal } from "./numbers";
import { citation } from "./citation";
import { BASIS_LABELS, CHECK_KIND_LABELS, QUALIFIER_LABELS, RULE_LABELS, SOURCE_MSG } from "./source-messages";
import type { CheckInput, Dataset, Statement, StatementGroup } from "./types";

type SourceDs = Pick<Dataset, "entityById" | "segmentById" | "fieldById" | "sourceByFile" | "readingsByStatement" | "checks" | "statementById">;

/** One statement: `[2] 《标题》（日期），第 40 行：“约115亿元” = 115 亿元（约；预测）`. */
export function statementText(s: Statement, n: number, lang: Lang, ds?: Pick<SourceDs, "sourceByFile" | "readingsByStatement">): string {
  const f = s.figure;
  const tags: string[] = [];
  if (f.qualifier) tags.push(pick(QUALIFIER_LABELS[f.qualifier], lang));
  if (f.basis && f.basis !== "actual") tags.push(pick(BASIS_LABELS[f.basis]!, lang));
  if (s.unit.currency && s.unit.currency !== "CNY") tags.push(SOURCE_MSG.notConverted(s.unit.currency)[lang]);
  if (f.derived)
    tags.push(SOURCE_MSG.derived({ en: f.derived.method, zh: f.derived.method_zh ?? f.derived.method }, { en: f.derived.from, zh: f.derived.from_zh ?? f.derived.from })[lang]);
  for (const t of ds?.readingsByStatement.get(s.id) ?? [])
    tags.push(SOURCE_MSG.reading({ en: t.reading.label_en, zh: t.reading.label_zh }, t.primary)[lang]);
  if (f.note) tags.push(SOURCE_MSG.note({ en: f.note, zh: f.note_zh ?? f.note })[lang]);
  const mark = s.primary ? SOURCE_MSG.primaryMark[lang] : "";
  const where = ds ? citation(ds, s, lang) : SOURCE_MSG.fileLine(f.file, f.line, f.printed)[lang];
  const tail = tags.length ? (lang === "zh" ? `（${tags.join("；")}）` : ` (${tags.join("; ")})`) : "";
  return `[${n}] ${mark}${where} = ${f.value} ${f.unit}${tail}`;
}

/** The failed cross-checks (checks.json, consistent: false) that touch any of the statements. */
export function failedChecksFor(ds: Pick<SourceDs, "checks">, statementIds: readonly string[]): CheckInput[] {
  const ids = new Set(statementIds);
  return ds.checks.filter((c) => !c.consistent && (ids.has(c.result) || c.inputs.some((i) => ids.has(i))));
}

function checkText(ds: Pick<SourceDs, "statementById" | "sourceByFile">, c: CheckInput, lang: Lang): string {
  const name = (id: string): string => {
    const s = ds.statementById.get(id);
    if (!s) return id;
    const f = s.figure;
    return SOURCE_MSG.checkPart(f.field, f.period, String(f.value), f.line)[lang];
  };
  const note = { en: c.note ?? "", zh: c.note_zh ?? c.note ?? "" };
  return SOURCE_MSG.checkFailed(CHECK_KIND_LABELS[c.kind], c.inputs.map(name), name(c.result), note)[lang];
}

/** The verdict on a group: one statement, several agreeing, or a conflict with its rule. */
function summary(g: StatementGroup, lang: Lang): string {
  const n = g.statements.length;
  if (g.conflict || g.disagrees) {
    if (!g.conflict) return SOURCE_MSG.conflictByOrder(n)[lang];
    const reason = { en: g.conflict.reason, zh: g.conflict.reason_zh ?? g.conflict.reason };
    return SOURCE_MSG.conflictByRule(n, g.conflict.rule, RULE_LABELS[g.conflict.rule], reason)[lang];
  }
  if (n === 1) return SOURCE_MSG.oneStatement[lang];
  return SOURCE_MSG.statementsAgree(n)[lang];
}

/** The contested readings a group's statements belong to: `CONTESTED READINGS (topic): reason`. */
function contestText(ds: Pick<SourceDs, "readingsByStatement">, g: StatementGroup, lang: Lang): string {
  const contests = new Set(g.statements.flatMap((s) => (ds.readingsByStatement.get(s.id) ?? []).map((t) => t.contest)));
  return [...contests]
    .map((c) => SOURCE_MSG.contested({ en: c.topic_en, zh: c.topic_zh }, { en: c.reason_en, zh: c.reason_zh })[lang])
    .join(" ");
}

/** The whole SOURCE text for one figure. */
export function sourceTextOf(ds: SourceDs, g: StatementGroup, lang: Lang): string {
  const e = ds.entityById.get(g.entity);
  const seg = g.segment ? ds.segmentById.get(g.segment) : undefined;
  const fieldZh = ds.fieldById.get(g.field)?.name_zh;
  const entity = { en: e?.name_en ?? g.entity, zh: e?.name_zh ?? g.entity };
  const segment = g.segment ? { en: seg?.name_en ?? g.segment, zh: seg?.name_zh ?? g.segment } : undefined;
  const head = SOURCE_MSG.figureHead(entity, g.field, fieldZh, g.period, segment)[lang];
  const parts = g.statements.map((s, i) => statementText(s, i + 1, lang, ds));
  const contest = contestText(ds, g, lang);
  const checks = failedChecksFor(
    ds,
    g.statements.map((s) => s.id),
  ).map((c) => checkText(ds, c, lang));
  const extra = [contest, ...checks].filter((x) => x !== "");
  const verdict = summary(g, lang);
  // Reasons end with their own full stop; add one only where the verdict has none.
  const sep = lang === "zh" ? (/[。！？]$/.test(verdict) ? "" : "。") : /[.!?]$/.test(verdict) ? " " : ". ";
  return `${head}${lang === "zh" ? "：" : ": "}${verdict}${sep}${extra.length ? `${extra.join(" | ")}${lang === "zh" ? "" : " "}` : ""}${parts.join(" | ")}`;
}

/**
 * SOURCE of an LTM: derived on request and stored nowhere; the recipe, the result in 亿 of its
 * currency, and each part cited in full (its statements, conflicts and rule).
 */
export function ltmSourceText(ds: SourceDs, ltm: LtmFigure, lang: Lang): string {
  const g = ltm.annual;
  const e = ds.entityById.get(g.entity);
  const seg = g.segment ? ds.segmentById.get(g.segment) : undefined;
  const value = `${shiftDecimal(ltm.base, -8)} ${ltm.unit.currency && ltm.unit.currency !== "CNY" ? `亿 ${ltm.unit.currency}` : "亿元"}`;
  const parts = [ltm.annual, ltm.interim, ltm.priorInterim].map((p, i) => `(${i + 1}) ${periodLabel(p.period, lang)} — ${sourceTextOf(ds, p, lang)}`);
  const entity = { en: e?.name_en ?? g.entity, zh: e?.name_zh ?? g.entity };
  const segment = seg ? { en: seg.name_en, zh: seg.name_zh } : undefined;
  const period = { en: periodLabel(ltm.id, "en"), zh: periodLabel(ltm.id, "zh") };
  return SOURCE_MSG.ltm(entity, g.field, period, segment, ltm.recipe, value, parts)[lang];
}
