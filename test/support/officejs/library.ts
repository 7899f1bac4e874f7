/**
 * Loads one of Microsoft's Excel client builds from `@microsoft/office-js` into a `node:vm`
 * context: the library Excel add-ins run in Excel on the web, Windows and Mac, unchanged. It
 * needs a few browser globals (window/self, a minimal document, location, navigator) and the
 * object office.js's bootstrap would provide (`OSF._OfficeAppFactory`, which answers
 * `Office.context`). Everything it sends to Excel ends in one function,
 * `OSF.DDA.RichApi.executeRichApiRequestAsync(safeArray, callback)`, which the caller replaces
 * (see wire.ts for the protocol).
 *
 * The script is compiled once per build; each `loadExcelLibrary` call runs it in a fresh
 * context (under 100 ms once compiled; the first load compiles the 3 MB script), so one
 * workbook's library state never leaks into another's.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import vm from "node:vm";

/** The three builds Excel loads today (web, Windows, Mac), as file names in the package's dist/. */
export const EXCEL_BUILDS = ["excel-web-16.00", "excel-win32-16.01", "excel-mac-16.00"] as const;
export type ExcelBuild = (typeof EXCEL_BUILDS)[number];

/** `Office.context.document` as far as the library uses it (selection-changed handlers). */
export interface DocumentStub {
  addHandlerAsync(eventType: string, handler: (args: unknown) => unknown, callback?: (result: unknown) => void): void;
  removeHandlerAsync(eventType: string, options: { handler?: (args: unknown) => unknown }, callback?: (result: unknown) => void): void;
}

export interface OfficeContextStub {
  readonly requirements: { isSetSupported(name: string, version?: string | number): boolean };
  readonly displayLanguage: string;
  readonly document: DocumentStub;
}

/** A loaded library: its globals, as an add-in would see them. */
export interface ExcelLibrary {
  readonly build: ExcelBuild;
  /** The vm context's global object (window). */
  readonly global: Record<string, unknown>;
  /** The library's `Excel` namespace: `Excel.run`, the proxies, the enums. */
  readonly Excel: typeof Excel & { run: typeof Excel.run };
  readonly Office: typeof Office;
  readonly OfficeExtension: typeof OfficeExtension;
  /** Replaces `OSF.DDA.RichApi.executeRichApiRequestAsync`: every request the library sends. */
  setTransport(send: (safeArray: unknown[], callback: (result: unknown) => void) => void): void;
}

const scripts = new Map<ExcelBuild, vm.Script>();

function script(build: ExcelBuild): vm.Script {
  let s = scripts.get(build);
  if (!s) {
    const dist = join(dirname(createRequire(__filename).resolve("@microsoft/office-js/package.json")), "dist");
    const file = join(dist, `${build}.debug.js`);
    s = new vm.Script(readFileSync(file, "utf8"), { filename: file });
    scripts.set(build, s);
  }
  return s;
}

const noop = (): void => undefined;

export function loadExcelLibrary(build: ExcelBuild, officeContext: OfficeContextStub): ExcelLibrary {
  const element = () => ({ style: {}, setAttribute: noop, appendChild: noop, addEventListener: noop });
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    document: {
      readyState: "complete",
      cookie: "",
      getElementsByTagName: () => [],
      querySelector: () => null,
      createElement: element,
      addEventListener: noop,
      head: element(),
      body: element(),
    },
    location: { href: "https://localhost/taskpane.html", hostname: "localhost", protocol: "https:", pathname: "/taskpane.html", search: "", hash: "" },
    navigator: { userAgent: "node", language: "en-US" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  script(build).runInContext(sandbox);

  const osf = sandbox.OSF as { _OfficeAppFactory?: unknown; DDA: { RichApi: { executeRichApiRequestAsync: unknown } } };
  // What office.js's bootstrap would set: `Office.context` is read through it.
  osf._OfficeAppFactory = {
    getContext: () => officeContext,
    getHostInfo: () => ({ isDialog: false, hostType: "excel", hostPlatform: build.split("-")[1] }),
    getId: () => "capcycle-test",
  };
  return {
    build,
    global: sandbox,
    Excel: sandbox.Excel as ExcelLibrary["Excel"],
    Office: sandbox.Office as typeof Office,
    OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension,
    setTransport(send) {
      osf.DDA.RichApi.executeRichApiRequestAsync = send;
    },
  };
}
