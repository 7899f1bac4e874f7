/**
 * The export command line, parsed into options or a reason (both languages). Kept apart from
 * scripts/export.ts so it is tested without starting a process.
 */
import { langFromLocale, type Lang, type Localized } from "../core/errors";
import { UNIT_ARG_FORMS } from "../core/dataset/unit-arg";
import { MONEY_UNITS, type MoneyUnitId } from "../core/template/options";
import { compactKey } from "../core/text";
import { EXPORT_MSG } from "./messages";

export type ExportCommand =
  | { readonly kind: "help"; readonly lang: Lang }
  | { readonly kind: "list"; readonly lang: Lang }
  | { readonly kind: "export"; readonly lang: Lang; readonly company: string; readonly out: string; readonly unit: MoneyUnitId }
  /** From the analyst's own file: every company in it, or the one named. */
  | { readonly kind: "data"; readonly lang: Lang; readonly data: string; readonly company?: string; readonly out: string; readonly unit: MoneyUnitId };

export type ParsedArgs = { readonly ok: true; readonly command: ExportCommand } | { readonly ok: false; readonly lang: Lang; readonly reason: Localized };

const VALUED = new Set(["--company", "--data", "--out", "--lang", "--unit"]);
const FLAGS = new Set(["--help", "-h", "--list"]);

/** The language of messages (and default labels) from the environment: LC_ALL, LC_MESSAGES, LANG. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return langFromLocale(locale.replace(/_/g, "-"));
}

/** A unit as users type it (亿, 100m, 百万, m, million, 万, 10k, 元, 1 ...) → a template money unit. */
export function parseTemplateUnit(text: string): { ok: true; unit: MoneyUnitId } | { ok: false; reason: Localized } {
  const key = compactKey(text);
  const exp = Object.entries(UNIT_ARG_FORMS).find(([, forms]) => forms.some((f) => compactKey(f) === key))?.[0];
  if (exp === undefined) return { ok: false, reason: EXPORT_MSG.badUnit(text) };
  const unit = (Object.keys(MONEY_UNITS) as MoneyUnitId[]).find((u) => MONEY_UNITS[u].factor === 10 ** Number(exp));
  return unit ? { ok: true, unit } : { ok: false, reason: EXPORT_MSG.unitNotInTemplates(text) };
}

export function parseExportArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let lang: Lang = langFromEnv(env);
  const fail = (reason: Localized): ParsedArgs => ({ ok: false, lang, reason });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(name) && eq < 0) {
      flags.add(name === "-h" ? "--help" : name);
      continue;
    }
    if (!VALUED.has(name)) return fail(EXPORT_MSG.unknownOption(arg));
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.trim() === "" || (eq < 0 && value.startsWith("--"))) return fail(EXPORT_MSG.missingValue(name));
    values.set(name, value);
  }
  const langArg = values.get("--lang");
  if (langArg !== undefined) {
    const l = langArg.trim().toLowerCase();
    if (l !== "en" && l !== "zh" && !/^zh[-_]/.test(l) && !/^en[-_]/.test(l)) return fail(EXPORT_MSG.badLang(langArg));
    lang = l.startsWith("zh") ? "zh" : "en";
  }
  if (flags.has("--help")) return { ok: true, command: { kind: "help", lang } };
  if (flags.has("--list")) return { ok: true, command: { kind: "list", lang } };
  const company = values.get("--company");
  const data = values.get("--data");
  if (company === undefined && data === undefined) return fail(EXPORT_MSG.missingCompany);
  const out = values.get("--out");
  if (out === undefined) return fail(EXPORT_MSG.missingOut);
  if (!/\.xlsx$/i.test(out)) return fail(EXPORT_MSG.notXlsx(out));
  let unit: MoneyUnitId = "亿";
  const unitArg = values.get("--unit");
  if (unitArg !== undefined) {
    const u = parseTemplateUnit(unitArg);
    if (!u.ok) return fail(u.reason);
    unit = u.unit;
  }
  if (data !== undefined) return { ok: true, command: { kind: "data", lang, data, ...(company !== undefined ? { company } : {}), out, unit } };
  return { ok: true, command: { kind: "export", lang, company: company!, out, unit } };
}
