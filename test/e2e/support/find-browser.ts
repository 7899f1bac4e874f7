/**
 * Which Chromium-family browser the pane's browser tests drive. `npm install && npm test` must
 * work on a fresh machine with no apt step, so the search ends in a browser that an npm package
 * ships inside itself; installed browsers come first because they start faster and match what
 * the person has.
 *
 * Order: $CAPCYCLE_BROWSER (an executable path) → Debian/Ubuntu Chromium → an installed Chrome or
 * Edge (Linux, macOS, Windows) → `@sparticuz/chromium` (Linux x64 only: it unpacks its Chromium
 * to the temp folder on first use). Nothing found is an error naming every place looked in:
 * a silent skip would hide that the pane was never tried in a browser.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface FoundBrowser {
  readonly executablePath: string;
  /** Where it came from, for messages and BENCHMARKS.md. */
  readonly origin: "env" | "installed" | "npm:@sparticuz/chromium";
  /** Launch arguments the browser needs beyond our own (the npm Chromium has its own set). */
  readonly extraArgs: readonly string[];
}

/** What the search looks at: the machine, or (in test/e2e/find-browser.test.ts) a made-up one. */
export interface BrowserProbe {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly arch: string;
  readonly exists: (path: string) => boolean;
}

const THIS_MACHINE: BrowserProbe = { env: process.env, platform: process.platform, arch: process.arch, exists: existsSync };

/** Installed browsers to try, in order, on a platform. */
export function installedCandidates(platform: NodeJS.Platform, env: BrowserProbe["env"]): string[] {
  switch (platform) {
    case "darwin":
      return [
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
      ];
    case "win32": {
      const roots = [env["PROGRAMFILES"], env["PROGRAMFILES(X86)"], env["LOCALAPPDATA"]].filter((r): r is string => !!r);
      return roots.flatMap((root) => [
        join(root, "Google", "Chrome", "Application", "chrome.exe"),
        join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
      ]);
    }
    default:
      return [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/usr/bin/microsoft-edge",
        "/opt/google/chrome/chrome",
      ];
  }
}

let found: Promise<FoundBrowser> | undefined;

/** Finds the browser once per process (the npm Chromium unpacks on first call). */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= locateBrowser(THIS_MACHINE);
  return found;
}

/** The search itself, on the machine `probe` describes (uncached). */
export async function locateBrowser(probe: BrowserProbe): Promise<FoundBrowser> {
  const fromEnv = probe.env["CAPCYCLE_BROWSER"];
  if (fromEnv) {
    if (!probe.exists(fromEnv)) throw new Error(`CAPCYCLE_BROWSER is set to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, origin: "env", extraArgs: [] };
  }
  const candidates = installedCandidates(probe.platform, probe.env);
  const installed = candidates.find((path) => probe.exists(path));
  if (installed) return { executablePath: installed, origin: "installed", extraArgs: [] };
  if (probe.platform === "linux" && probe.arch === "x64") {
    // Imported only here: the package is Linux-only and unpacks about 60 MB on first use.
    const { default: npmChromium } = await import("@sparticuz/chromium");
    const executablePath = await npmChromium.executablePath();
    // Its own argument list (npmChromium.args) is made for serverless hosts: --single-process
    // crashes the browser when a test closes its first context, and --disable-web-security would
    // void the pane's Content-Security-Policy tests. The binary runs with our usual arguments.
    return { executablePath, origin: "npm:@sparticuz/chromium", extraArgs: [] };
  }
  throw new Error(
    `No Chromium, Chrome or Edge found for the pane's browser tests. Looked in: ${candidates.join(", ")}. ` +
      "Install Chrome or Edge, or set CAPCYCLE_BROWSER to a Chromium-family executable.",
  );
}
