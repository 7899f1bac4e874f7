/**
 * What each bench section measures, as plain JSON: a section runs in its own process
 * (scripts/bench/run-section.ts) and hands its result to the report (report.ts) through a file.
 */
import type { OfficeCost, TemplateLoadFigures } from "../../test/budgets/scenarios";

/** Milliseconds over repeated runs (after warm-up). */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Samples taken. */
  readonly runs: number;
  /**
   * Median CPU time of this process per call (all its threads, GC helpers included), where
   * measured: on a busy machine it shows the work itself, while wall time also holds the waits.
   */
  readonly cpu?: number;
}

export interface MachineInfo {
  readonly date: string;
  readonly commit: string;
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly chromium: string;
  /** 1-minute load average when the bench started: other work on the machine skews timings. */
  readonly loadAverage: number;
}

/** One refresh scenario: N charts, the cost of each step, and how many charts ended how. */
export interface RefreshRow {
  readonly charts: number;
  readonly sheets: number;
  readonly preview: OfficeCost;
  readonly apply: OfficeCost;
  /** status → charts ("refreshed": 10). */
  readonly outcomes: Readonly<Record<string, number>>;
  /** The ribbon button (one pass: read, re-bind, write); recorded charts only. */
  readonly ribbon?: OfficeCost;
  readonly ribbonOutcomes?: Readonly<Record<string, number>>;
}

/** The operations of one host: the in-memory workbook, or one Excel client build through it. */
export interface OperationCosts {
  readonly templates: readonly TemplateLoadFigures[];
  /** Charts recorded by templates, re-bound after a new period. */
  readonly recorded: readonly RefreshRow[];
  /** Charts the user made, extended over new periods. */
  readonly rollForward: readonly RefreshRow[];
  readonly chartFromSelection: { readonly periods: number; readonly cost: OfficeCost };
}

export interface RoundTripsResult extends OperationCosts {
  /**
   * The same operations through Microsoft's Excel client library (test/support/officejs), per
   * build: the requests it sends (SPEC §8 counts these) and their bytes.
   */
  readonly library?: readonly ({ readonly build: string } & OperationCosts)[];
}

export interface ThroughputRow {
  readonly fn: string;
  readonly cells: number;
  /** One call over `cells` cells. */
  readonly ms: Timing;
}

export interface LookupRow {
  /** What was timed, e.g. "DATA (core lookup)". */
  readonly what: string;
  readonly calls: number;
  /** Time for all `calls`. */
  readonly ms: Timing;
}

export interface ThroughputResult {
  readonly rows: readonly ThroughputRow[];
  /** How an input column is made (for the report's method line). */
  readonly input: string;
}

export interface LookupsResult {
  /** The first DATA call in a fresh process: builds the dataset index from the bundled seeds. */
  readonly firstCallMs: number;
  readonly queries: number;
  readonly rows: readonly LookupRow[];
}

export interface BundleFile {
  readonly file: string;
  /** "entry" (a script of taskpane.html, in its order) or "lazy" (loaded on demand). */
  readonly role: "entry" | "lazy";
  readonly raw: number;
  readonly gzip: number;
  /** What the bytes are, from the source map: [group, raw bytes], largest first. */
  readonly contents: readonly (readonly [string, number])[];
}

/** A bare page built with the add-in's webpack configuration (scripts/bench/floor.ts). */
export interface FloorPage {
  readonly name: string;
  /** What the page holds, in words. */
  readonly holds: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundlesResult {
  readonly build: string;
  readonly files: readonly BundleFile[];
  /** Entry scripts in the order taskpane.html loads them. */
  readonly entryOrder: readonly string[];
  /**
   * What loads before the pane's first view renders: the page's scripts, and any chunk the
   * first view awaits (none: the company list renders from the company index in taskpane.js).
   */
  readonly firstView: readonly string[];
  /** The dataset chunk (the dataset code and the seed data, loaded on demand), if the build has one. */
  readonly dataChunk?: string;
  /**
   * The floor: bare React + Fluent pages built the same way, to read the pane's start-up bytes
   * against. Empty when the floor build failed (see floorError).
   */
  readonly floor?: readonly FloorPage[];
  readonly floorError?: string;
  /** Functions associated by functions.js alone, in a bare context (no window, no data). */
  readonly registeredByFunctionsAlone: number;
  readonly functionsInMetadata: number;
}

export interface StartupRun {
  /** performance mark "capcycle:functions-registered" (ms after navigation start). */
  readonly functionsMark: number | null;
  /** The last CustomFunctions.associate call seen by the stub. */
  readonly lastAssociate: number | null;
  readonly associated: number;
  /** performance mark "capcycle:pane-interactive". */
  readonly paneMark: number | null;
  /** The first DATA call (made as soon as DATA is associated) answered. */
  readonly dataAnswered: number | null;
  readonly dataValue: string;
  readonly domContentLoaded: number;
  readonly load: number;
  /** JavaScript files the page requested before the pane was interactive. */
  readonly scripts: readonly string[];
  readonly pageErrors: readonly string[];
}

export interface StartupResult {
  readonly runs: readonly StartupRun[];
  readonly warmups: number;
  readonly expectedFunctions: number;
}

export type SectionName = "round-trips" | "throughput" | "lookups" | "bundles" | "startup" | "import";

/** One import benchmark file (scripts/bench/import.ts). */
export interface ImportBenchRow {
  readonly name: string;
  readonly bytes: number;
  readonly figures: number;
  readonly skipped: number;
  /** Size of the custom XML part written to the workbook. */
  readonly xmlBytes: number;
  readonly parseMs: number;
  readonly previewMs: number;
  /** Apply + XML text + registration + dataset rebuilt. */
  readonly storeMs: number;
  /** DATA over the imported company, per call. */
  readonly dataMicros: number;
}

export interface ImportBenchResult {
  readonly rows: readonly ImportBenchRow[];
}

export interface SectionOutcome<T> {
  readonly ok: boolean;
  readonly seconds: number;
  readonly result?: T;
  readonly error?: string;
}
