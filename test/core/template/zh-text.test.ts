/**
 * A Chinese sheet reads in Chinese: in every seed company's zh template (both formula styles
 * write the same texts; portable is checked), no text cell a reader sees is English.
 *
 * What may be written in Latin letters, and nothing else:
 * - a cell without Chinese only when it is a ticker ("300015.SZ", "GEHC.O", "2175.HK"), a period
 *   ("2024", "2025H1", "2025Q1", "2024M07"), a source key ("S1"), a file name ("….txt"), a number
 *   or unit ("1.02", "%", "×") or a product or acronym the data names in Latin ("CT", "TOP20");
 * - inside Chinese text: product names, acronyms and symbols (DSA, PET/CT, MDaaS, SMILE,
 *   VISUMAX800, FDA, CAPCYCLE, Excel) — never a run of three lower-case letters, which is an
 *   English word or one of our internal ids (a reading id such as "aier_capex_da", "000:45");
 * - a company's own name where the data gives no Chinese one (Clínica Baviera);
 * - the sources' "as printed" column, which quotes the article's own text ("+16% YoY").
 */
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { templateInputFor } from "../../../src/core/template/from-dataset";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { cellAddress } from "../../../src/core/template/a1";
import { LABELS } from "../../../src/core/template/labels";
import type { TemplatePlan } from "../../../src/core/template/types";

const ds = getDataset();

const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Texts without Chinese a Chinese sheet may show (see above). */
const LATIN_ALLOWED: readonly RegExp[] = [
  /^\d{4,6}\.(SZ|SH|HK)$/, // A-share and Hong Kong tickers
  /^[A-Z]{2,5}\.[A-Z]{1,2}$/, // US and other tickers (GEHC.O, PHG.N)
  /^\d{4}(H[12]|Q[1-4]|M\d{2}|9M|LTM)?$/, // periods
  /^S\d+$/, // source keys
  /^[\w.-]+\.txt$/, // file names
  /^[-+]?[\d.,]+\s*(%|×|pp)?$/, // numbers and units
  /^(CT|MR|MRI|DSA|PET\/CT|TOP20)$/, // products and acronyms the data names in Latin
];
/** An English word or an internal id inside Chinese text. */
const ENGLISH_WORD = /[a-z]{3,}|\b\d{3}:\d+\b/;

/** Every text cell a reader sees, but the quotes of the article ("as printed"). */
function readerTexts(plan: TemplatePlan): { at: string; text: string }[] {
  const src = plan.tables.find((t) => t.role === "sources");
  const printedCol = src ? src.rect.col + src.columns.findIndex((c) => c.header === LABELS.printed.zh) : -1;
  const out: { at: string; text: string }[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c.kind !== "text") return;
      const quote = src !== undefined && col === printedCol && r > src.rect.row && r < src.rect.row + src.rect.rowCount;
      if (!quote) out.push({ at: cellAddress(r, col), text: c.text });
    }),
  );
  return out;
}

/** Companies the data names in Latin letters in Chinese too: proper names, not English. */
const LATIN_NAMES = ds.entities.flatMap((e) => [e.name_zh, e.short_zh]).filter((n) => !CHINESE.test(n));

function english(text: string): boolean {
  const t = LATIN_NAMES.reduce((s, n) => s.replaceAll(n, ""), text);
  if (!CHINESE.test(t)) return /[A-Za-z]/.test(t) && !LATIN_ALLOWED.some((p) => p.test(t.trim()));
  return ENGLISH_WORD.test(t.replace(/CAPCYCLE|Excel/g, ""));
}

const companies = ds.entities.filter((e) => templateInputFor(ds, e.id) !== null);

describe("a Chinese sheet reads in Chinese", () => {
  it.each(companies.map((e) => [e.id]))("%s (zh): no English text, no internal id", (id) => {
    const plan = buildTemplatePlan(templateInputFor(ds, id)!, { lang: "zh", style: "portable" });
    expect(readerTexts(plan).filter((c) => english(c.text)).map((c) => `${c.at}: ${c.text}`)).toEqual([]);
  });

  it("the check finds English where it is: an English note, an internal id, a word in a Chinese note", () => {
    expect(english("Net outflow, stored as a negative flow")).toBe(true);
    expect(english("Clínica Baviera — 资本周期模板")).toBe(false);
    expect(english("0.78 属主口径（报表逐项分析，aier_capex_da）")).toBe(true);
    expect(english("22.66（000:45）与 22.2 的差异")).toBe(true);
    expect(english("按规则“精确值优先于取整值”选定采用值（160.0 beats about 150）")).toBe(true);
    expect(["300015.SZ", "GEHC.O", "2025H1", "2024M07", "S1", "1.02", "CT", "MDaaS 平台覆盖的医疗机构客户。", "通用（仅使用 Excel 原生公式）"].filter(english)).toEqual([]);
  });
});
