/**
 * The pane's two languages. A typed dictionary (en.ts / zh.ts) rather than an i18n library:
 * two languages, about two hundred labels, and the compiler proves both are complete; a
 * library would add weight to the bundle and move the check to run time (docs/taskpane.md).
 */
import { createContext, useContext } from "react";
import { langFromLocale, type Lang, type Localized } from "../../core/errors";
import { en, type Messages } from "./en";
import { zh } from "./zh";

export type { Messages } from "./en";

export function messagesFor(lang: Lang): Messages {
  return lang === "zh" ? zh : en;
}

/** BCP 47 tag for `lang` attributes and number formatting. */
export function localeTag(lang: Lang): "zh-CN" | "en-US" {
  return lang === "zh" ? "zh-CN" : "en-US";
}

/**
 * The language the pane starts in: the user's earlier choice (the switch) if any, else
 * Office's display language, else the browser's. zh-* → Chinese, anything else → English.
 */
export function initialLang(stored: string | null, displayLanguage: string | null, browserLanguage: string | null): Lang {
  if (stored === "en" || stored === "zh") return stored;
  return langFromLocale(displayLanguage ?? browserLanguage);
}

export interface I18n {
  readonly lang: Lang;
  readonly t: Messages;
  /** Picks one language of a message the adapter or the dataset produced. */
  readonly pick: (message: Localized) => string;
  readonly setLang: (lang: Lang) => void;
}

export const I18nContext = createContext<I18n>({
  lang: "en",
  t: en,
  pick: (m) => m.en,
  setLang: () => undefined,
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
