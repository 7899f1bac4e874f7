/**
 * The language choice, remembered between sessions where the webview allows storage.
 * Storage can be missing or throw (private modes, some Office webviews): then nothing is
 * remembered and nothing fails.
 */
const KEY = "capcycle.lang";

export function readStoredLang(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLang(lang: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // Not remembered; the switch still works for this session.
  }
}
