/**
 * Periods as analysts write them (SPEC §2), read into canonical period ids by one parser that
 * DATA, SERIES, SOURCE, the templates, the pane's formula builder and import all call.
 *
 *   year      2024, FY2024, FY24, 2024A, 2024年, 2024年度, 2024年报
 *   half      2025H1, 1H25, 1H2025, H1 2025, H1'25, 2025 H1, 25H1, 2025年上半年, 2025中报, 2025半年报,
 *             2025年1-6月 (likewise 2025年1-3月 = Q1, 2024年1-12月 = the year)
 *   quarter   2025Q1, 1Q25, Q1'25, Q1 2025, 2025年第一季度, 2025一季报 (Q1)
 *   Q1–Q3     2025Q1Q3, 2025三季报, 2025年前三季度, 9M25, Q1-Q3 2025 (cumulative nine months)
 *   month     2025M07, 2025-07, 2025年7月, Jul 2025
 *   date      2025-06-30, 2025/6/30, 20250630, 2025年6月30日, 6/30/2025, 30/06/2025, 2025年6月末,
 *             2024年末, an Excel date serial: the period
 *             closing that day (03-31 → Q1, 06-30 → H1, 09-30 → Q1–Q3, 12-31 → the year, other
 *             month ends → the month); `fromDate` tells the lookup to take the longest period
 *             it has that ends that day
 *   forecast  2027E, FY27E, 2027F, 2027预测: the same id with `forecast: true`
 *   relative  LTM, TTM, 近十二个月 (the latest twelve months the statements allow), LTM 2025H1 /
 *             TTM 1H25 (a fixed LTM id), FY0 / FY-1 / FY+1 (fiscal years counted from the latest
 *             reported one), latest / 最新
 *
 * Two-digit years are 20xx. Case, full width and spaces do not matter (ＦＹ２４ = fy 24).
 * Anything else is refused with a message naming what was typed and the nearest spellings.
 */
import type { Localized } from "./errors";
import { LTM_ID_PATTERN, PERIOD_ID_PATTERN, periodInfo, type Period } from "./periods";
import { CORE_MSG } from "./messages";
import { compactKey, editDistance } from "./text";

/** A period that depends on the data: the caller resolves it against what a company reports. */
export type RelativePeriod =
  | { readonly type: "latest" }
  /** The last twelve months the statements allow (latest interim + prior year − prior interim). */
  | { readonly type: "ltm" }
  /** A fiscal year counted from the latest reported one: FY0 = it, FY-1 = the year before. */
  | { readonly type: "fiscal_year"; readonly offset: number };

export type PeriodParse =
  | {
      readonly ok: true;
      readonly type: "period";
      /** Canonical id: "2025H1", "2024", "2025Q1Q3", "LTM2025H1". */
      readonly id: string;
      readonly period: Period;
      /** Written as a forecast (2027E): the caller should prefer a forecast statement. */
      readonly forecast: boolean;
      /** Written as a closing date: any period ending that day will do (longest first). */
      readonly fromDate: boolean;
    }
  | { readonly ok: true; readonly type: "relative"; readonly relative: RelativePeriod }
  | {
      readonly ok: false;
      /** What was typed, trimmed. */
      readonly typed: string;
      /** The nearest accepted spellings (at most 3), best first. */
      readonly nearest: readonly string[];
      /** Names what was typed, the nearest spellings, and what is accepted. */
      readonly message: Localized;
    };

/** Sample spellings for help text and the formula builder (one per kind). */
export const PERIOD_EXAMPLES: readonly string[] = [
  "2024",
  "FY24",
  "2024年报",
  "2025H1",
  "1H25",
  "2025中报",
  "2025Q1",
  "1Q25",
  "2025一季报",
  "2025三季报",
  "2025-06-30",
  "2027E",
  "LTM",
  "FY-1",
  "latest",
];

export const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const MONTH_BY_NAME: Readonly<Record<string, number>> = Object.fromEntries(MONTHS_EN.map((m, i) => [m.toUpperCase(), i + 1]));
const ZH_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Excel date serials this parser reads as dates: 1990-01-01 … 2099-12-31. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73415;

const year = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
const Y = String.raw`(\d{4}|\d{2})`;
const Y4 = String.raw`(\d{4})`;
const re = (src: string): RegExp => new RegExp(`^${src}$`);

