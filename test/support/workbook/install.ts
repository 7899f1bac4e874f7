/**
 * Installs `Office`, `Excel`, `OfficeExtension` (and `CustomFunctions`) globals backed by a fake
 * workbook, for code that reads the globals — the task pane's end-to-end test serves a bundle
 * of this module in place of office.js. No node-only imports: it runs in a browser.
 */
import { FakeOfficeError } from "./errors";
import type { FakeExcel } from "./index";

export interface InstallOptions {
  /** Office.context.displayLanguage (default "en-US"). */
  displayLanguage?: string;
  /** Office.context.platform (default "PC"). */
  platform?: string;
  /** Define `CustomFunctions` (shared runtime). Default true. */
  customFunctions?: boolean;
}

export interface InstalledOffice {
  /** Functions registered with CustomFunctions.associate, by id. */
  readonly customFunctions: Map<string, (...args: unknown[]) => unknown>;
  /** Ribbon actions registered with Office.actions.associate, by id. */
  readonly actions: Map<string, (event: unknown) => unknown>;
  /** Office.addin.showAsTaskpane / hide calls, in order. */
  readonly addinCalls: string[];
  /**
   * The person showing or closing the task pane. In the shared runtime the page keeps running
   * while the pane is hidden; Office tells it through Office.addin.onVisibilityModeChanged
   * (SharedRuntime 1.1; learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in).
   * Resolves when the registered handlers have run.
   */
  setVisibility(mode: "Taskpane" | "Hidden"): Promise<void>;
  /** The pane's visibility now (starts "Taskpane"). */
  readonly visibility: "Taskpane" | "Hidden";
  /** Removes the globals again. */
  uninstall(): void;
}

const HOST_TYPES = ["Excel", "Word", "PowerPoint", "Outlook", "OneNote", "Project", "Access"];
const PLATFORMS = ["PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal"];

class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

export function installFakeOffice(target: object, fake: FakeExcel, options: InstallOptions = {}): InstalledOffice {
  const global = target as Record<string, unknown>;
  const previous = { Office: global.Office, Excel: global.Excel, OfficeExtension: global.OfficeExtension, CustomFunctions: global.CustomFunctions };
  const platform = options.platform ?? "PC";
  const customFunctions = new Map<string, (...args: unknown[]) => unknown>();
  const actions = new Map<string, (event: unknown) => unknown>();
  const addinCalls: string[] = [];
  let visibility: "Taskpane" | "Hidden" = "Taskpane";
  const visibilityHandlers = new Set<(args: { visibilityMode: string }) => unknown>();
  const setVisibility = async (mode: "Taskpane" | "Hidden"): Promise<void> => {
    visibility = mode;
    await Promise.all([...visibilityHandlers].map((h) => h({ visibilityMode: mode })));
  };
  const settings = fake.state.documentSettings;
  const info = { host: "Excel", platform };

  global.Office = {
    HostType: Object.fromEntries(HOST_TYPES.map((h) => [h, h])),
    PlatformType: Object.fromEntries(PLATFORMS.map((p) => [p, p])),
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: "Excel",
      platform,
      displayLanguage: options.displayLanguage ?? "en-US",
      contentLanguage: options.displayLanguage ?? "en-US",
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
      requirements: { isSetSupported: (name: string, version?: string | number) => fake.isSetSupported(name, version) },
      document: {
        settings: {
          get: (name: string) => (settings.has(name) ? (JSON.parse(settings.get(name)!) as unknown) : null),
          set: (name: string, value: unknown) => void settings.set(name, JSON.stringify(value)),
          remove: (name: string) => void settings.delete(name),
          saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
      },
    },
    actions: { associate: (id: string, fn: (event: unknown) => unknown) => void actions.set(id, fn) },
    VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
    addin: {
      showAsTaskpane: async () => {
        addinCalls.push("showAsTaskpane");
        await setVisibility("Taskpane");
      },
      hide: async () => {
        addinCalls.push("hide");
        await setVisibility("Hidden");
      },
      // Resolves to the function that removes the handler (Office.js's signature).
      onVisibilityModeChanged: async (handler: (args: { visibilityMode: string }) => unknown) => {
        visibilityHandlers.add(handler);
        return async () => void visibilityHandlers.delete(handler);
      },
    },
  };
  global.Excel = fake.Excel;
  global.OfficeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: Object.fromEntries(
      ["AccessDenied", "GeneralException", "ActivityLimitReached", "InvalidObjectPath", "PropertyNotLoaded", "ValueNotLoaded", "InvalidRequestContext", "InvalidArgument", "RunMustReturnPromise", "ApiNotFound"].map(
        (code) => [code.charAt(0).toLowerCase() + code.slice(1), code],
      ),
    ),
  };
  if (options.customFunctions !== false) {
    global.CustomFunctions = {
      associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
        if (typeof idOrMap === "string") customFunctions.set(idOrMap.toUpperCase(), fn!);
        else for (const [id, f] of Object.entries(idOrMap)) customFunctions.set(id.toUpperCase(), f);
      },
      Error: FakeCustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    };
  }
  return {
    customFunctions,
    actions,
    addinCalls,
    setVisibility,
    get visibility() {
      return visibility;
    },
    uninstall() {
      for (const [key, value] of Object.entries(previous)) {
        if (value === undefined) delete global[key];
        else global[key] = value;
      }
    },
  };
}
