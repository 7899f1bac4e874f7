/**
 * The company list of the first view, read from a company index (core/dataset/company-index.ts)
 * rather than the dataset: before the dataset chunk has loaded the pane has the generated index
 * of the bundled data, after it the index of the full dataset (imported companies included).
 * Nothing here may import the dataset code: this module is in the pane's first chunk.
 */
import type { Lang } from "../../core/errors";
import type { CompanyIndex, CompanyIndexEntry } from "../../core/dataset/company-index";
import { compactKey } from "../../core/text";

export type { CompanyIndex, CompanyIndexEntry };

/**
 * Companies matching `query` (ticker, id, English, Chinese name or alias, as the dataset's own
 * search: any key containing the compacted query); blank → all. In the index's order.
 */
export function companyList(index: CompanyIndex, query: string): readonly CompanyIndexEntry[] {
  const q = compactKey(query);
  return q === "" ? index.companies : index.companies.filter((c) => c.keys.some((key) => key.includes(q)));
}

/** The name to show first (in the pane's language) and the other one. */
export function entityNames(e: { readonly name_en: string; readonly name_zh: string }, lang: Lang): { readonly main: string; readonly other: string } {
  return lang === "zh" ? { main: e.name_zh, other: e.name_en } : { main: e.name_en, other: e.name_zh };
}
