/**
 * What the pane knows about its host, read from the Office globals without ever throwing.
 *
 * office.js comes from Microsoft's CDN: offline it fails to load (no `Office` global), in a
 * plain browser it loads and `Office.onReady` resolves with host null, and in Excel it
 * resolves with host "Excel". The pane renders before any of that is known (browsing the
 * data never waits for Office) and updates when `detectHost` settles.
 */

/** The colours Office reports for its theme (Office.context.officeTheme), when it does. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
  /** Newer hosts say it directly. */
  readonly isDarkTheme?: boolean;
}

export interface HostInfo {
  /** "pending" until detection settles; then "excel", "office" (another host) or "browser". */
  readonly kind: "pending" | "excel" | "office" | "browser";
  /** Office.context.displayLanguage, e.g. "zh-CN"; null outside Office. */
  readonly displayLanguage: string | null;
  readonly theme: OfficeThemeColors | null;
}

export const PENDING_HOST: HostInfo = { kind: "pending", displayLanguage: null, theme: null };
const BROWSER: HostInfo = { kind: "browser", displayLanguage: null, theme: null };

/** The slice of the Office global read here; every member may be missing. */
interface OfficeLike {
  onReady?: () => PromiseLike<{ host?: string | null } | undefined> | undefined;
  context?: { displayLanguage?: unknown; officeTheme?: unknown };
}

/** Reads a property that may be a throwing getter in some hosts. */
function runSafely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function readTheme(office: OfficeLike): OfficeThemeColors | null {
  const theme = runSafely(() => office.context?.officeTheme);
  if (typeof theme !== "object" || theme === null) return null;
  const t = theme as Record<string, unknown>;
  const colour = (key: string) => (typeof t[key] === "string" ? t[key] : undefined);
  const colors: OfficeThemeColors = {
    bodyBackgroundColor: colour("bodyBackgroundColor"),
    bodyForegroundColor: colour("bodyForegroundColor"),
    controlBackgroundColor: colour("controlBackgroundColor"),
    controlForegroundColor: colour("controlForegroundColor"),
    isDarkTheme: typeof t.isDarkTheme === "boolean" ? t.isDarkTheme : undefined,
  };
  return colors;
}

function readInfo(office: OfficeLike, host: string | null | undefined): HostInfo {
  if (!host) return BROWSER;
  const lang = runSafely(() => office.context?.displayLanguage);
  return {
    kind: host === "Excel" ? "excel" : "office",
    displayLanguage: typeof lang === "string" ? lang : null,
    theme: readTheme(office),
  };
}

/**
 * Waits for Office.onReady, guarded: no Office global, an onReady that throws or rejects, or
 * one that never settles within `timeoutMs` all mean "browser". Never rejects.
 */
export function detectHost(scope: object = globalThis, timeoutMs = 8000): Promise<HostInfo> {
  const office = runSafely(() => (scope as { Office?: unknown }).Office) as OfficeLike | undefined;
  if (typeof office !== "object" || office === null || typeof office.onReady !== "function") return Promise.resolve(BROWSER);
  return new Promise((resolve) => {
    let settled = false;
    const done = (info: HostInfo) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(info);
    };
    const timer = setTimeout(() => done(BROWSER), timeoutMs);
    try {
      Promise.resolve(office.onReady!()).then(
        (ready) => done(readInfo(office, ready?.host)),
        () => done(BROWSER),
      );
    } catch {
      done(BROWSER);
    }
  });
}
