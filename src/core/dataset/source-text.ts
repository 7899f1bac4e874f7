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
import { BASIS_LABELS, CHECK_KIND_LABELS, QUALIFIER_LABELS, RULE_LABELS } from "./source-messages";
import type { CheckInput, Dataset, Statement, StatementGroup } from "./types";

type SourceDs = Pick<Dataset, "entityById" | "segmentById" | "fieldById" | "sourceByFile" | "readingsByStatement" | "checks" | "statementById">;

/** One statement: `[2] 《标题》（日期），第 40 行：“约115亿元” = 115 亿元（约；预测）`. */
export function statementText(s: Statement, n: number, lang: Lang, ds?: Pick<SourceDs, "sourceByFile" | "readingsByStatement">): string {
  const f = s.figure;
  const tags: string[] = [];
  if (f.qualifier) tags.push(pick(QUALIFIER_LABELS[f.qualifier], lang));
  if (f.basis && f.basis !== "actual") tags.push(pick(BASIS_LABELS[f.basis]!, lang));
  if (s.unit.currency && s.unit.currency !== "CNY") tags.push(lang === "zh" ? `币种 ${s.unit.currency}，未换算` : `currency ${s.unit.currency}, not converted`);
  if (f.derived)
    tags.push(
      lang === "zh"
        ? `推算：${f.derived.method_zh ?? f.derived.method}，依据 ${f.derived.from.join("、")}`
        : `DERIVED: ${f.derived.method}, from ${f.derived.from.join(", ")}`,
    );
  for (const t of ds?.readingsByStatement.get(s.id) ?? [])
    tags.push(
      lang === "zh"
        ? `口径：${t.reading.label_zh}${t.primary ? "（主口径）" : "（非主口径，有争议）"}`
        : `reading: ${t.reading.label_en}${t.primary ? " (primary reading)" : " (contested, not the primary reading)"}`,
    );
  if (f.note) tags.push(lang === "zh" ? `注：${f.note_zh ?? f.note}` : `note: ${f.note}`);
  const mark = s.primary ? (lang === "zh" ? "采用值 " : "PRIMARY ") : "";
  const where = ds ? citation(ds, s, lang) : lang === "zh" ? `${f.file} 第 ${f.line} 行：“${f.printed}”` : `${f.file} line ${f.line}: "${f.printed}"`;
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
    return lang === "zh" ? `${f.field} ${f.period} ${f.value}（第 ${f.line} 行）` : `${f.field} ${f.period} ${f.value} (line ${f.line})`;
  };
  const inputs = c.inputs.map(name).join(lang === "zh" ? "、" : ", ");
  const note = lang === "zh" ? (c.note_zh ?? c.note) : c.note;
  return lang === "zh"
    ? `交叉核对未通过（${CHECK_KIND_LABELS[c.kind].zh}）：${inputs} → ${name(c.result)}${note ? `：${note}` : ""}`
    : `FAILED CROSS-CHECK (${CHECK_KIND_LABELS[c.kind].en}): ${inputs} → ${name(c.result)}${note ? `: ${note}` : ""}`;
}

/** The verdict on a group: one statement, several agreeing, or a conflict with its rule. */
function summary(g: StatementGroup, lang: Lang): string {
  const n = g.statements.length;
  if (g.conflict || g.disagrees) {
    if (!g.conflict)
      return lang === "zh"
        ? `冲突：${n} 条表述不一致；未记录采用值，按规则顺序选定`
        : `CONFLICT: ${n} statements disagree; no primary recorded, primary by rule order`;
    const rule = RULE_LABELS[g.conflict.rule];
    return lang === "zh"
      ? `冲突：${n} 条表述不一致；按规则“${rule.zh}”（${g.conflict.rule}）选定采用值：${g.conflict.reason_zh ?? g.conflict.reason}`
      : `CONFLICT: ${n} statements disagree; primary by rule ${g.conflict.rule} (${rule.en}): ${g.conflict.reason}`;
  }
  if (n === 1) return lang === "zh" ? "1 条表述" : "1 statement";
  return lang === "zh"
    ? `${n} 条表述一致；采用值按规则顺序（确数、精度、原文、最早）选定`
    : `${n} statements agree; primary by rule order (unhedged, most precise, stated, earliest)`;
}

/** The contested readings a group's statements belong to: `CONTESTED READINGS (topic): reason`. */
function contestText(ds: Pick<SourceDs, "readingsByStatement">, g: StatementGroup, lang: Lang): string {
  const contests = new Set(g.statements.flatMap((s) => (ds.readingsByStatement.get(s.id) ?? []).map((t) => t.contest)));
  return [...contests]
    .map((c) => (lang === "zh" ? `口径有争议（${c.topic_zh}）：${c.reason_zh}` : `CONTESTED READINGS (${c.topic_en}): ${c.reason_en}`))
    .join(" ");
}

/** The whole SOURCE text for one figure. */
export function sourceTextOf(ds: SourceDs, g: StatementGroup, lang: Lang): string {
  const e = ds.entityById.get(g.entity);
  const seg = g.segment ? ds.segmentById.get(g.segment) : undefined;
  const fieldZh = ds.fieldById.get(g.field)?.name_zh;
  const head =
    lang === "zh"
      ? `${e?.name_zh ?? g.entity} ${g.field}${fieldZh ? `（${fieldZh}）` : ""} ${g.period}${g.segment ? ` 分部 ${seg?.name_zh ?? g.segment}` : ""}`
      : `${e?.name_en ?? g.entity} ${g.field} ${g.period}${g.segment ? ` segment ${seg?.name_en ?? g.segment}` : ""}`;
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
  if (lang === "zh")
    return `${e?.name_zh ?? g.entity} ${g.field} ${periodLabel(ltm.id, "zh")}${seg ? ` 分部 ${seg.name_zh}` : ""}：推算值（按需计算，不存储）：${ltm.recipe.zh} = ${value}。组成项：${parts.join(" || ")}`;
  return `${e?.name_en ?? g.entity} ${g.field} ${periodLabel(ltm.id, "en")}${seg ? ` segment ${seg.name_en}` : ""}: DERIVED on request, stored nowhere: ${ltm.recipe.en} = ${value}. Parts: ${parts.join(" || ")}`;
}