/** Fixed forms: compact text (upper case, no spaces) → canonical id. First match wins. */
const FORMS: readonly [RegExp, (m: RegExpExecArray) => string | null][] = [
  // Years
  [re(`(?:FY)?${Y4}(?:FY|A|年|年度|年报|年年报|年度报告|全年)?`), (m) => m[1]!],
  [re(`FY'?(\\d{2})A?`), (m) => String(year(m[1]!))],
  // Halves
  [re(`([12])H'?${Y}`), (m) => `${year(m[2]!)}H${m[1]}`],
  [re(`H([12])'?${Y}`), (m) => `${year(m[2]!)}H${m[1]}`],
  [re(`${Y}'?([12])H`), (m) => `${year(m[1]!)}H${m[2]}`],
  [re(`(\\d{2})H([12])`), (m) => `${year(m[1]!)}H${m[2]}`],
  [re(`${Y4}年?(上|下)半年(?:度|报|度报告)?`), (m) => `${m[1]}H${m[2] === "上" ? 1 : 2}`],
  [re(`${Y4}年?(?:中报|中期|中期报告|半年报|半年度报告|半年度|半年|中期业绩)`), (m) => `${m[1]}H1`],
  // Cumulative months as Chinese statements head their columns: 2025年1-6月, 2025年1-3月, 2024年1-12月
  [re(`${Y4}年?1[-~–—至](3|6|12)月`), (m) => (m[2] === "3" ? `${m[1]}Q1` : m[2] === "6" ? `${m[1]}H1` : m[1]!)],
  // Q1–Q3 cumulative (before single quarters: "2025三季报" is the nine months)
  [re(`${Y4}Q1[-~–—]?Q3`), (m) => `${m[1]}Q1Q3`],
  [re(`Q1[-~–—]Q3'?${Y}`), (m) => `${year(m[1]!)}Q1Q3`],
  [re(`(?:1[-~–—]3Q|1[-~–—]9M|9M)'?${Y}`), (m) => `${year(m[1]!)}Q1Q3`],
  [re(`${Y4}(?:9M|1[-~–—]9M)`), (m) => `${m[1]}Q1Q3`],
  [re(`${Y4}年?(?:前三季度|前三季|1[-~–—]9月)(?:报告)?`), (m) => `${m[1]}Q1Q3`],
  [re(`${Y4}年?(?:第?三季报|第?三季度报告)`), (m) => `${m[1]}Q1Q3`],
  // Single quarters
  [re(`${Y4}年?(?:第?一季报|第?一季度报告)`), (m) => `${m[1]}Q1`],
  [re(`([1-4])Q'?${Y}`), (m) => `${year(m[2]!)}Q${m[1]}`],
  [re(`Q([1-4])'?${Y}`), (m) => `${year(m[2]!)}Q${m[1]}`],
  [re(`${Y}'?([1-4])Q`), (m) => `${year(m[1]!)}Q${m[2]}`],
  [re(`(\\d{2})Q([1-4])`), (m) => `${year(m[1]!)}Q${m[2]}`],
  [re(`${Y4}年?第?([一二三四1-4])季度?`), (m) => `${m[1]}Q${ZH_DIGIT[m[2]!]}`],
  // Months (a full date is tried before these, in dateId)
  [re(`${Y4}M(\\d)`), (m) => `${m[1]}M0${m[2]}`],
  [re(`${Y4}(?:-|/|\\.|年)(\\d{1,2})月?`), (m) => monthId(Number(m[1]), Number(m[2]))],
  [re(`([A-Z]{3})[A-Z]*[-']?${Y}`), (m) => (MONTH_BY_NAME[m[1]!] ? monthId(year(m[2]!), MONTH_BY_NAME[m[1]!]!) : null)],
];

function monthId(y: number, month: number): string | null {
  return month >= 1 && month <= 12 ? `${y}M${String(month).padStart(2, "0")}` : null;
}

/** The period closing on a date, or null when the date is not a month end. */
function closingPeriod(y: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (day !== last) return null;
  if (month === 12) return String(y);
  if (month === 6) return `${y}H1`;
  if (month === 3) return `${y}Q1`;
  if (month === 9) return `${y}Q1Q3`;
  return monthId(y, month);
}

