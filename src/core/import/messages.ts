/**
 * What the preview says about each cell it will not import, in both languages. Each message
 * names the place (row and column) and what to do.
 */
import type { Localized } from "../errors";
import { MAX_COLUMNS, MAX_ROWS } from "./limits";
import type { Place } from "./types";

const q = (s: string): string => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;
const qe = (s: string): string => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;

export const IMPORT_MSG = {
  unknownField: (p: Place, label: string, closest: readonly string[]): Localized => ({
    en: `${p.text}: ${qe(label)} is not a known field${closest.length ? ` (closest: ${closest.join(", ")})` : ""}; map it to a field in the preview or leave it out.`,
    zh: `${p.text_zh}：${q(label)}不是已知字段${closest.length ? `（最接近：${closest.join("、")}）` : ""}；请在预览中指定对应字段，或不导入此行。`,
  }),
  ignored: (p: Place, label: string): Localized => ({
    en: `${p.text}: ${qe(label)} is set to "do not import".`,
    zh: `${p.text_zh}：${q(label)}已设为“不导入”。`,
  }),
  daPartUnused: (p: Place, da: Place): Localized => ({
    en: `${p.text}: a D&A line not added up, because ${da.text} gives D&A itself.`,
    zh: `${p.text_zh}：折旧摊销分项未合计，因为 ${da.text_zh} 已直接给出折旧摊销。`,
  }),
  textInNumber: (p: Place, text: string): Localized => ({
    en: `${p.text}: ${qe(text)} is text where a number is expected; it is left out.`,
    zh: `${p.text_zh}：${q(text)}是文本，此处应为数字；不予导入。`,
  }),
  formulaText: (p: Place, text: string): Localized => ({
    en: `${p.text}: ${qe(text)} looks like a formula; it is text, never run, and left out.`,
    zh: `${p.text_zh}：${q(text)}形似公式；按文本处理、不会执行，不予导入。`,
  }),
  percentInAmount: (p: Place, text: string, field: string): Localized => ({
    en: `${p.text}: ${qe(text)} is a percentage but ${field} is an amount; give the amount, or map the row to a rate field.`,
    zh: `${p.text_zh}：${q(text)}是百分比，而 ${field} 是金额；请填写金额，或将此行指定为比率类字段。`,
  }),
  bareShare: (p: Place, text: string, field: string): Localized => ({
    en: `${p.text}: ${field} is a percentage but ${qe(text)} carries no % and no unit says so (0.35 could mean 0.35% or 35%); write 35% or give the unit %.`,
    zh: `${p.text_zh}：${field} 是百分比字段，但${q(text)}没有 % 号，也没有单位说明（0.35 可能是 0.35% 或 35%）；请写成 35% 或注明单位 %。`,
  }),
  unitMissing: (p: Place, field: string): Localized => ({
    en: `${p.text}: no unit for ${field} (yuan, 万元, 亿元, CNY m…); add a unit column, a unit in the header such as "营业收入(万元)", or choose a default unit in the preview.`,
    zh: `${p.text_zh}：${field} 缺少单位（元、万元、亿元、百万元…）；请增加单位列、在表头注明单位（如“营业收入（万元）”），或在预览中选择默认单位。`,
  }),
  unitUnknown: (p: Place, unit: string): Localized => ({
    en: `${p.text}: unit ${qe(unit)} is not recognised; use 元, 千元, 万元, 百万元 (CNY m), 亿元, 十亿元 (CNY bn), % or a count unit.`,
    zh: `${p.text_zh}：无法识别单位${q(unit)}；请使用元、千元、万元、百万元、亿元、十亿元、% 或计数单位。`,
  }),
  unitKind: (p: Place, unit: string, field: string, kind: string): Localized => ({
    en: `${p.text}: unit ${unit} does not fit ${field}, which is a ${kind} field.`,
    zh: `${p.text_zh}：单位 ${unit} 与字段 ${field}（${kind} 类）不符。`,
  }),
  periodUnreadable: (p: Place, text: string): Localized => ({
    en: `${p.text}: ${qe(text)} is not a period this import reads (2024, FY2024, 2024年报, 2025中报, 2025H1, 1H25, 2025Q1, 2025三季报, 2024-12-31, 2027E).`,
    zh: `${p.text_zh}：无法识别期间${q(text)}（可用：2024、FY2024、2024年报、2025中报、2025H1、1H25、2025Q1、2025三季报、2024-12-31、2027E）。`,
  }),
  periodRelative: (p: Place, text: string): Localized => ({
    en: `${p.text}: ${qe(text)} is a relative period; a stored figure needs a fixed one (2024, 2025H1).`,
    zh: `${p.text_zh}：${q(text)}是相对期间；导入的数据需要确定的期间（如 2024、2025H1）。`,
  }),
  duplicateDisagrees: (p: Place, other: Place, key: string): Localized => ({
    en: `${p.text} and ${other.text} both give ${key} with different values; neither is imported. Keep one row and import again.`,
    zh: `${p.text_zh} 与 ${other.text_zh} 都给出 ${key}，但数值不同；两者均不导入。请只保留一行后重新导入。`,
  }),
  duplicateSame: (p: Place, other: Place, key: string): Localized => ({
    en: `${p.text} repeats ${key} of ${other.text} with the same value; imported once.`,
    zh: `${p.text_zh} 重复了 ${other.text_zh} 的 ${key}，数值相同；只导入一次。`,
  }),
  noCompany: (p: Place): Localized => ({
    en: `${p.text}: no company code or name on this row.`,
    zh: `${p.text_zh}：此行没有公司代码或名称。`,
  }),
  noField: (file: string): Localized => ({
    en: `No row or column of ${file} names a known field (营业收入, 资本开支, 折旧摊销, revenue, capex…). Map at least one in the preview.`,
    zh: `${file} 中没有任何行或列是已知字段（营业收入、资本开支、折旧摊销、revenue、capex…）。请在预览中至少指定一个。`,
  }),
  noPeriod: (file: string): Localized => ({
    en: `No period found in ${file}: wide tables need periods across the header (2024年报, 2024-12-31, FY2024); long tables a period column.`,
    zh: `${file} 中找不到期间：宽表的表头应横排期间（2024年报、2024-12-31、FY2024）；长表需要期间列。`,
  }),
  idInvalid: (id: string): Localized => ({
    en: `Company id "${id}" is not valid: use lower-case letters, digits and _ , starting with a letter.`,
    zh: `公司 ID“${id}”无效：请使用小写字母、数字和下划线，并以字母开头。`,
  }),
  idBundled: (id: string): Localized => ({
    en: `Company id "${id}" belongs to a bundled company; choose another id (imported figures never replace bundled ones).`,
    zh: `公司 ID“${id}”属于内置公司；请另选 ID（导入数据不会替换内置数据）。`,
  }),
  idTwice: (id: string): Localized => ({
    en: `Two companies of the file would get the id "${id}"; give each its own.`,
    zh: `文件中两家公司将使用同一 ID“${id}”；请分别指定。`,
  }),
  tooLarge: (bytes: number, figures: number): Localized => ({
    en: `The workbook's imported data would take ${(bytes / 1024 / 1024).toFixed(1)} MB (${figures.toLocaleString("en-US")} figures); Excel accepts at most 4 MB in one write. Import fewer fields or periods, or remove an imported company first.`,
    zh: `本工作簿的导入数据将达 ${(bytes / 1024 / 1024).toFixed(1)} MB（${figures.toLocaleString("en-US")} 个数据）；Excel 单次写入至多 4 MB。请减少导入的字段或期间，或先移除一家已导入的公司。`,
  }),
  nothing: (file: string): Localized => ({
    en: `Nothing in ${file} can be imported; the preview lists why.`,
    zh: `${file} 中没有可导入的数据；原因见预览。`,
  }),
  /** The method of a D&A the import adds up from its lines (SOURCE shows it). */
  daSum: (printed: readonly string[]): Localized => ({
    en: `sum of ${printed.length} depreciation and amortisation lines (${printed.join(" + ")})`,
    zh: `${printed.length} 项折旧摊销明细之和（${printed.join(" + ")}）`,
  }),
  /** The name of an imported company that is also bundled, told apart from the bundled one. */
  importedName: (name: string): Localized => ({ en: `${name} (imported)`, zh: `${name}（导入）` }),
  /** Why a file cannot be read at all (parse-file.ts). */
  file: {
    empty: (file: string): Localized => ({ en: `${file} is empty: it has no rows to import.`, zh: `${file} 是空文件：没有可导入的行。` }),
    encoding: (file: string): Localized => ({
      en: `${file} is neither UTF-8 nor GB18030/GBK text. Save it again as "CSV UTF-8" (Excel: File → Save As) and import that file.`,
      zh: `${file} 既不是 UTF-8 也不是 GB18030/GBK 编码的文本。请另存为“CSV UTF-8”（Excel：文件 → 另存为）后再导入。`,
    }),
    binary: (file: string): Localized => ({
      en: `${file} is not a text file (it holds binary data). Import a .csv or an .xlsx file; save an .xls workbook as .xlsx first.`,
      zh: `${file} 不是文本文件（含二进制数据）。请导入 .csv 或 .xlsx 文件；.xls 工作簿请先另存为 .xlsx。`,
    }),
    xlsx: (file: string, detail: string): Localized => ({
      en: `${file} could not be read as an .xlsx workbook (${detail}). Open it in Excel and save it as .xlsx or .csv.`,
      zh: `无法将 ${file} 读作 .xlsx 工作簿（${detail}）。请在 Excel 中打开并另存为 .xlsx 或 .csv。`,
    }),
    kind: (file: string): Localized => ({
      en: `${file}: only .csv, .txt, .tsv and .xlsx files can be imported.`,
      zh: `${file}：只能导入 .csv、.txt、.tsv 和 .xlsx 文件。`,
    }),
    tooManyRows: (file: string): Localized => ({
      en: `${file} has more than ${MAX_ROWS.toLocaleString("en-US")} rows. Import the companies and fields you need (filter the export), at most ${MAX_ROWS.toLocaleString("en-US")} rows at a time.`,
      zh: `${file} 超过 ${MAX_ROWS.toLocaleString("en-US")} 行。请只导出所需的公司和字段（筛选后导出），每次至多 ${MAX_ROWS.toLocaleString("en-US")} 行。`,
    }),
    tooManyColumns: (file: string): Localized => ({
      en: `${file} has more than ${MAX_COLUMNS} columns. Put periods across and fields down (at most ${MAX_COLUMNS} columns), or use the long layout.`,
      zh: `${file} 超过 ${MAX_COLUMNS} 列。请将期间横排、字段竖排（至多 ${MAX_COLUMNS} 列），或改用长表格式。`,
    }),
  },
};
