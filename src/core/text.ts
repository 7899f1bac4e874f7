/**
 * Name normalisation and "did you mean" matching for company, field, segment and unit
 * arguments. Users type names in any case and width (Ｈ１, ＡＩＥＲ), with stray spaces, with or
 * without punctuation; the lookups compare normalised keys so all of those find the same thing.
 * Traditional Chinese forms are not converted here: the data lists them as aliases.
 */

/** NFKC (full-width → half-width), trimmed, whitespace collapsed, lower case. */
export function normalizeName(raw: string): string {
  return raw.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * A looser key: the normalised name without spaces and punctuation, so "Aier Eye-Hospital",
 * "aier eye hospital" and "AierEyeHospital" meet. Letters and digits of every script stay.
 */
export function compactKey(raw: string): string {
  return normalizeName(raw).replace(/[\s\p{P}\p{S}]+/gu, "");
}

/**
 * Levenshtein distance by code point (so one Chinese character is one edit), with an early
 * exit once every cell of a row exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[t.length]!;
}

/**
 * The characters a person sees (grapheme clusters: a letter with its accents, an emoji with its
 * modifiers, a character outside the BMP written as a surrogate pair), by Intl.Segmenter; where
 * a runtime lacks it, code points (still never half a surrogate pair).
 */
export function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (typeof Segmenter !== "function") return [...text];
  return Array.from(new Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment);
}

/** How many characters of a person's text a message quotes. */
export const CLIP_CHARS = 40;

/**
 * A person's text as a message quotes it: whole when it has at most `max` characters, else its
 * first `max − 1` and "…", so a pasted paragraph does not flood a tooltip. Counts and cuts by
 * what the person sees (graphemes), never inside a character. The one clip of the add-in.
 */
export function clip(text: string, max: number = CLIP_CHARS): string {
  const chars = graphemes(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

/** Characters of a query that closestMatches compares (far longer than any name). */
export const MAX_QUERY_CHARS = 64;

export interface NameCandidate<T> {
  /** A name the item answers to (id, ticker, English or Chinese name, alias). */
  readonly name: string;
  readonly item: T;
}

/**
 * The items whose names are closest to `query`, best first, at most `max` distinct items.
 * Distance is the edit distance between normalised names; a name that contains the query (or
 * the reverse) counts as close as the length difference allows, so "爱尔" suggests 爱尔眼科.
 * Always returns the nearest item when there is any, however far: the message should name it.
 */
export function closestMatches<T>(query: string, candidates: Iterable<NameCandidate<T>>, max = 3): T[] {
  // Only the start of a very long query is compared: names are short, and the cost grows with
  // the product of the lengths (a pasted paragraph must not stall recalculation for seconds).
  const q = [...compactKey(query)].slice(0, MAX_QUERY_CHARS).join("");
  const best = new Map<T, number>();
  for (const { name, item } of candidates) {
    const k = compactKey(name);
    if (k === "") continue;
    let d = editDistance(q, k);
    if (q !== "" && (k.includes(q) || q.includes(k))) d = Math.min(d, Math.ceil(Math.abs(k.length - q.length) / 2));
    const seen = best.get(item);
    if (seen === undefined || d < seen) best.set(item, d);
  }
  return [...best.entries()]
    .sort((x, y) => x[1] - y[1])
    .slice(0, max)
    .map(([item]) => item);
}
