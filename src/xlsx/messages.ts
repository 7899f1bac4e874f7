/** What the xlsx export and its command line tell users, in English and Chinese. */
import type { Localized } from "../core/errors";

export const EXPORT_MSG = {
  usage: {
    en: [
      "Usage: npm run export -- --company <id|ticker|name> --out <file.xlsx> [--lang en|zh] [--unit 亿|百万|万|元]",
      "       npm run export -- --data <file.csv|file.xlsx> [--company <id|code|name>] --out <file.xlsx> [--lang en|zh] [--unit ...]",
      "",
      "Writes a company's template (portable formulas with cached results, Excel tables, number",
      "formats, column widths, native charts, frozen panes and a print setup) as an .xlsx file.",
      "  --company  id, ticker (with or without the exchange suffix), English or Chinese name",
      "  --data     your own figures (CSV or xlsx, wide or long, docs/import.md): one sheet per",
      "             company in the file, or only the one --company names",
      "  --out      the .xlsx file to write (replaced if it exists)",
      "  --lang     labels in English (en) or Chinese (zh); default: from LANG, else en",
      "  --unit     money unit: 亿 (100m, default), 百万 (m), 万 (10k), 元 (1)",
      "  --list     list every company and exit",
    ].join("\n"),
    zh: [
      "用法：npm run export -- --company <id|代码|名称> --out <文件.xlsx> [--lang en|zh] [--unit 亿|百万|万|元]",
      "      npm run export -- --data <文件.csv|文件.xlsx> [--company <id|代码|名称>] --out <文件.xlsx> [--lang en|zh] [--unit ...]",
      "",
      "把一家公司的模板写成 .xlsx 文件（通用公式并缓存计算结果、Excel 表格、数字格式、列宽、原生图表、冻结窗格和打印设置）。",
      "  --company  公司 id、股票代码（可带或不带交易所后缀）、英文或中文名称",
      "  --data     自有数据文件（CSV 或 xlsx，宽表或长表，见 docs/import.md）：文件中每家公司一个工作表，",
      "             或只导出 --company 指定的那一家",
      "  --out      要写入的 .xlsx 文件（已存在则覆盖）",
      "  --lang     标签语言：英文 en 或中文 zh；默认取 LANG 环境变量，否则 en",
      "  --unit     金额单位：亿（100m，默认）、百万（m）、万（10k）、元（1）",
      "  --list     列出全部公司后退出",
    ].join("\n"),
  },
  missingOut: { en: "Missing --out <file.xlsx>: where to write the workbook.", zh: "缺少 --out <文件.xlsx>：工作簿写到哪里。" },
  missingCompany: {
    en: "Missing --company <id|ticker|name> or --data <file>. npm run export -- --list lists every company.",
    zh: "缺少 --company <id|代码|名称> 或 --data <文件>。npm run export -- --list 列出全部公司。",
  },
  missingValue: (opt: string): Localized => ({ en: `${opt} needs a value.`, zh: `${opt} 需要一个值。` }),
  unknownOption: (opt: string): Localized => ({
    en: `Unknown option ${opt}. Options: --company, --data, --out, --lang, --unit, --list, --help.`,
    zh: `未知选项 ${opt}。可用选项：--company、--data、--out、--lang、--unit、--list、--help。`,
  }),
  badLang: (v: string): Localized => ({ en: `--lang must be en or zh, not "${v}".`, zh: `--lang 只能是 en 或 zh，而不是“${v}”。` }),
  badUnit: (v: string): Localized => ({
    en: `Unknown unit "${v}". Templates show money in 亿 (100m), 百万 (m), 万 (10k) or 元 (1).`,
    zh: `未知单位“${v}”。模板的金额单位可以是 亿（100m）、百万（m）、万（10k）或 元（1）。`,
  }),
  unitNotInTemplates: (v: string): Localized => ({
    en: `Unit "${v}" is a valid DATA unit but templates do not offer it yet. Use 亿 (100m), 百万 (m), 万 (10k) or 元 (1).`,
    zh: `单位“${v}”可用于 DATA 函数，但模板暂不支持。请用 亿（100m）、百万（m）、万（10k）或 元（1）。`,
  }),
  notXlsx: (path: string): Localized => ({
    en: `--out must name an .xlsx file (Excel refuses a workbook whose extension does not match): ${path}`,
    zh: `--out 必须是 .xlsx 文件（扩展名不符时 Excel 拒绝打开）：${path}`,
  }),
  listHint: { en: "npm run export -- --list lists every company.", zh: "npm run export -- --list 列出全部公司。" },
  noCache: (cell: string, formula: string, got: string): Localized => ({
    en: `Could not compute cell ${cell} (${formula}) the way Excel would (${got}); nothing was written.`,
    zh: `无法按 Excel 的方式计算单元格 ${cell}（${formula}），得到 ${got}；未写入任何文件。`,
  }),
  isDirectory: (path: string): Localized => ({ en: `Cannot write ${path}: it is a folder.`, zh: `无法写入 ${path}：这是一个文件夹。` }),
  noFolder: (dir: string): Localized => ({ en: `Cannot write into ${dir}: the folder does not exist.`, zh: `无法写入 ${dir}：文件夹不存在。` }),
  writeFailed: (path: string, why: string): Localized => ({
    en: `Could not write ${path} (${why}); no file was left behind.`,
    zh: `无法写入 ${path}（${why}）；未留下任何文件。`,
  }),
  wrote: (path: string, sheet: string, tables: number, formulas: number, charts: number): Localized => ({
    en: `Wrote ${path}: sheet "${sheet}", ${tables} table(s), ${formulas} formula(s) with cached results, ${charts} chart(s).`,
    zh: `已写入 ${path}：工作表“${sheet}”，${tables} 个表格，${formulas} 个公式（含缓存结果），${charts} 个图表。`,
  }),
  chartsHint: (n: number): Localized =>
    n > 0
      ? {
          en: `${n} native chart(s) in the file, frozen panes at the labels, printed one page wide with the labels repeated.`,
          zh: `文件含 ${n} 个原生图表；标签处冻结窗格；打印时按一页宽缩放，每页重复标签。`,
        }
      : {
          en: "This template has no charts (not enough data for one); frozen panes at the labels, printed one page wide with the labels repeated.",
          zh: "此模板没有图表（数据不足以作图）；标签处冻结窗格；打印时按一页宽缩放，每页重复标签。",
        },
  formulaErrors: (n: number): Localized => ({
    en: `${n} formula cell(s) show an error value (e.g. #N/A for growth from a base ≤ 0), as in Excel.`,
    zh: `${n} 个公式单元格显示错误值（例如基数 ≤ 0 的增长率为 #N/A），与 Excel 一致。`,
  }),
  cannotRead: (path: string, code: string): Localized => {
    const why: Record<string, Localized> = {
      ENOENT: { en: "no such file", zh: "文件不存在" },
      EISDIR: { en: "it is a folder", zh: "这是一个文件夹" },
      EACCES: { en: "permission denied", zh: "没有读取权限" },
      EPERM: { en: "permission denied", zh: "没有读取权限" },
    };
    const w = why[code] ?? { en: code, zh: code };
    return { en: `Cannot read ${path} (${w.en}); nothing was written.`, zh: `无法读取 ${path}（${w.zh}）；未写入任何文件。` };
  },
  dataRefused: (path: string): Localized => ({
    en: `${path} cannot be exported as it is; nothing was written. Problems:`,
    zh: `${path} 无法按原样导出；未写入任何文件。问题如下：`,
  }),
  notInFile: (company: string, path: string, companies: readonly string[]): Localized => ({
    en: `No company "${company}" in ${path}. Companies in the file: ${companies.join("; ")}.`,
    zh: `${path} 中没有公司“${company}”。文件中的公司：${companies.join("；")}。`,
  }),
  skippedNotes: (n: number): Localized => ({
    en: `${n} cell(s) of the file were not imported (the rest was exported):`,
    zh: `文件中有 ${n} 个单元格未导入（其余已导出）：`,
  }),
  conflictsNote: (n: number): Localized => ({
    en: `${n} figure(s) differ from bundled ones; the file's figures are exported under their own company ids, noted in their sources.`,
    zh: `${n} 个数据与内置数据不一致；文件中的数据以独立的公司 id 导出，并在来源中注明。`,
  }),
  wroteSheets: (path: string, sheets: readonly string[], tables: number, formulas: number, charts: number): Localized => ({
    en: `Wrote ${path}: ${sheets.length} sheet(s) (${sheets.map((s) => `"${s}"`).join(", ")}), ${tables} table(s), ${formulas} formula(s) with cached results, ${charts} chart(s).`,
    zh: `已写入 ${path}：${sheets.length} 个工作表（${sheets.map((s) => `“${s}”`).join("、")}），${tables} 个表格，${formulas} 个公式（含缓存结果），${charts} 个图表。`,
  }),
  missing: (fields: string): Localized => ({ en: `No figures for: ${fields}.`, zh: `无数据：${fields}。` }),
} as const;
