/**
 * The company index: what the pane's first view (the company list with its search) needs of
 * each entity, without the figures themselves. It is small on purpose: the pane ships it as a
 * generated file (src/taskpane/data/company-index.json, scripts/company-index.ts) so the list
 * renders before the dataset chunk has loaded; test/taskpane/data/company-index.test.ts holds
 * that file equal to what this module computes from the bundled data.
 */
import type { Localized } from "../errors";
import { periodLabel } from "../periods";
import { entitiesSummary, type EntitySummary } from "./query";
import type { Dataset, EntityRecord } from "./types";

export interface CompanyIndexEntry {
  readonly id: string;
  readonly ticker?: string;
  readonly kind: EntityRecord["kind"];
  readonly name_en: string;
  readonly name_zh: string;
  /**
   * What a search matches: the keys the dataset resolves the entity by (names, aliases, ticker
   * forms, compacted as the lookups compact them), less any key inside another of its keys (a
   * query inside it is inside the longer one too), so the index stays small.
   */
  readonly keys: readonly string[];
  /** Distinct figures: (field, period, segment) groups. */
  readonly figures: number;
  /** How many periods have any figure. */
  readonly periodCount: number;
  /**
   * The first and the last of them as the list names them (periodLabel), in both languages: the
   * list shows the span without the period code, which stays in the dataset chunk.
   */
  readonly first?: Localized;
  readonly last?: Localized;
  /** Figures whose statements disagree. */
  readonly conflicts: number;
}

/** Every entity, most analysable first (byAnalysable). */
export interface CompanyIndex {
  readonly companies: readonly CompanyIndexEntry[];
}

/**
 * Most analysable first: more figures, then more periods (a longer series), then the name. An
 * entity with no figures goes last whatever its name: it can be looked up, not analysed.
 */
export function byAnalysable(a: EntitySummary, b: EntitySummary): number {
  return b.figures - a.figures || b.periods.length - a.periods.length || a.entity.name_en.localeCompare(b.entity.name_en, "en");
}

/** The keys not contained in another of them, in their order. */
function widest(keys: readonly string[]): string[] {
  return keys.filter((key, i) => !keys.some((other, j) => j !== i && other.includes(key) && (other !== key || j < i)));
}

const label = (period: string): Localized => ({ en: periodLabel(period, "en"), zh: periodLabel(period, "zh") });

export function companyIndex(ds: Dataset): CompanyIndex {
  const keysOf = new Map<string, string[]>();
  for (const [key, ids] of ds.entityKeys)
    for (const id of ids) {
      const keys = keysOf.get(id);
      if (keys) keys.push(key);
      else keysOf.set(id, [key]);
    }
  return {
    companies: entitiesSummary(ds)
      .sort(byAnalysable)
      .map(({ entity: e, figures, periods, conflicts }) => {
        const first = periods[0];
        const last = periods[periods.length - 1];
        return {
          id: e.id,
          ...(e.ticker ? { ticker: e.ticker } : {}),
          kind: e.kind,
          name_en: e.name_en,
          name_zh: e.name_zh,
          keys: widest(keysOf.get(e.id) ?? []),
          figures,
          periodCount: periods.length,
          ...(first !== undefined ? { first: label(first) } : {}),
          ...(last !== undefined ? { last: label(last) } : {}),
          conflicts,
        };
      }),
  };
}
