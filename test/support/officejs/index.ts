/**
 * Microsoft's Excel client library in the test loop: adapter code runs against the real
 * `Excel` namespace (`Excel.run`, `context.sync`, the library's proxies, its request encoding,
 * its client-side checks) and the library's requests are answered from the in-memory workbook.
 *
 *   const { fake, env } = fakeWorkbook();            // test/excel/helpers.ts
 *   const bridge = createOfficeJsBridge("excel-web-16.00", fake);
 *   await loadTemplateWith(bridge.env, options);     // same adapter call as the direct run
 *   expect(bridge.requests.length).toBeLessThanOrEqual(4);
 *
 * `bridge.env` is what the direct runs get from the workbook ({ run, isSetSupported }), with
 * `run` the library's `Excel.run`. Every request the library sends is logged in
 * `bridge.requests` (its body's JSON length in bytes, its actions, its error code if any).
 * Anything the workbook cannot answer (a member it lacks, a protocol feature the bridge does not
 * model) is answered as a GeneralException and listed in `bridge.problems`: scenarios assert it
 * stays empty, so a gap in the stand-in cannot pass for an Excel error.
 */
import type { ExcelEnv } from "../../../src/excel/types";
import type { FakeExcel } from "../workbook/index";
import { loadExcelLibrary, type DocumentStub, type ExcelBuild, type ExcelLibrary } from "./library";
import { Session, type WireRequest, type WireResponse } from "./wire";

export { EXCEL_BUILDS, type ExcelBuild } from "./library";

/** One request the library sent. */
export interface WireRequestLog {
  /** Length of the request body (JSON), the figure BENCHMARKS.md reports. */
  readonly bytes: number;
  readonly actions: number;
  /** Names of the method and property actions, in order ("GetRange" paths are not actions). */
  readonly names: readonly string[];
  /** The error code Excel's answer carried, if the request failed. */
  readonly error?: string;
}

export interface OfficeJsBridge {
  readonly build: ExcelBuild;
  readonly library: ExcelLibrary;
  /** { run: the library's Excel.run, isSetSupported: the workbook's requirement sets }. */
  readonly env: ExcelEnv;
  /** Requests sent since creation or the last `resetRequests()`. */
  readonly requests: readonly WireRequestLog[];
  /** Gaps met (see above). */
  readonly problems: readonly string[];
  resetRequests(): void;
  /**
   * Defines `Excel`, `Office` and `OfficeExtension` on `target` (globalThis by default) as an
   * add-in sees them — the library's namespaces, `Excel.run` being the bridge's — for code that
   * reads the globals (src/excel's `defaultEnv`). Returns the function that removes them again.
   */
  install(target?: object): () => void;
  /**
   * A person selecting cells: the workbook's selection changes, then the handlers the library
   * registered for DocumentSelectionChanged are called; resolves when every Excel.run they
   * started has finished.
   */
  select(sheet: string, address: string): Promise<void>;
}

