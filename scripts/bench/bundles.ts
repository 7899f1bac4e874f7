/**
 * Bundle sizes from dist/: every JavaScript file, raw and gzip (zlib's default level, as the
 * bundle test measures), whether taskpane.html loads it or it loads on demand, and what its
 * bytes are (from its source map: bytes of minified code mapped to each source, grouped by
 * package or source folder; bytes mapped to nothing are webpack's glue and inlined data such as
 * the seed JSON). Also checks, in a bare context, that functions.js alone registers every
 * function: that is what "JavaScript before the functions register" means here; and what must
 * load before the pane's first view renders (firstView: the page's scripts). With `root`,
 * also builds and measures the floor pages (floor.ts): bare React + Fluent pages built the same way.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { DATASET_CHUNK } from "../../test/e2e/support/pane";
import { measureFloor } from "./floor";
import type { BundleFile, BundlesResult, FloorPage } from "./types";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((ch, i) => [ch, i]));

/** One mapping segment's fields (source map v3 VLQ: generated column, source, line, column, name). */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`bad VLQ digit ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** "node_modules/@fluentui/react-tabs/…" → "@fluentui/react-tabs"; "./src/core/dataset/x.ts" → "src/core/dataset". */
export function sourceGroup(source: string): string {
  const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const nm = path.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = path.slice(nm + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (path.startsWith("webpack/")) return "webpack runtime";
  const dir = path.split("/").slice(0, -1);
  return dir.slice(0, Math.min(dir.length, 3)).join("/") || path;
}

/** Raw bytes of `code` attributed to each source group through its source map. */
export function attribute(code: string, map: { sources: string[]; mappings: string }): [string, number][] {
  const lines = code.split("\n");
  const groups = map.sources.map(sourceGroup);
  const bytes = new Map<string, number>();
  const add = (group: string, n: number) => n > 0 && bytes.set(group, (bytes.get(group) ?? 0) + n);
  const UNMAPPED = "unmapped (webpack glue, inlined data)";
  let source = 0;
  map.mappings.split(";").forEach((line, li) => {
    const text = lines[li] ?? "";
    let col = 0;
    const segs: [number, number | null][] = [];
    for (const seg of line.split(",")) {
      if (seg === "") continue;
      const f = decodeSegment(seg);
      col += f[0]!;
      if (f.length >= 4) {
        source += f[1]!;
        segs.push([col, source]);
      } else segs.push([col, null]);
    }
    // Byte lengths, not UTF-16 lengths: the seed data holds Chinese text.
    const len = (from: number, to: number) => Buffer.byteLength(text.slice(from, to));
    if (segs.length === 0) return add(UNMAPPED, len(0, text.length));
    add(UNMAPPED, len(0, segs[0]![0]));
    segs.forEach(([start, src], i) => {
      const end = i + 1 < segs.length ? segs[i + 1]![0] : text.length;
      add(src === null ? UNMAPPED : groups[src]!, len(start, end));
    });
  });
  return [...bytes].sort((a, b) => b[1] - a[1]);
}

/** Functions that dist/functions.js associates on its own, with no window, document or data. */
function registeredAlone(dist: string): number {
  const ids = new Set<string>();
  const sandbox = {
    CustomFunctions: { associate: (id: string) => void ids.add(id), Error: class {}, ErrorCode: {} },
    console,
    setTimeout,
    clearTimeout,
  };
  runInContext(readFileSync(join(dist, "functions.js"), "utf8"), createContext(sandbox), { filename: "functions.js" });
  return ids.size;
}

export async function runBundles(dist: string, build: string, root?: string): Promise<BundlesResult> {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const entryOrder = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/\?.*$/, ""));
  const files: BundleFile[] = readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const code = readFileSync(join(dist, file));
      const mapFile = join(dist, `${file}.map`);
      const contents = existsSync(mapFile) ? attribute(code.toString("utf8"), JSON.parse(readFileSync(mapFile, "utf8")) as Parameters<typeof attribute>[1]) : [];
      return {
        file,
        role: entryOrder.includes(file) ? ("entry" as const) : ("lazy" as const),
        raw: code.length,
        gzip: gzipSync(code).length,
        contents,
      };
    })
    .sort((a, b) => {
      const ia = entryOrder.indexOf(a.file);
      const ib = entryOrder.indexOf(b.file);
      if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
      return b.gzip - a.gzip;
    });
  const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as { functions: unknown[] };
  let floor: FloorPage[] | undefined;
  let floorError: string | undefined;
  if (root) {
    try {
      floor = await measureFloor(root);
    } catch (error) {
      floorError = error instanceof Error ? error.message : String(error);
    }
  }
  const dataChunk = files.find((f) => DATASET_CHUNK.test(f.file))?.file;
  return {
    build,
    files,
    entryOrder,
    // The first view (the company list) renders from the company index inlined in taskpane.js and
    // awaits no chunk: the pane starts the dataset's load after its first render. What must load
    // before it is therefore the page's scripts; test/taskpane/start-bytes.test.ts holds the
    // dataset code and the seed data out of them.
    firstView: entryOrder,
    ...(dataChunk ? { dataChunk } : {}),
    registeredByFunctionsAlone: registeredAlone(dist),
    functionsInMetadata: metadata.functions.length,
    ...(floor ? { floor } : {}),
    ...(floorError ? { floorError } : {}),
  };
}
