/**
 * Reading headers and row labels: which column is the company code, the name, the field, the
 * unit, the period, the value; a row label's field (through the dataset's field names and
 * aliases, so 营业收入, Revenue, sales and 營業收入 all find revenue); a unit written in a label
 * ("营业收入(万元)", "Revenue (RMB mn)").
 */
import { resolveField } from "../dataset/resolve";
import type { Dataset } from "../dataset/types";
import { closestMatches, compactKey, type NameCandidate } from "../text";
import { readUnit, type UnitReading } from "./spellings";
import type { ColumnRole } from "./types";

/** Column header words (compacted) → role. */
const ROLE_WORDS: ReadonlyArray<[ColumnRole["role"], readonly string[]]> = [
  ["code", ["code", "ticker", "symbol", "stockcode", "seccode", "代码", "证券代码", "股票代码", "公司代码"]],
  ["name", ["company", "companyname", "name", "entity", "issuer", "名称", "简称", "证券简称", "股票简称", "公司", "公司名称", "公司简称", "企业名称"]],
  ["field", ["field", "item", "lineitem", "metric", "indicator", "account", "variable", "指标", "指标名称", "项目", "科目", "报表项目", "字段", "财务指标"]],
  ["unit", ["unit", "units", "单位", "计量单位", "币种单位"]],
  ["segment", ["segment", "分部", "业务分部", "板块", "业务"]],
  ["basis", ["basis", "type", "actualforecast", "数据性质", "性质"]],
  ["period", ["period", "date", "fiscalperiod", "reportperiod", "fy", "year", "期间", "报告期", "日期", "截止日期", "年度", "会计期间"]],
  ["value", ["value", "amount", "figure", "number", "val", "数值", "值", "金额", "数据"]],
];

const ROLE_BY_WORD = new Map<string, ColumnRole["role"]>(ROLE_WORDS.flatMap(([role, words]) => words.map((w) => [w, role] as [string, ColumnRole["role"]])));

/** The role a header word names, if it is one of ours. */
export function roleOfHeader(text: string): ColumnRole["role"] | undefined {
  return ROLE_BY_WORD.get(compactKey(text));
}

/** The pseudo-field for the lines of the cash-flow supplement that add up to D&A. */
export const DA_PART = "@da_part";

/**
 * Lines of the cash-flow statement's supplement (补充资料) whose sum is D&A. Terminals export
 * them separately; the import adds them when no D&A row is given (docs/import.md).
 */
const DA_PART_LABELS = [
  "固定资产折旧、油气资产折耗、生产性生物资产折旧",
  "固定资产折旧油气资产折耗生产性生物资产折旧",
  "固定资产折旧",
  "无形资产摊销",
  "长期待摊费用摊销",
  "使用权资产折旧",
  "使用权资产摊销",
  "投资性房地产折旧",
  "depreciation of fixed assets",
  "depreciation of property, plant and equipment",
  "amortization of intangible assets",
  "amortisation of intangible assets",
  "amortization of long-term prepaid expenses",
  "depreciation of right-of-use assets",
].map(compactKey);

/** Numbering and qualifiers statement lines carry: "一、营业总收入", "其中：营业收入", "加：", "1.", "(1)". */
const LABEL_PREFIX = /^\s*(?:[一二三四五六七八九十]+[、.．]|\(?[0-9]+[).．、]|[（(][一二三四五六七八九十0-9]+[)）]|其中[:：]|加[:：]|减[:：]|\*+)\s*/u;

export interface LabelReading {
  /** The label without its unit and numbering. */
  readonly name: string;
  /** A unit written in the label ("(万元)"). */
  readonly unit?: UnitReading;
  /** Text in parentheses that is not a unit (kept for messages). */
  readonly rawUnit?: string;
}

/** "营业收入(万元)" → name 营业收入, unit 万元; "Revenue, RMB mn" → Revenue, 百万元. */
export function readLabel(raw: string): LabelReading {
  let s = raw.normalize("NFKC").trim();
  for (let i = 0; i < 3; i++) {
    const next = s.replace(LABEL_PREFIX, "");
    if (next === s) break;
    s = next;
  }
  const paren = /^(.*?)\s*[([【]\s*([^()[\]【】]+?)\s*[)\]】]\s*$/.exec(s);
  if (paren && paren[1]!.trim() !== "") {
    const unit = readUnit(paren[2]!.replace(/^(单位|unit)[:：]?\s*/i, ""));
    if (unit) return { name: paren[1]!.trim(), unit };
    return { name: s, rawUnit: paren[2]! };
  }
  const comma = /^(.*?)\s*[,，;；]\s*([^,，;；]+)$/.exec(s);
  if (comma && comma[1]!.trim() !== "") {
    const unit = readUnit(comma[2]);
    if (unit) return { name: comma[1]!.trim(), unit };
  }
  return { name: s };
}

/** The field a label names (catalogue names and aliases, growth forms), the D&A-part marker, or null. */
export function fieldOfLabel(ds: Dataset, raw: string): string | null {
  const { name } = readLabel(raw);
  if (name === "") return null;
  const key = compactKey(name);
  // A catalogue field wins (使用权资产摊销 is one); the supplement lines that are not fields add up to D&A.
  const hit = resolveField(ds, name);
  if (hit.ok) return hit.value.id;
  return DA_PART_LABELS.includes(key) ? DA_PART : null;
}

/** Closest field ids for an unknown label (for the message). */
export function closestFields(ds: Dataset, raw: string): string[] {
  function* candidates(): Iterable<NameCandidate<string>> {
    for (const [name, ids] of ds.fieldKeys) for (const id of ids) if (!id.endsWith("_yoy")) yield { name, item: id };
  }
  return [...new Set(closestMatches(readLabel(raw).name || raw, candidates()))];
}