const DATE_FORMS: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** 6/30/2025 or 30/06/2025: month ends are never ambiguous (the day is above 12). */
const DAY_MONTH_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** Ends of a month or a year in Chinese: 2024年末, 2025年6月末. */
const MONTH_END_ZH = /^(\d{4})年?(?:(\d{1,2})月)?(?:末|底)$/;

/** A date's period: `null` when the text is not a date, `false` when it is a date but no month end. */
function dateId(compact: string): string | null | false {
  for (const form of DATE_FORMS) {
    const m = form.exec(compact);
    if (m) return closingPeriod(Number(m[1]), Number(m[2]), Number(m[3])) ?? false;
  }
  const dmy = DAY_MONTH_YEAR.exec(compact);
  if (dmy) {
    const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    if (a > 12 === b > 12) return false; // both days or both months: ambiguous, or no date
    return (a > 12 ? closingPeriod(y, b, a) : closingPeriod(y, a, b)) ?? false;
  }
  const end = MONTH_END_ZH.exec(compact);
  if (end) {
    const y = Number(end[1]);
    const month = end[2] === undefined ? 12 : Number(end[2]);
    return month >= 1 && month <= 12 ? closingPeriod(y, month, new Date(Date.UTC(y, month, 0)).getUTCDate()) : false;
  }
  return null;
}

/** An Excel date serial (days since 1899-12-30) as y, m, d. */
function serialDate(serial: number): [number, number, number] {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const LTM_WORDS = /^(?:LTM|TTM|近十二个月|近12个月|最近十二个月|最近12个月|过去十二个月|过去12个月|滚动十二个月|滚动12个月)$/;
const LTM_PREFIX = /^(?:LTM|TTM)(.+)$/;
const LTM_SUFFIX = /^(.+?)(?:LTM|TTM)$/;
const LATEST_WORDS = /^(?:LATEST|LAST|最新|最新一期|最近一期|最近)$/;
const FISCAL_OFFSET = /^FY([+-]\d{1,2}|0|[1-9])$/;
const FORECAST_SUFFIX = /^(.*[\dHQ年报度])(?:E|F|\(E\)|预测|预计|\(预测\)|\(预计\))$/;

type Fixed = { id: string; fromDate: boolean } | { dateNotMonthEnd: true } | null;

/** Fixed (non-relative, non-forecast) forms, on compact upper-case text. */
function fixedId(compact: string): Fixed {
  if (PERIOD_ID_PATTERN.test(compact) || LTM_ID_PATTERN.test(compact)) return { id: compact, fromDate: false };
  const d = dateId(compact);
  if (d === false) return { dateNotMonthEnd: true };
  if (d !== null) return { id: d, fromDate: true };
  for (const [form, build] of FORMS) {
    const m = form.exec(compact);
    if (!m) continue;
    const id = build(m);
    if (id !== null && periodInfo(id)) return { id, fromDate: false };
  }
  return null;
}

/** The LTM id ending with the same day as `id` (a year is its own last twelve months). */
function ltmEndingWith(id: string): string | null {
  const p = periodInfo(id);
  if (!p || p.kind === "ltm") return p ? p.id : null;
  if (p.kind === "month") return null;
  const month = new Date(p.endDay * 86_400_000).getUTCMonth() + 1;
  if (month === 12) return String(p.year);
  const interim = month === 3 ? "Q1" : month === 6 ? "H1" : month === 9 ? "Q1Q3" : null;
  return interim ? `LTM${p.year}${interim}` : null;
}

function ok(id: string, forecast: boolean, fromDate: boolean): PeriodParse {
  return { ok: true, type: "period", id, period: periodInfo(id)!, forecast, fromDate };
}

/**
 * Reads a period as typed (text, or a number: a year such as 2024, or an Excel date serial).
 * Blank text is refused too (callers treat blank as "latest" before calling).
 */
export function parsePeriod(raw: string | number): PeriodParse {
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && raw >= 1900 && raw <= 2100) return ok(String(raw), false, false);
    if (Number.isInteger(raw) && raw >= SERIAL_MIN && raw <= SERIAL_MAX) {
      const [y, m, d] = serialDate(raw);
      const id = closingPeriod(y, m, d);
      if (id) return ok(id, false, true);
      const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      return refuse(iso, CORE_MSG.notMonthEnd(iso));
    }
    return refuse(String(raw));
  }
  const typed = raw.trim();
  const upper = raw.normalize("NFKC").trim().toUpperCase().replace(/[’‘`´]/g, "'").replace(/\s+/g, " ");
  const compact = upper.replace(/[\s_]/g, "").replace(/[（]/g, "(").replace(/[）]/g, ")");
  if (compact === "") return refuse(typed);
  if (LTM_WORDS.test(compact)) return { ok: true, type: "relative", relative: { type: "ltm" } };
  if (LATEST_WORDS.test(compact)) return { ok: true, type: "relative", relative: { type: "latest" } };
  const fy = FISCAL_OFFSET.exec(compact);
  if (fy) return { ok: true, type: "relative", relative: { type: "fiscal_year", offset: Number(fy[1]) } };

  const ltm = LTM_PREFIX.exec(compact) ?? LTM_SUFFIX.exec(compact);
  if (ltm) {
    const inner = fixedId(ltm[1]!.replace(/^[-:']+|[-:']+$/g, ""));
    const id = inner && "id" in inner ? ltmEndingWith(inner.id) : null;
    if (id) return ok(id, false, false);
    return refuse(typed);
  }

  let body = compact;
  let forecast = false;
  const fc = FORECAST_SUFFIX.exec(compact);
  if (fc && !fixedId(compact)) {
    body = fc[1]!;
    forecast = true;
  }
  const fixed = fixedId(body);
  if (fixed && "id" in fixed) return ok(fixed.id, forecast, fixed.fromDate);
  if (fixed) return refuse(typed, CORE_MSG.notMonthEnd(typed));
  return refuse(typed);
}

/**
 * The canonical id of a fixed period, or null (relative periods, forecasts marked E and
 * refusals give null). Kept for callers that only need an id.
 */
export function normalizePeriodArg(raw: string | number): string | null {
  const r = parsePeriod(raw);
  return r.ok && r.type === "period" && !r.forecast && !r.period.ltmOf ? r.id : null;
}


/** Spellings of one year, for "nearest" suggestions. */
function spellingsOf(y: number): string[] {
  const yy = String(y % 100).padStart(2, "0");
  return [
    `${y}`, `FY${y}`, `FY${yy}`, `${y}年报`,
    `${y}H1`, `${y}H2`, `1H${yy}`, `2H${yy}`, `H1 ${y}`, `H1'${yy}`, `${y}中报`, `${y}半年报`, `${y}年上半年`, `${y}年下半年`,
    `${y}Q1`, `${y}Q2`, `${y}Q3`, `${y}Q4`, `1Q${yy}`, `${y}一季报`, `${y}三季报`, `${y}Q1Q3`,
    `${y}-03-31`, `${y}-06-30`, `${y}-09-30`, `${y}-12-31`, `${y}E`, `FY${yy}E`,
  ];
}

