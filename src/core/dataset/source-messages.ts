/**
 * The words of SOURCE's text (source-text.ts), in both languages: apart from the dataset's
 * catalogue (messages.ts) because the pane's Sources view and the template's sources table read
 * them too, and need no more than these.
 */
import type { Localized } from "../errors";
import type { Qualifier } from "./schema";
import type { CheckInput, ConflictInput } from "./types";

type PrimaryRule = ConflictInput["rule"];

/** The rule that chose the primary among statements that disagree. */
export const RULE_LABELS: Readonly<Record<PrimaryRule, Localized>> = {
  primary_reading: { en: "primary reading", zh: "主口径优先" },
  dated_over_inferred: { en: "dated over inferred period", zh: "注明期间优先于推定期间" },
  exact_over_hedged: { en: "exact over hedged", zh: "确数优先于约数" },
  precise_over_rounded: { en: "precise over rounded", zh: "精确值优先于取整值" },
  stated_over_derived: { en: "stated over derived", zh: "原文数据优先于推算" },
  dedicated_article: { en: "dedicated article", zh: "专题文章优先" },
  financial_statement_context: { en: "financial-statement context", zh: "财报语境优先" },
  first_statement: { en: "first statement", zh: "最早表述优先" },
};

/** Hedges of a stated figure ("about 115 亿"). */
export const QUALIFIER_LABELS: Readonly<Record<Qualifier, Localized>> = {
  more_than: { en: "more than", zh: "超过" },
  at_least: { en: "at least", zh: "至少" },
  nearly: { en: "nearly", zh: "近" },
  about: { en: "about", zh: "约" },
  under: { en: "under", zh: "不足" },
  at_most: { en: "at most", zh: "至多" },
};

/** What a figure is when it is not an actual. */
export const BASIS_LABELS: Readonly<Record<string, Localized>> = {
  forecast: { en: "forecast", zh: "预测" },
  target: { en: "target", zh: "目标" },
  estimate: { en: "estimate", zh: "估计" },
};

/** The arithmetic a cross-check tested. */
export const CHECK_KIND_LABELS: Readonly<Record<CheckInput["kind"], Localized>> = {
  sum: { en: "sum", zh: "加总" },
  ratio: { en: "ratio", zh: "比率" },
  growth: { en: "growth", zh: "增速" },
  difference: { en: "difference", zh: "差额" },
};

/**
 * The sentences of SOURCE's text (source-text.ts, citation.ts). English keeps the capitals that
 * make a flag stand out in one line of text (PRIMARY, CONFLICT, DERIVED).
 */
