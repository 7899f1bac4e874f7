/**
 * The seam between import and the one period/unit parser of SPEC §2: every period header and
 * unit cell of an imported table goes through readPeriod() and readUnit() here, so switching
 * to the shared parser (src/core/periods.ts, src/core/units.ts) is a change in this file only.
 *
 * Import needs a little more than a DATA argument does: a forecast marker (`2027E`) becomes the
 * figure's basis, a closing date means the report that closes on it (2025-09-30 → the first
 * three quarters, as Chinese reports are cumulative), and relative periods (LTM, FY-1, latest)
 * are refused — a stored figure needs a fixed period.
 */
import { normalizePeriodArg } from "../periods";
import { UNITS, type UnitDef } from "../units";

export interface PeriodReading {
  /** Canonical period id (2024, 2025H1, 2025Q1, 2024Q1Q3). */
  readonly id: string;
  /** "forecast" for 2027E / 2027F; undefined for actual figures. */
  readonly basis?: "forecast";
}

const ZH_REPORT: Readonly<Record<string, string>> = {
  年报: "",
  年度报告: "",
  中报: "H1",
  半年报: "H1",
  中期报告: "H1",
  半年度报告: "H1",
  一季报: "Q1",
  一季度报告: "Q1",
  三季报: "Q1Q3",
  三季度报告: "Q1Q3",
};

/** A closing date read as the report closing on it: 12-31 the year, 06-30 the half, 03-31 Q1, 09-30 Q1–Q3. */
const CLOSING: Readonly<Record<string, string>> = { "12-31": "", "06-30": "H1", "03-31": "Q1", "09-30": "Q1Q3" };

const RELATIVE = /^(LTM|TTM|LATEST|最新|FY-\d+)$/;

/** Expands a two-digit year (25 → 2025). Years 00–69 are 20xx, 70–99 19xx. */
const year4 = (yy: string): string => (yy.length === 4 ? yy : `${Number(yy) < 70 ? "20" : "19"}${yy}`);

/** True when the text is a relative period (LTM, TTM, FY-1, latest): refused by import. */
export function isRelativePeriod(text: string): boolean {
  return RELATIVE.test(text.normalize("NFKC").trim().toUpperCase().replace(/\s+/g, ""));
}

