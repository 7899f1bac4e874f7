/**
 * The seam between import and the one period/unit parser of SPEC §2 (src/core/period-text.ts,
 * src/core/units.ts): every period header and unit cell of an imported table goes through
 * readPeriod() and readUnit() here.
 *
 * Import is stricter than a DATA argument in three ways, because a stored figure needs a fixed
 * report period and a unit the dataset stores:
 * - relative periods (LTM, TTM, FY-1, latest) and computed LTM ids are refused;
 * - months only as the canonical id 2025M07: "2025-07" or a closing day that is no report's
 *   (2024-11-30) in a statement header is more likely a mistake than a month, so it is named;
 * - a unit must map to a unit id of src/core/units.ts (USD m has none: refused by name).
 * A forecast marker (2027E) becomes the figure's basis.
 */
import { parsePeriod } from "../periods";
import { parseUnit, UNITS, type UnitDef } from "../units";

export interface PeriodReading {
  /** Canonical period id (2024, 2025H1, 2025Q1, 2024Q1Q3, 2025M07). */
  readonly id: string;
  /** "forecast" for 2027E / 2027F; undefined for actual figures. */
  readonly basis?: "forecast";
}

/** True when the text is a relative period (LTM, TTM, FY-1, latest): refused by import. */
export function isRelativePeriod(text: string): boolean {
  if (text.trim() === "") return false;
  const p = parsePeriod(text);
  return p.ok && (p.type === "relative" || p.period.kind === "ltm");
}

/**
 * A period header or cell as analysts write it; null when it is not a fixed report period.
 * Numbers are years (2024) or Excel date serials; a Date is its closing day.
 */
export function readPeriod(raw: string | number | Date | null | undefined): PeriodReading | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    // A file repeats a handful of period spellings thousands of times.
    const hit = periodCache.get(raw);
    if (hit !== undefined) return hit;
    const read = readPeriodUncached(raw);
    if (periodCache.size < 10_000) periodCache.set(raw, read);
    return read;
  }
  return readPeriodUncached(raw);
}

const periodCache = new Map<string, PeriodReading | null>();

function readPeriodUncached(raw: string | number | Date): PeriodReading | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : readPeriodUncached(raw.toISOString().slice(0, 10));
  if (typeof raw === "string" && raw.trim() === "") return null;
  const p = parsePeriod(raw);
  if (!p.ok || p.type !== "period" || p.period.kind === "ltm") return null;
  if (p.period.kind === "month" && !/^\s*\d{4}M(0[1-9]|1[0-2])\s*$/i.test(String(raw))) return null;
  return p.forecast ? { id: p.id, basis: "forecast" } : { id: p.id };
}

export interface UnitReading {
  /** A unit id of src/core/units.ts (亿元, 万元, 百万元, %, 万人次…). */
  readonly id: string;
  readonly def: UnitDef;
}

const byId = new Map(UNITS.map((u) => [u.id, u]));
const compactUnit = (raw: string): string => raw.normalize("NFKC").toLowerCase().replace(/\s/g, "");
const byCompactId = new Map(UNITS.map((u) => [compactUnit(u.id), u.id]));

/** Non-money units the shared parser does not read (it reads money scales and %). */
const OTHER: ReadonlyMap<string, string> = new Map([
  ["x", "倍"],
  ["times", "倍"],
  ["days", "天"],
  ["day", "天"],
  ["日", "天"],
]);

/** (currency, power of ten) → the stored money unit. */
const MONEY: ReadonlyMap<string, string> = new Map(
  UNITS.filter((u) => u.kind === "money").map((u) => [`${u.currency ?? "CNY"}:${Math.round(Math.log10(u.factor))}`, u.id]),
);

/** A unit as analysts write it (亿元人民币, RMB mn, CNY m, 10k, 万元, %, 万人次); null when unknown. */
export function readUnit(raw: string | null | undefined): UnitReading | null {
  if (raw === null || raw === undefined) return null;
  const hit = unitCache.get(raw);
  if (hit !== undefined) return hit;
  const read = readUnitUncached(raw);
  if (unitCache.size < 10_000) unitCache.set(raw, read);
  return read;
}

const unitCache = new Map<string, UnitReading | null>();

function readUnitUncached(raw: string): UnitReading | null {
  const key = compactUnit(raw);
  if (key === "") return null;
  let id = byCompactId.get(key) ?? OTHER.get(key);
  if (id === undefined) {
    const p = parseUnit(raw);
    if (p.ok) id = p.unit.kind === "percent" ? "%" : MONEY.get(`${p.unit.currency ?? "CNY"}:${p.unit.exp}`);
  }
  const def = id === undefined ? undefined : byId.get(id);
  return id !== undefined && def ? { id, def } : null;
}
