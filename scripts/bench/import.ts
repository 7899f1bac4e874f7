/**
 * Import benchmark (issue 13): a 10,000-row long file and a 200-field × 40-period wide file,
 * each through parse → preview → stored (apply, the custom XML text written to the workbook,
 * registration and the dataset rebuilt), then DATA over an imported company.
 *
 *   npx tsx scripts/bench/import.ts          (prints the figures; `npm run bench -- --only import` runs it as a section)
 *
 * Generated data, not timed tests: each step's median of 5 runs after one warm-up.
 */
import Papa from "papaparse";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { dataValue } from "../../src/core/dataset/functions";
import { applyImport, buildPreview, parseImportFile, registerImported, serializeImported } from "../../src/core/import";
import { EMPTY_IMPORTED } from "../../src/core/import/types";
import { median } from "./stats";
import type { ImportBenchResult, ImportBenchRow } from "./types";

const YEARS = Array.from({ length: 40 }, (_, i) => 1985 + i);

function longFile(): Uint8Array {
  const rows: (string | number)[][] = [["company", "field", "period", "value", "unit"]];
  const fields = ["Revenue", "Net income", "Net operating cash flow", "Capital expenditure", "Depreciation and amortization"];
  for (let c = 0; c < 50; c++) for (const f of fields) for (const y of YEARS) rows.push([`Bench Co ${c}`, f, `FY${y}`, ((c + 1) * 1000 + y).toLocaleString("en-US") + ".5", "CNY m"]);
  return new TextEncoder().encode(Papa.unparse(rows));
}

const UNIT_BY_KIND: Record<string, string> = { money: "万元", percent: "%", count: "个", multiple: "倍", days: "天", area: "平方米", ratio: "%" };

function wideFile(): { bytes: Uint8Array; fields: number } {
  const ds = getDataset();
  const fields = ds.fields.filter((f) => f.definedIn !== "*").slice(0, 200);
  const rows: (string | number)[][] = [["证券代码", "证券简称", "指标", "单位", ...YEARS.map((y) => `${y}年报`)]];
  for (const f of fields) rows.push(["999009.SZ", "基准公司", f.name_zh, UNIT_BY_KIND[f.kind] ?? "", ...YEARS.map((y, i) => (f.kind === "count" ? 100 + i : `${(y * 3.25).toFixed(2)}`))]);
  return { bytes: new TextEncoder().encode(Papa.unparse(rows)), fields: fields.length };
}

async function measure(name: string, bytes: Uint8Array, file: string, company: string, log: (l: string) => void): Promise<ImportBenchRow> {
  const parse: number[] = [];
  const preview: number[] = [];
  const store: number[] = [];
  let figures = 0;
  let skipped = 0;
  let xmlBytes = 0;
  for (let run = 0; run < 6; run++) {
    registerImported(EMPTY_IMPORTED);
    getDataset();
    const t0 = performance.now();
    const src = await parseImportFile(bytes, file);
    const t1 = performance.now();
    const p = buildPreview(src, getDataset());
    const t2 = performance.now();
    const r = applyImport(p, EMPTY_IMPORTED);
    if (!r.ok) throw new Error(`${name}: ${r.reason.en}`);
    const xml = serializeImported(r.data);
    registerImported(r.data);
    getDataset();
    const t3 = performance.now();
    if (run === 0) continue; // warm-up
    parse.push(t1 - t0);
    preview.push(t2 - t1);
    store.push(t3 - t2);
    figures = p.figures.length;
    skipped = p.skipped.length;
    xmlBytes = new TextEncoder().encode(xml).length;
  }
  // DATA over the imported company: every figure of one field, by name, many times.
  const ds = getDataset();
  const entity = ds.entities.find((e) => e.name_zh === company || e.name_en === company)!;
  const keys = (ds.seriesByEntity.get(entity.id) ?? []).flatMap((k) => [...ds.series.get(`${entity.id}|${k}`)!.values()]);
  const calls = keys.map((g) => [company, g.field, g.period] as const);
  for (const [c, f, p] of calls) {
    const v = dataValue(c, f, p, null, null);
    if (typeof v !== "number") throw new Error(`${name}: DATA(${c}, ${f}, ${p}) gave ${JSON.stringify(v)}`);
  }
  const reps = Math.max(1, Math.ceil(20_000 / calls.length));
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const [c, f, p] of calls) dataValue(c, f, p, null, null);
  const dataMicros = ((performance.now() - t0) * 1000) / (reps * calls.length);
  const row: ImportBenchRow = {
    name,
    bytes: bytes.length,
    figures,
    skipped,
    xmlBytes,
    parseMs: median(parse),
    previewMs: median(preview),
    storeMs: median(store),
    dataMicros,
  };
  log(
    `${name}: ${row.figures} figures (${row.skipped} skipped), ${(row.bytes / 1024).toFixed(0)} KB → XML ${(row.xmlBytes / 1024).toFixed(0)} KB; parse ${row.parseMs.toFixed(1)} ms, preview ${row.previewMs.toFixed(1)} ms, stored ${row.storeMs.toFixed(1)} ms; DATA ${row.dataMicros.toFixed(1)} µs/call`,
  );
  return row;
}

export async function runImportBench(log: (line: string) => void = () => undefined): Promise<ImportBenchResult> {
  const wide = wideFile();
  const rows = [
    await measure("long, 10,000 rows (50 companies × 5 fields × 40 years, CNY m)", longFile(), "bench-long.csv", "Bench Co 7", log),
    await measure(`wide, ${wide.fields} fields × 40 periods (万元 etc.)`, wide.bytes, "bench-wide.csv", "基准公司", log),
  ];
  registerImported(EMPTY_IMPORTED);
  return { rows };
}

if (process.argv[1]?.endsWith("import.ts") && !process.argv.includes("--section")) void runImportBench((l) => console.log(l));
