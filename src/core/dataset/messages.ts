/**
 * Every message the dataset functions (DATA, SERIES, SOURCE, COMPANIES, FIELDS) show, in
 * English and Chinese. Messages name what the user typed, what is closest, and what exists,
 * then say what to do (an imperative sentence; 请… in Chinese), so the next formula can be right.
 */
import type { Localized } from "../errors";
import type { Frequency } from "../periods";
import type { EntityRecord, FieldRecord, SegmentRecord } from "./types";
import { clip } from "../text";

/** Argument names as the function help shows them. */
export type ArgName = "company" | "field" | "period" | "unit" | "segment" | "frequency";

const ARG_ZH: Record<ArgName, string> = { company: "公司", field: "字段", period: "期间", unit: "单位", segment: "分部", frequency: "频率" };

/** What to type for a required argument that is blank or of the wrong type. */
const REQUIRED_HINT: Record<ArgName, Localized> = {
  company: { en: "Type a company id, ticker or name; COMPANIES() lists them.", zh: "请输入公司 ID、股票代码或名称；COMPANIES() 列出全部公司。" },
  field: { en: "Type a field id such as revenue or capex; FIELDS(company) lists them.", zh: "请输入字段 ID，如 revenue 或 capex；FIELDS(公司) 列出全部字段。" },
  period: { en: "Type a period such as 2024, 2025H1, 1H25, 2025中报 or LTM, or leave it empty for the latest.", zh: "请输入期间，如 2024、2025H1、1H25、2025中报 或 LTM，或留空以取最新一期。" },
  unit: { en: "Type a unit such as 亿 or 万, or leave it empty for 亿.", zh: "请输入单位，如 亿 或 万，或留空（默认为亿）。" },
  segment: { en: "Type a segment name, or leave it empty for the whole company.", zh: "请输入分部名称，或留空以取公司整体数据。" },
  frequency: { en: "Type annual, half-year, quarter, LTM or all, or leave it empty for the default.", zh: "请输入 annual、half-year、quarter、LTM 或 all，或留空以取默认频率。" },
};


/** The frequency argument's values as the messages and the function help name them. */
export const FREQUENCY_LABELS: Readonly<Record<Frequency, Localized>> = {
  annual: { en: "annual", zh: "年度" },
  half: { en: "half-year", zh: "半年度" },
  quarter: { en: "quarter", zh: "单季度" },
  nine_months: { en: "nine months (Q1–Q3)", zh: "前三季度累计" },
  month: { en: "month", zh: "月度" },
  ltm: { en: "LTM (last twelve months)", zh: "近十二个月（LTM）" },
  all: { en: "all (mixed, each id says what it is)", zh: "全部（混合，期间 ID 标明类型）" },
};

const list = (items: readonly string[], sep: string): string => items.join(sep);

export function entityName(e: EntityRecord): Localized {
  const tag = e.ticker ?? e.id;
  return { en: `${e.name_en} (${tag})`, zh: `${e.name_zh}（${tag}）` };
}

export function fieldName(f: FieldRecord): Localized {
  return { en: f.id, zh: `${f.id}（${f.name_zh}）` };
}

export function segmentName(s: SegmentRecord): Localized {
  return { en: `${s.id} (${s.name_en})`, zh: `${s.id}（${s.name_zh}）` };
}

const names = (items: readonly Localized[]): Localized => ({
  en: list(items.map((i) => i.en), ", "),
  zh: list(items.map((i) => i.zh), "、"),
});

