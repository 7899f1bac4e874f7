/**
 * Statements of the same figure: when they disagree, and which one is primary.
 *
 * Agreement is mechanical so the tests can hold the data to it:
 * - two unhedged figures agree when their values in base units differ by at most the printed
 *   precision of the less precise one (half a unit of its last printed digit): 115.07 亿 and
 *   115.1 亿 agree (|diff| 0.03 ≤ 0.05), 115.07 and 115.0 do not;
 * - a hedged figure is a bound on the true value, compared with the other figure as stated:
 *   超过 (more_than) v → x > v, 至少 (at_least) → x ≥ v, 不足 (under) → x < v, at_most → x ≤ v,
 *   近 (nearly) v → 0.9·|v| ≤ |x| ≤ |v|, 约 (about) v → |x − v| ≤ 0.1·|v|; the closed ends of the
 *   last two also allow the printed precision. "超过400家" agrees with 420, not with 400.
 *   Hedges bound the magnitude: a stated −5 "more than" means below −5 (a loss of more than 5);
 * - two hedged figures agree when their ranges meet;
 * - figures in different kinds of unit or different currencies never agree.
 *
 * Primary, when no conflicts.json entry names one (all statements agree): the first by the
 * written rule order: unhedged, then most precise, then stated (not derived), then earliest
 * (file, line).
 */
import type { Qualifier } from "./schema";
import type { Statement } from "./types";

/** A range of values: ends may be open (strict bounds) or infinite. */
export interface Range {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

/** The width of the 近 / 约 band, as a share of the stated value. */
export const HEDGE_BAND = 0.1;

/**
 * The range a statement allows, in base units. Unhedged: the printed precision either side.
 * Hedges speak of magnitude, as the articles do ("a loss of more than 5 亿" is below −5), so a
 * negative value's range is the mirror image of its magnitude's.
 */
export function statementRange(s: Pick<Statement, "base" | "halfUnit"> & { figure: { qualifier?: Qualifier | undefined } }): Range {
  const q = s.figure.qualifier;
  if (q === undefined) return { lo: s.base - s.halfUnit, hi: s.base + s.halfUnit, loOpen: false, hiOpen: false };
  const m = magnitudeRange(q, Math.abs(s.base), s.halfUnit);
  return s.base < 0 ? { lo: -m.hi, hi: -m.lo, loOpen: m.hiOpen, hiOpen: m.loOpen } : m;
}

function magnitudeRange(q: Qualifier, v: number, half: number): Range {
  const band = v * HEDGE_BAND;
  switch (q) {
    case "more_than":
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: false };
    case "at_least":
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: false };
    case "under":
      return { lo: -Infinity, hi: v, loOpen: false, hiOpen: true };
    case "at_most":
      return { lo: -Infinity, hi: v, loOpen: false, hiOpen: false };
    case "nearly":
      return { lo: v - band - half, hi: v + half, loOpen: false, hiOpen: false };
    case "about":
      return { lo: v - band - half, hi: v + band + half, loOpen: false, hiOpen: false };
  }
}

/** Float slack for comparisons of values that are exact decimals in base units. */
function slack(...xs: number[]): number {
  let m = 0;
  for (const x of xs) if (Number.isFinite(x)) m = Math.max(m, Math.abs(x));
  return m * 1e-12;
}

function contains(r: Range, x: number): boolean {
  const e = slack(r.lo, r.hi, x);
  const aboveLo = r.loOpen ? x > r.lo + e : x >= r.lo - e;
  const belowHi = r.hiOpen ? x < r.hi - e : x <= r.hi + e;
  return aboveLo && belowHi;
}

export function rangesMeet(a: Range, b: Range): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  const e = slack(lo, hi);
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  return loOpen || hiOpen ? lo < hi - e : lo <= hi + e;
}

/**
 * True when two statements of the same (entity, field, period, segment) cannot both be right
 * (the rules in this file's header). The tests use it to require a conflicts.json entry for
 * exactly the groups where some pair disagrees.
 */
export function disagree(a: Statement, b: Statement): boolean {
  if (a.unit.kind !== b.unit.kind || (a.unit.currency ?? "") !== (b.unit.currency ?? "")) return true;
  const qa = a.figure.qualifier;
  const qb = b.figure.qualifier;
  if (!qa && !qb) {
    const diff = Math.abs(a.base - b.base);
    return diff > Math.max(a.halfUnit, b.halfUnit) + slack(a.base, b.base);
  }
  if (!qa || !qb) {
    const [exact, hedged] = qa ? [b, a] : [a, b];
    return !contains(statementRange(hedged), exact.base);
  }
  return !rangesMeet(statementRange(a), statementRange(b));
}

/** True when some pair of the statements disagrees. */
export function anyDisagreement(statements: readonly Statement[]): boolean {
  for (let i = 0; i < statements.length; i++)
    for (let j = i + 1; j < statements.length; j++) if (disagree(statements[i]!, statements[j]!)) return true;
  return false;
}

/** Written rule order: unhedged, most precise, stated over derived, earliest file and line. */
export function compareByRules(a: Statement, b: Statement): number {
  const fa = a.figure;
  const fb = b.figure;
  return (
    Number(fa.qualifier !== undefined) - Number(fb.qualifier !== undefined) ||
    a.halfUnit - b.halfUnit ||
    Number(fa.derived !== undefined) - Number(fb.derived !== undefined) ||
    (fa.file < fb.file ? -1 : fa.file > fb.file ? 1 : 0) ||
    fa.line - fb.line
  );
}