const RELATIVE_SPELLINGS = ["LTM", "TTM", "FY-1", "FY0", "latest", "最新"];

/** The nearest accepted spellings to what was typed (years taken from the text; 2025 if none). */
export function nearestPeriodSpellings(typed: string, max = 3): string[] {
  const norm = typed.normalize("NFKC");
  const years = new Set<number>();
  for (const m of norm.matchAll(/\d{4}/g)) {
    const y = Number(m[0]);
    if (y >= 1900 && y <= 2100) years.add(y);
  }
  if (years.size === 0) for (const m of norm.matchAll(/(?<!\d)\d{2}(?!\d)/g)) years.add(2000 + Number(m[0]));
  if (years.size === 0) years.add(2025);
  const q = [...compactKey(norm)].slice(0, 40).join("");
  const scored = [...[...years].slice(0, 3).flatMap(spellingsOf), ...RELATIVE_SPELLINGS].map((s, i) => ({ s, i, d: editDistance(q, compactKey(s)) }));
  scored.sort((a, b) => a.d - b.d || a.i - b.i);
  return scored.slice(0, max).map((x) => x.s);
}

function refuse(typed: string, lead?: Localized): PeriodParse {
  const nearest = nearestPeriodSpellings(typed);
  const head = lead ?? (typed === "" ? CORE_MSG.periodBlank : CORE_MSG.notAPeriod(typed));
  return {
    ok: false,
    typed,
    nearest,
    message: CORE_MSG.periodRefused(head, nearest),
  };
}