export const DATASET_MSG = {
  required: (arg: ArgName): Localized => ({
    en: `The ${arg} argument is required. ${REQUIRED_HINT[arg].en}`,
    zh: `缺少参数“${ARG_ZH[arg]}”。${REQUIRED_HINT[arg].zh}`,
  }),
  wrongType: (arg: ArgName, got: string): Localized => ({
    en: `The ${arg} argument must be text or a number, not ${got}. ${REQUIRED_HINT[arg].en}`,
    zh: `参数“${ARG_ZH[arg]}”应为文本或数字，而不是${got === "a boolean" ? "逻辑值" : got}。${REQUIRED_HINT[arg].zh}`,
  }),
  unknownCompany: (typed: string, closest: readonly EntityRecord[]): Localized => {
    const c = names(closest.map(entityName));
    return {
      en: `No company "${clip(typed)}". Closest: ${c.en}. Check the spelling, or use COMPANIES() to list every company.`,
      zh: `找不到公司“${clip(typed)}”。最接近的是：${c.zh}。请检查拼写，或用 COMPANIES() 列出全部公司。`,
    };
  },
  unknownField: (typed: string, closest: readonly FieldRecord[]): Localized => {
    const c = names(closest.map(fieldName));
    return {
      en: `No field "${clip(typed)}". Closest: ${c.en}. Check the spelling, or use FIELDS(company) to list a company's fields.`,
      zh: `找不到字段“${clip(typed)}”。最接近的是：${c.zh}。请检查拼写，或用 FIELDS(公司) 列出该公司的字段。`,
    };
  },
  noFieldData: (entity: EntityRecord, field: FieldRecord, closest: readonly FieldRecord[]): Localized => {
    const e = entityName(entity);
    const c = names(closest.map(fieldName));
    const tail: Localized =
      closest.length > 0
        ? {
            en: ` Closest fields it has: ${c.en}. Use one of them; FIELDS("${entity.id}") lists them all.`,
            zh: `它有的最接近字段：${c.zh}。请改用其中之一；FIELDS("${entity.id}") 列出全部。`,
          }
        : { en: " It has no figures at all. Pick another company; COMPANIES() lists them.", zh: "该公司没有任何数据。请改选其他公司；COMPANIES() 列出全部公司。" };
    return {
      en: `${e.en} has no ${field.id} figures.${tail.en}`,
      zh: `${e.zh}没有${fieldName(field).zh}的数据。${tail.zh}`,
    };
  },
  unknownSegment: (typed: string, closest: readonly SegmentRecord[]): Localized => {
    const c = names(closest.map(segmentName));
    return {
      en: `No segment "${clip(typed)}". Closest: ${c.en}. Check the spelling, or leave segment empty for the whole company.`,
      zh: `找不到分部“${clip(typed)}”。最接近的是：${c.zh}。请检查拼写，或将“分部”留空以取公司整体数据。`,
    };
  },
  noSegmentData: (entity: EntityRecord, field: FieldRecord, segment: SegmentRecord, available: readonly SegmentRecord[]): Localized => {
    const e = entityName(entity);
    const s = segmentName(segment);
    const a = names(available.map(segmentName));
    return available.length > 0
      ? {
          en: `${e.en} has no ${field.id} figures for segment ${s.en}. Segments with ${field.id}: ${a.en}. Use one of those segments.`,
          zh: `${e.zh}没有分部${s.zh}的${fieldName(field).zh}数据。有该字段的分部：${a.zh}。请改用其中之一。`,
        }
      : {
          en: `${e.en} has no ${field.id} figures for segment ${s.en}; it has ${field.id} only for the whole company. Leave segment empty.`,
          zh: `${e.zh}没有分部${s.zh}的${fieldName(field).zh}数据；该字段只有公司整体的数据。请将“分部”留空。`,
        };
  },
  wholeEntityMissing: (entity: EntityRecord, field: FieldRecord, available: readonly SegmentRecord[]): Localized => {
    const e = entityName(entity);
    const a = names(available.map(segmentName));
    return {
      en: `${e.en} has ${field.id} figures only by segment: ${a.en}. Give the segment argument.`,
      zh: `${e.zh}的${fieldName(field).zh}只有分部数据：${a.zh}。请填写“分部”参数。`,
    };
  },
  /** The parser's refusal (what was typed, nearest spellings, what is accepted) and what this series has. */
  notAPeriod: (parsed: Localized, available: readonly string[]): Localized => ({
    en: `${parsed.en} Available here: ${available.join(", ")}; or leave period empty for the latest.`,
    zh: `${parsed.zh}此处可用期间：${available.join("、")}；或将“期间”留空以取最新一期。`,
  }),
  noForecast: (entity: EntityRecord, field: FieldRecord, period: string, available: readonly string[]): Localized => {
    const e = entityName(entity);
    return {
      en: `${e.en} has no forecast of ${field.id} for ${period}: the ${period} figure is reported. Write ${period} without E. Available: ${available.join(", ")}.`,
      zh: `${e.zh}没有 ${period} ${fieldName(field).zh}的预测值：${period} 为已披露数据。请去掉 E，写 ${period}。可用期间：${available.join("、")}。`,
    };
  },
  noFiscalYear: (entity: EntityRecord, typed: string, latest: string | undefined): Localized => {
    const e = entityName(entity);
    return latest
      ? { en: `"${clip(typed)}" counts from ${e.en}'s latest reported fiscal year, ${latest}.`, zh: `“${clip(typed)}”从${e.zh}最近一个已披露的会计年度 ${latest} 起算。` }
      : { en: `${e.en} reports no fiscal year, so "${clip(typed)}" has nothing to count from.`, zh: `${e.zh}没有任何年度数据，“${clip(typed)}”无从起算。` };
  },
  ltmUnavailable: (entity: EntityRecord, why: Localized, available: readonly string[]): Localized => {
    const e = entityName(entity);
    return {
      en: `${e.en}: ${why.en} Available: ${available.join(", ")}.`,
      zh: `${e.zh}：${why.zh}可用期间：${available.join("、")}。`,
    };
  },
  noPeriod: (entity: EntityRecord, field: FieldRecord, period: string, available: readonly string[], why?: Localized): Localized => {
    const e = entityName(entity);
    return {
      en: `${e.en} has no ${field.id} figure for ${period}.${why ? ` ${why.en}` : ""} Available: ${available.join(", ")}. Use one of those, or leave period empty for the latest.`,
      zh: `${e.zh}没有 ${period} 的${fieldName(field).zh}数据。${why?.zh ?? ""}可用期间：${available.join("、")}。请改用其中之一，或将“期间”留空以取最新一期。`,
    };
  },
  unitNotMoney: (typed: string, field: FieldRecord, kind: string): Localized => {
    const what: Localized =
      kind === "percent"
        ? { en: "a percentage (returned as a decimal, 0.0912 for 9.12%)", zh: "百分比（以小数返回，9.12% 返回 0.0912）" }
        : kind === "count"
          ? { en: "a count (returned as a plain number)", zh: "计数（以普通数字返回）" }
          : { en: `a ${kind} figure (returned as stated)`, zh: "非金额数据（按原值返回）" };
    return {
      en: `The unit argument "${clip(typed)}" applies to money only; ${field.id} is ${what.en}. Leave unit empty.`,
      zh: `单位参数“${clip(typed)}”只适用于金额；${fieldName(field).zh}是${what.zh}。请留空单位参数。`,
    };
  },
  noFrequency: (entity: EntityRecord, field: FieldRecord, frequency: string, available: readonly string[]): Localized => {
    const e = entityName(entity);
    return {
      en: `${e.en} has no ${frequency} ${field.id} figures. Periods it has: ${available.join(", ")}. Pick another frequency (annual, half-year, quarter, LTM, all) or leave it empty.`,
      zh: `${e.zh}没有频率为 ${frequency} 的${fieldName(field).zh}数据。已有期间：${available.join("、")}。请改用其他频率（annual、half-year、quarter、LTM、all）或留空。`,
    };
  },
  wrongCurrency: (typed: string, field: FieldRecord, asked: string, has: string): Localized => ({
    en: `The unit "${clip(typed)}" is in ${asked}, but ${field.id} is stated in ${has}; CapCycle does not convert currencies. Write the scale alone (亿, m, bn).`,
    zh: `单位“${clip(typed)}”为 ${asked}，而${fieldName(field).zh}以 ${has} 表述；CapCycle 不做币种换算。请只写数量级（亿、m、bn）。`,
  }),
  unknownFrequency: (typed: string): Localized => ({
    en: `Unknown frequency "${clip(typed)}". Use annual, half-year, quarter, LTM or all (also 9M, month), or leave it empty for the default.`,
    zh: `无法识别的频率“${clip(typed)}”。请使用 annual（年度）、half-year（半年度）、quarter（单季度）、LTM（近十二个月）或 all（全部），也可用 9M、month；留空则取默认频率。`,
  }),
  unitIsPercent: (typed: string): Localized => ({
    en: `The unit argument "${clip(typed)}" is a percentage; DATA and SERIES return rates as decimals and take a unit for money only (亿/100m, 万/10k, 百万/m, 十亿/bn, 元/1). Leave unit empty.`,
    zh: `单位参数“${clip(typed)}”是百分比；DATA 和 SERIES 以小数返回比率，单位参数只适用于金额（亿/100m、万/10k、百万/m、十亿/bn、元/1）。请留空单位参数。`,
  }),
  // ---- LTM (ltm.ts, lookup.ts): the recipe is built by ltmRecipe from period labels
  notLtm: (id: string): Localized => ({ en: `${id} is not an LTM period.`, zh: `${id} 不是 LTM 期间。` }),
  ltmFlowsOnly: (recipe: Localized, field: FieldRecord): Localized => ({
    en: `LTM is derived for money flows only (${recipe.en}); ${field.id} is ${field.stock ? "a balance: read it at the closing date" : "a rate or ratio: compute it from the LTM figures it is made of"}.`,
    zh: `LTM 只对金额类流量数据推算（${recipe.zh}）；${field.id}（${field.name_zh}）是${field.stock ? "时点余额：请按截止日读取" : "比率：请用其组成项的 LTM 数值计算"}。`,
  }),
  ltmPartsMissing: (ltm: Localized, recipe: Localized, field: FieldRecord, missing: Localized): Localized => ({
    en: `${ltm.en} needs ${recipe.en}; the statements have no ${field.id} for ${missing.en}.`,
    zh: `${ltm.zh}需要 ${recipe.zh}；原文没有${missing.zh}的${field.name_zh}数据。`,
  }),
  ltmCurrencies: (id: string): Localized => ({ en: `${id}: the parts are in different currencies; no LTM is derived.`, zh: `${id}：各组成项币种不同，不推算 LTM。` }),
  noFigures: { en: "No figures.", zh: "没有数据。" } as Localized,
  noLtmBase: { en: "There is no fiscal year or interim period to take the last twelve months from.", zh: "没有可用于计算近十二个月的年度或中期数据。" } as Localized,
  ltmIsDerived: (period: string, recipe: Localized): Localized => ({
    en: `${period} is derived (${recipe.en}), not a stored figure. SOURCE cites its parts.`,
    zh: `${period} 为推算值（${recipe.zh}），并非存储的数据。SOURCE 列出其组成项的来源。`,
  }),
  // ---- The cycle phase under each reading (readings.ts), one line per reading:
  // "Contraction — H1 2024 1.02 (line 21, derived) → H1 2025 0.78 (line 21) [reading, primary reading; source]"
  phasePoint: (ratio: string, lines: readonly number[], derived: boolean): Localized => ({
    en: `${ratio} (line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}${derived ? ", derived" : ""})`,
    zh: `${ratio}（第 ${lines.join("、")} 行${derived ? "，推算" : ""}）`,
  }),
  phaseGrowth: (field: Localized, value: string, line: number): Localized => ({
    en: `${field.en} ${value} (line ${line})`,
    zh: `${field.zh} ${value}（第 ${line} 行）`,
  }),
  /** `before` and `now` are "period ratio (lines)" in the language of the line; `growths` and `files` too. */
  phaseReading: (
    phase: Localized,
    before: string,
    now: string,
    growths: readonly string[],
    reading: { readonly label: Localized; readonly primary: boolean } | undefined,
    files: readonly string[],
  ): Localized => ({
    en: `${phase.en} — ${before} → ${now}${growths.length ? `, with ${growths.join(", ")}` : ""} [${[...(reading ? [`${reading.label.en}${reading.primary ? ", primary reading" : ", not the primary reading"}`] : []), ...files].join("; ")}]`,
    zh: `${phase.zh}——${before} → ${now}${growths.length ? `，同期${growths.join("、")}` : ""}［${[...(reading ? [`${reading.label.zh}${reading.primary ? "，主口径" : "，非主口径"}`] : []), ...files].join("；")}］`,
  }),
  phaseReadings: (lines: readonly string[]): Localized => ({ en: lines.join("; "), zh: lines.join("；") }),
  phaseContested: (lines: readonly string[]): Localized => ({ en: `Contested: ${lines.join("; ")}`, zh: `有争议：${lines.join("；")}` }),
  // ---- COMPANIES, FIELDS and the lookup's own failure (functions.ts)
  internal: (detail: string): Localized => ({
    en: `Internal error in the dataset lookup: ${detail}. Recalculate (Ctrl+Alt+F9); if it persists, reload the add-in.`,
    zh: `数据查询内部错误：${detail}。请重新计算（Ctrl+Alt+F9）；若仍出现，请重新加载加载项。`,
  }),
  noCompanies: { en: "The dataset has no companies. Reload the add-in.", zh: "数据集中没有公司。请重新加载加载项。" } as Localized,
  companyHasNoFigures: (entity: EntityRecord): Localized => {
    const name = entityName(entity);
    return {
      en: `${name.en} has no figures. Pick another company; COMPANIES() lists them.`,
      zh: `${name.zh}没有任何数据。请改选其他公司；COMPANIES() 列出全部公司。`,
    };
  },
};