/**
 * A period header or cell as analysts write it; null when it is not a fixed period.
 * Numbers are years (2024) only; a Date is its closing day.
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
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1900 && raw <= 2100 ? { id: String(raw) } : null;
  let s = raw.normalize("NFKC").trim().toUpperCase().replace(/\s+/g, " ");
  if (s === "" || RELATIVE.test(s.replace(/\s/g, ""))) return null;
  let basis: "forecast" | undefined;
  // 2027E, 2027F, FY2027E, 2027年预测: a forecast.
  const fc = /^(.*\d)\s*(?:E|F|\(E\)|年?预测|预测值)$/.exec(s);
  if (fc) {
    s = fc[1]!;
    basis = "forecast";
  }
  const withBasis = (id: string): PeriodReading => (basis ? { id, basis } : { id });
  const compact = s.replace(/[\s_]/g, "");
  let m: RegExpExecArray | null;
  // Closing dates: 2024-12-31, 2024/12/31, 20241231, 2024.12.31, 2024年12月31日.
  if ((m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(compact))) {
    const key = `${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
    const tail = CLOSING[key];
    return tail === undefined ? null : withBasis(m[1]! + tail);
  }
  // 2024年报, 2025中报, 2025半年报, 2025一季报, 2025三季报 (Q1–Q3 cumulative).
  if ((m = /^(\d{4})年?(年报|年度报告|中报|半年报|中期报告|半年度报告|一季报|一季度报告|三季报|三季度报告)$/.exec(compact)))
    return withBasis(m[1]! + ZH_REPORT[m[2]!]!);
  // FY24, FY2024, 2024A, 2024FY.
  if ((m = /^FY'?(\d{2}|\d{4})A?$/.exec(compact)) || (m = /^(\d{4})(?:A|FY)$/.exec(compact))) return withBasis(year4(m[1]!));
  // 1H25, 2H24, H1'25, H1 25, 1H2025 (via normalizePeriodArg).
  if ((m = /^([12])H'?(\d{2})$/.exec(compact)) || (m = /^H([12])'?(\d{2})$/.exec(compact))) return withBasis(`${year4(m[2]!)}H${m[1]}`);
  if ((m = /^H([12])'(\d{4})$/.exec(compact))) return withBasis(`${m[2]}H${m[1]}`);
  // 1Q25, Q1'25, 3Q24.
  if ((m = /^([1-4])Q'?(\d{2})$/.exec(compact)) || (m = /^Q([1-4])'?(\d{2})$/.exec(compact))) return withBasis(`${year4(m[2]!)}Q${m[1]}`);
  // 9M24, 1-9M 2024: the first three quarters.
  if ((m = /^(?:9M|1-9M)'?(\d{2})$/.exec(compact))) return withBasis(`${year4(m[1]!)}Q1Q3`);
  // Months (point-in-time events) only as the canonical id 2025M07: "2025-07" in a header is
  // more likely a mistyped closing date than a month, so it is refused and named.
  if (/^\d{4}M(0[1-9]|1[0-2])$/.test(compact)) return withBasis(compact);
  const id = normalizePeriodArg(s);
  if (id === null || /M\d\d$/.test(id)) return null;
  return withBasis(id);
}

export interface UnitReading {
  /** A unit id of src/core/units.ts (亿元, 万元, 百万元, %, 万人次…). */
  readonly id: string;
  readonly def: UnitDef;
}

const byId = new Map(UNITS.map((u) => [u.id, u]));

/** Spellings (compacted: NFKC, lower case, no spaces, no dots or apostrophes) → unit id. */
const SPELLINGS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (id: string, ...forms: string[]): void => {
    for (const f of forms) m.set(f, id);
  };
  for (const u of UNITS) m.set(compactUnit(u.id), u.id);
  const money = (id: string, ...stems: string[]): void => {
    for (const stem of stems)
      add(id, stem, `cny${stem}`, `rmb${stem}`, `${stem}cny`, `${stem}rmb`, `${stem}元`, `${stem}元人民币`, `人民币${stem}元`, `${stem}人民币`, `${stem}yuan`);
  };
  money("元", "", "1", "yuan");
  add("元", "cny", "rmb", "元", "人民币", "人民币元", "元人民币");
  money("千元", "k", "000", "'000", "thousand", "thousands", "千");
  money("万元", "万", "10k", "10thousand");
  money("百万元", "百万", "m", "mn", "mm", "mio", "million", "millions");
  money("千万元", "千万", "10m");
  money("亿元", "亿", "100m", "100mn", "100million");
  money("十亿元", "十亿", "bn", "b", "billion", "billions");
  add("美元", "usd", "us$", "$");
  add("万美元", "万美元", "usd10k");
  add("亿美元", "亿美元", "usd100m");
  add("十亿美元", "usdbn", "usdb", "us$bn");
  add("亿港元", "hkd100m", "亿港币");
  add("%", "%", "pct", "percent", "百分比", "％");
  add("倍", "x", "times", "倍");
  add("天", "days", "day", "天", "日");
  m.delete("");
  return m;
})();

function compactUnit(raw: string): string {
  return raw.normalize("NFKC").toLowerCase().replace(/[\s.·]/g, "").replace(/^(单位|unit)[:：]?/, "");
}

/** A unit as analysts write it (亿元人民币, RMB mn, CNY m, 10k, 万元, %); null when unknown. */
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
  if (key === "" && raw.trim() === "") return null;
  const id = SPELLINGS.get(key);
  const def = id === undefined ? undefined : byId.get(id);
  return id !== undefined && def ? { id, def } : null;
}