export function createOfficeJsBridge(build: ExcelBuild, fake: FakeExcel): OfficeJsBridge {
  const requests: WireRequestLog[] = [];
  const problems: string[] = [];
  const selectionHandlers = new Set<(args: unknown) => unknown>();
  const succeeded = { status: "succeeded" };
  const document: DocumentStub = {
    addHandlerAsync(eventType, handler, callback) {
      if (eventType !== "documentSelectionChanged") problems.push(`document.addHandlerAsync(${eventType}) is not modelled`);
      selectionHandlers.add(handler);
      callback?.(succeeded);
    },
    removeHandlerAsync(_eventType, options, callback) {
      if (options.handler) selectionHandlers.delete(options.handler);
      else selectionHandlers.clear();
      callback?.(succeeded);
    },
  };
  const library = loadExcelLibrary(build, {
    requirements: { isSetSupported: (name, version) => fake.isSetSupported(name, version === undefined ? undefined : String(version)) },
    displayLanguage: "en-US",
    document,
  });

  // One session per Excel.run of the library; requests outside any run (an event handler's
  // removal after its run ended) get a session of their own.
  const active: Session[] = [];
  let running = 0;
  const openSession = async (): Promise<{ session: Session; close: () => Promise<void> }> => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let opened!: (s: Session) => void;
    const ready = new Promise<Session>((r) => (opened = r));
    const run = fake.run(async (context) => {
      opened(new Session(context));
      await released;
    });
    const session = await ready;
    return { session, close: () => (release(), run) };
  };

  const answer = async (body: WireRequest): Promise<WireResponse> => {
    if (active.length > 1) throw new Error("two Excel.run batches of one workbook are interleaved: the bridge cannot tell their requests apart");
    if (active.length === 1) return active[0]!.answer(body);
    const { session, close } = await openSession();
    try {
      return await session.answer(body);
    } finally {
      await close();
    }
  };

  let inFlight = 0;
  library.setTransport((safeArray, callback) => {
    inFlight++;
    const text = typeof safeArray[4] === "string" ? safeArray[4] : ""; // [verb, method, path, headers, body, …]
    const body = JSON.parse(text) as WireRequest;
    const names = body.Actions.filter((a) => a.ActionType === 3 || a.ActionType === 4).map((a) => a.Name);
    const reply = (response: WireResponse) => {
      const error = "Error" in response ? response.Error.Code : undefined;
      requests.push(error ? { bytes: text.length, actions: body.Actions.length, names, error } : { bytes: text.length, actions: body.Actions.length, names });
      inFlight--;
      callback({ status: "succeeded", value: { data: [200, [], JSON.stringify(response)] } });
    };
    answer(body).then(reply, (error: unknown) => {
      const message = `[bridge] ${error instanceof Error ? error.message : String(error)}`;
      problems.push(message);
      reply({ Error: { Code: "GeneralException", Message: message, Location: "", ActionIndex: 0 } });
    });
  });

  /** Resolves once `busy()` has stayed false for three turns of the event loop. */
  const quietWhile = async (busy: () => boolean) => {
    for (let quiet = 0; quiet < 3; ) {
      await new Promise((r) => setImmediate(r));
      quiet = busy() ? 0 : quiet + 1;
    }
  };

  const run = (async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const { session, close } = await openSession();
    active.push(session);
    running++;
    try {
      return await library.Excel.run(batch);
    } finally {
      // Excel.run resolves before its clean-up request is answered (it does not wait for it):
      // let that request reach this run's session, so it is counted with the operation.
      await quietWhile(() => inFlight > 0);
      active.splice(active.indexOf(session), 1);
      await close();
      running--;
    }
  }) as ExcelEnv["run"];

  // Handlers start their Excel.run after a few promise turns; wait until none is running.
  const settle = () => quietWhile(() => running > 0);

  return {
    build,
    library,
    env: { run, isSetSupported: (name, version) => fake.isSetSupported(name, version) },
    requests,
    problems,
    resetRequests: () => void requests.splice(0),
    install(target = globalThis) {
      const global = target as Record<string, unknown>;
      const names = ["Excel", "Office", "OfficeExtension"] as const;
      const previous = names.map((name) => [name, Object.getOwnPropertyDescriptor(global, name)] as const);
      // The library's Excel namespace (enums, classes) with the bridge's `run` in front of its own.
      global.Excel = Object.create(library.Excel, { run: { value: run, enumerable: true } }) as unknown;
      global.Office = library.Office;
      global.OfficeExtension = library.OfficeExtension;
      return () => {
        for (const [name, descriptor] of previous) {
          if (descriptor) Object.defineProperty(global, name, descriptor);
          else delete global[name];
        }
      };
    },
    async select(sheet, address) {
      await fake.select(sheet, address);
      for (const handler of [...selectionHandlers]) await handler({ type: "documentSelectionChanged" });
      await settle();
    },
  };
}