export const SOURCE_MSG = {
  notConverted: (currency: string): Localized => ({ en: `currency ${currency}, not converted`, zh: `币种 ${currency}，未换算` }),
  /** A derived figure: how, and from what (figure ids, or an imported D&A's cells named in each language). */
  derived: (method: Localized, from: { readonly en: readonly string[]; readonly zh: readonly string[] }): Localized => ({
    en: `DERIVED: ${method.en}, from ${from.en.join(", ")}`,
    zh: `推算：${method.zh}，依据 ${from.zh.join("、")}`,
  }),
  reading: (label: Localized, primary: boolean): Localized => ({
    en: `reading: ${label.en}${primary ? " (primary reading)" : " (contested, not the primary reading)"}`,
    zh: `口径：${label.zh}${primary ? "（主口径）" : "（非主口径，有争议）"}`,
  }),
  note: (note: Localized): Localized => ({ en: `note: ${note.en}`, zh: `注：${note.zh}` }),
  /** Where a source record has no title: the label is ours, and says so. */
  ourLabel: { en: "our label", zh: "本项目所拟标题" } as Localized,
  undated: { en: "undated", zh: "未注明日期" } as Localized,
  /**
   * An imported figure's note (import/to-seed.ts): where it came from, and its disagreement with
   * a bundled figure. Here, not in the import catalogue: it is read whenever a workbook with
   * imported data opens, long before (or without) the Import view. `conflict` is a sentence of
   * importedConflict, or the one string an older stored part holds (shown as stored).
   */
  importedNote: (cite: Localized, conflict: Localized | undefined): Localized => ({
    en: `imported from ${cite.en}${conflict ? `; CONFLICT: ${conflict.en}` : ""}`,
    zh: `导入自 ${cite.zh}${conflict ? `；冲突：${conflict.zh}` : ""}`,
  }),
  /** A cell of an imported CSV (an xlsx cell or range is cited as Sheet1!C14 in both languages). */
  csvCell: (file: string, row: number, column: string): Localized => ({ en: `${file} row ${row}, column ${column}`, zh: `${file} 第 ${row} 行 ${column} 列` }),
  /** The cells an imported D&A was added up from (each already cited in English and in Chinese), as a sum. */
  cellList: (en: readonly string[], zh: readonly string[]): Localized => ({ en: en.join(" + "), zh: zh.join(" + ") }),
  /** A line of an article, without the figure as printed. */
  atLine: (file: string, line: number): Localized => ({ en: `${file} line ${line}`, zh: `${file} 第 ${line} 行` }),
  /**
   * An imported figure that disagrees with the bundled figure of the same company (entity id,
   * field and period as DATA takes them): the bundled statement, and that it stands — an import
   * never replaces a bundled figure.
   */
  importedConflict: (entity: string, field: string, period: string, value: number, unit: string, file: string, line: number): Localized => ({
    en: `differs from bundled ${entity} ${field} ${period}: ${value} ${unit} (${file} line ${line}); bundled figure kept`,
    zh: `与内置数据 ${entity} ${field} ${period}（${value} ${unit}，${file} 第 ${line} 行）不一致；保留内置数据，导入的数据不替换内置数据`,
  }),
  primaryMark: { en: "PRIMARY ", zh: "采用值 " } as Localized,
  /** A statement cited by file and line (no source record to name it by). */
  fileLine: (file: string, line: number, printed: string): Localized => ({ en: `${file} line ${line}: "${printed}"`, zh: `${file} 第 ${line} 行：“${printed}”` }),
  /** A statement cited by its source's name and line (citation.ts). */
  sourceLine: (source: Localized, line: number, printed: string): Localized => ({
    en: `${source.en}, line ${line}: "${printed}"`,
    zh: `${source.zh}，第 ${line} 行：“${printed}”`,
  }),
  /** One statement of a cross-check. */
  checkPart: (field: string, period: string, value: string, line: number): Localized => ({
    en: `${field} ${period} ${value} (line ${line})`,
    zh: `${field} ${period} ${value}（第 ${line} 行）`,
  }),
  checkFailed: (kind: Localized, inputs: readonly string[], result: string, note: Localized): Localized => ({
    en: `FAILED CROSS-CHECK (${kind.en}): ${inputs.join(", ")} → ${result}${note.en ? `: ${note.en}` : ""}`,
    zh: `交叉核对未通过（${kind.zh}）：${inputs.join("、")} → ${result}${note.zh ? `：${note.zh}` : ""}`,
  }),
  conflictByOrder: (n: number): Localized => ({
    en: `CONFLICT: ${n} statements disagree; no primary recorded, primary by rule order`,
    zh: `冲突：${n} 条表述不一致；未记录采用值，按规则顺序选定`,
  }),
  conflictByRule: (n: number, ruleId: string, rule: Localized, reason: Localized): Localized => ({
    en: `CONFLICT: ${n} statements disagree; primary by rule ${ruleId} (${rule.en}): ${reason.en}`,
    zh: `冲突：${n} 条表述不一致；按规则“${rule.zh}”（${ruleId}）选定采用值：${reason.zh}`,
  }),
  oneStatement: { en: "1 statement", zh: "1 条表述" } as Localized,
  statementsAgree: (n: number): Localized => ({
    en: `${n} statements agree; primary by rule order (unhedged, most precise, stated, earliest)`,
    zh: `${n} 条表述一致；采用值按规则顺序（确数、精度、原文、最早）选定`,
  }),
  contested: (topic: Localized, reason: Localized): Localized => ({
    en: `CONTESTED READINGS (${topic.en}): ${reason.en}`,
    zh: `口径有争议（${topic.zh}）：${reason.zh}`,
  }),
  /** The head of SOURCE's text: company, field, period and segment. */
  figureHead: (entity: Localized, field: string, fieldZh: string | undefined, period: string, segment: Localized | undefined): Localized => ({
    en: `${entity.en} ${field} ${period}${segment ? ` segment ${segment.en}` : ""}`,
    zh: `${entity.zh} ${field}${fieldZh ? `（${fieldZh}）` : ""} ${period}${segment ? ` 分部 ${segment.zh}` : ""}`,
  }),
  /** SOURCE of an LTM: derived on request, its recipe and value, then its parts. */
  ltm: (entity: Localized, field: string, period: Localized, segment: Localized | undefined, recipe: Localized, value: string, parts: readonly string[]): Localized => ({
    en: `${entity.en} ${field} ${period.en}${segment ? ` segment ${segment.en}` : ""}: DERIVED on request, stored nowhere: ${recipe.en} = ${value}. Parts: ${parts.join(" || ")}`,
    zh: `${entity.zh} ${field} ${period.zh}${segment ? ` 分部 ${segment.zh}` : ""}：推算值（按需计算，不存储）：${recipe.zh} = ${value}。组成项：${parts.join(" || ")}`,
  }),
};
