/**
 * `range.text`: a cell's value as Excel displays it under its number format. Covers what the
 * add-in writes — General, fixed decimals ("0.00"), grouping ("#,##0"), percentages ("0.0%"),
 * quoted literals ('0.00"亿"'), scaling commas, sign sections, and simple dates (yyyy, mm, dd).
 * Anything fancier (fractions, conditions, elapsed time) falls back to General.
 */
import type { ExcelValue } from "./engine";

function general(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const m = String(Number(mantissa));
    const e = Number(exponent);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const digits = Math.max(1, 10 - Math.floor(Math.log10(abs)));
  return String(Number(value.toFixed(Math.min(digits, 9))));
}

/** Splits a format section into literal text and the numeric placeholder run. */
function scan(section: string): { before: string; core: string; after: string; percent: number } {
  let before = "";
  let core = "";
  let after = "";
  let percent = 0;
  let i = 0;
  const emit = (text: string) => {
    if (core === "") before += text;
    else after += text;
  };
  while (i < section.length) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      emit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "\\") {
      emit(section[i + 1] ?? "");
      i += 2;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "_") {
      emit(" ");
      i += 2;
    } else if (ch === "*") {
      i += 2;
    } else if ("0#?.,".includes(ch) && after === "") {
      core += ch;
      i += 1;
    } else {
      if (ch === "%") percent += 1;
      emit(ch);
      i += 1;
    }
  }
  return { before, core, after, percent };
}

function fixed(value: number, core: string): string {
  let scaled = value;
  let body = core;
  while (body.endsWith(",")) {
    scaled /= 1000;
    body = body.slice(0, -1);
  }
  const dot = body.indexOf(".");
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const decPart = dot < 0 ? "" : body.slice(dot + 1);
  const maxDec = (decPart.match(/[0#?]/g) ?? []).length;
  const minDec = (decPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  let [whole, frac = ""] = Math.abs(scaled).toFixed(maxDec).split(".");
  while (frac.length > minDec && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (whole === "0" && minInt === 0) whole = "";
  whole = whole!.padStart(minInt, "0");
  if (intPart.includes(",")) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac.length > 0 ? `${whole}.${frac}` : dot >= 0 && maxDec === 0 ? `${whole}.` : whole;
}

const DATE_TOKEN = /yyyy|yy|mmmm|mmm|mm|m|dd|d/gi;

function dateText(serial: number, format: string): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return format.replace(/"([^"]*)"/g, "$1").replace(DATE_TOKEN, (t) => {
    switch (t.toLowerCase()) {
      case "yyyy":
        return String(y);
      case "yy":
        return String(y % 100).padStart(2, "0");
      case "mm":
        return String(mo).padStart(2, "0");
      case "m":
        return String(mo);
      case "dd":
        return String(day).padStart(2, "0");
      case "d":
        return String(day);
      default:
        return String(mo);
    }
  });
}

export function formatText(value: ExcelValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = numberFormat || "General";
  if (format === "General" || format === "@") return general(value);
  const sections = format.split(";");
  const unquoted = format.replace(/"[^"]*"/g, "");
  if (/[yd]/i.test(unquoted) && !/[0#]/.test(unquoted)) return dateText(value, sections[0]!);
  let section = sections[0]!;
  let v = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const { before, core, after, percent } = scan(section);
  if (core === "" || !/[0#?]/.test(core)) return `${before}${after}` || general(value);
  const scaled = v * 100 ** percent;
  const sign = scaled < 0 && Number(fixed(scaled, core).replace(/[^0-9]/g, "")) !== 0 ? "-" : "";
  return `${sign}${before}${fixed(scaled, core)}${after}`;
}
