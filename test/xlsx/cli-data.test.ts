/**
 * `npm run export -- --data FILE`: the analyst's own file (the import fixtures of issue 13) as a
 * workbook, one sheet per company or the one named, run as users run it (the script under tsx).
 * Figures are read back from the package: the cached capex/D&A ratios behind each sheet's
 * chart and the cycle phase, worked out by hand from the fixture's cells.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCharts } from "../../src/xlsx/read-charts";
import { readBack, runExport } from "./helpers";

const FIXTURES = resolve(__dirname, "../fixtures/import");
const WIDE = join(FIXTURES, "terminal-wide-wanyuan.csv");
const LONG = join(FIXTURES, "model-long-cny-m.csv");
const tempDir = () => mkdtempSync(join(tmpdir(), "capcycle-data-"));

/** Cached results of a chart's value range (`'Sheet'!$K$12:$K$14`, one row or one column). */
function cached(ws: ExcelJS.Worksheet, ref: string): unknown[] {
  const m = /!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a range: ${ref}`);
  const c0 = ws.getColumn(m[1]!).number;
  const c1 = ws.getColumn(m[3] ?? m[1]!).number;
  const r0 = Number(m[2]);
  const r1 = Number(m[4] ?? m[2]);
  const out: unknown[] = [];
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++) {
      const v = ws.getCell(r, c).value;
      out.push(v !== null && typeof v === "object" && "result" in v ? v.result : v);
    }
  return out;
}

/** The annual capex vs D&A chart of sheet `index`: its ratio line's cached values (secondary axis). */
async function annualRatios(bytes: Uint8Array, ws: ExcelJS.Worksheet, index: number): Promise<unknown[]> {
  const chart = (await readCharts(bytes, index)).find((c) => c.name === "CapCycle capex vs D&A (annual)");
  expect(chart, `sheet ${index} has the annual capex vs D&A chart`).toBeDefined();
  const line = chart!.plots.find((p) => p.secondary && p.kind === "line")!;
  expect(chart!.plots.some((p) => p.kind === "bar" && p.barDir === "col" && p.series.length === 2)).toBe(true); // capex and D&A columns
  return cached(ws, line.series[0]!.values!);
}

/** Every formula result on the sheet (the phase label is one). */
function results(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) out.push((cell.value as ExcelJS.CellFormulaValue).result);
    }),
  );
  return out;
}

// Each case starts a process (tsx, dataset, import, exceljs, Excelize's WebAssembly): about 10 s alone.
describe.concurrent("npm run export -- --data (the analyst's file)", { timeout: 150_000 }, () => {
  it("wide Chinese 万元 file, two companies: one sheet each, with the capex vs D&A chart, ratios and phase", async () => {
    const dir = tempDir();
    const out = join(dir, "mine.xlsx");
    const r = await runExport(["--data", WIDE, "--out", out, "--lang", "zh"]);
    expect(r.stderr).toBe(""); // nothing skipped in this file
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已写入 ${out}：2 个工作表（“示例眼科 999001.SZ”、“示例影像 999002.SH”），`);
    expect(readdirSync(dir)).toEqual(["mine.xlsx"]);
    const bytes = readFileSync(out);
    const { wb } = await readBack(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["示例眼科 999001.SZ", "示例影像 999002.SH"]);
    const [eye, imaging] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const eyeRatios = (await annualRatios(bytes, eye, 0)) as number[];
    expect(eyeRatios).toHaveLength(3); // 2022, 2023, 2024
    [2.0, 2.0, 1.65].forEach((v, i) => expect(eyeRatios[i]).toBeCloseTo(v, 9)); // 30,000/15,000; 36,000/18,000; 33,000/(16,000+2,800+1,200)
    expect(results(eye)).toContain("扩张放缓");
    const imagingRatios = (await annualRatios(bytes, imaging, 1)) as number[];
    [4000 / 6000, 5000 / 6000, 1.5].forEach((v, i) => expect(imagingRatios[i]).toBeCloseTo(v, 9));
    expect(results(imaging)).toContain("扩张");
    expect(eye.getCell("B3").value).toBe("金额单位：亿元；比率以 % 表示");
  });

  it("long English CNY m file: one sheet, in 百万 when asked, the ratios and phase", async () => {
    const dir = tempDir();
    const out = join(dir, "model.xlsx");
    const r = await runExport(["--data", LONG, "--out", out, "--unit", "m"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*model\.xlsx: 1 sheet\(s\) \("Example Instruments"\), \d+ table\(s\), \d+ formula\(s\) with cached results, 1 chart\(s\)\.$/m);
    const bytes = readFileSync(out);
    const { wb } = await readBack(bytes);
    const ws = wb.worksheets[0]!;
    const ratios = (await annualRatios(bytes, ws, 0)) as number[];
    [1.5, 240 / 220, 150 / 230].forEach((v, i) => expect(ratios[i]).toBeCloseTo(v, 9));
    expect(results(ws)).toContain("Contraction");
    expect(ws.getCell("B3").value).toMatch(/CNY m/);
  });

  it("--company picks one company of the file (by code without its suffix)", async () => {
    const dir = tempDir();
    const out = join(dir, "one.xlsx");
    const r = await runExport(["--data", WIDE, "--company", "999002", "--out", out]);
    expect(r.status).toBe(0);
    const { wb } = await readBack(readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["示例影像 999002.SH"]);
  });

  it("an xlsx file (the long fixture on a sheet, numbers as number cells) exports like the CSV", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Model");
    for (const line of readFileSync(LONG, "utf8").trim().split("\n")) {
      const cells = line.match(/"[^"]*"|[^,]+/g)!.map((c) => c.replace(/"/g, ""));
      sheet.addRow(cells.map((c, i) => (i === 3 && /^[\d,.]+$/.test(c) ? Number(c.replace(/,/g, "")) : c)));
    }
    await wb.xlsx.writeFile(join(dir, "model.xlsx"));
    const out = join(dir, "out.xlsx");
    const r = await runExport(["--data", join(dir, "model.xlsx"), "--company", "example instruments", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const bytes = readFileSync(out);
    const back = await readBack(bytes);
    expect(back.wb.worksheets.map((w) => w.name)).toEqual(["Example Instruments"]);
    const ratios = (await annualRatios(bytes, back.ws, 0)) as number[];
    [1.5, 240 / 220, 150 / 230].forEach((v, i) => expect(ratios[i]).toBeCloseTo(v, 9));
  });

  it("a company not in the file: exit 1 naming the file's companies (in Chinese under a Chinese LANG), no file", async () => {
    const dir = tempDir();
    const r = await runExport(["--data", WIDE, "--company", "爱尔眼科", "--out", join(dir, "x.xlsx")], { LANG: "zh_CN.UTF-8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("terminal-wide-wanyuan.csv 中没有公司“爱尔眼科”。文件中的公司：co_999001_sz (999001.SZ 示例眼科)；co_999002_sh (999002.SH 示例影像)。");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an unreadable file (binary bytes named .csv; a missing file): exit 1 with the reason, no file", async () => {
    const dir = tempDir();
    const bad = join(dir, "export.csv");
    writeFileSync(bad, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
    const r = await runExport(["--data", bad, "--out", join(dir, "x.xlsx")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/export\.csv/);
    expect(r.stderr).toMatch(/binary|not a text/i);
    const missing = await runExport(["--data", join(dir, "nope.csv"), "--out", join(dir, "y.xlsx")], { LANG: "zh_CN.UTF-8" });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`无法读取 ${join(dir, "nope.csv")}（文件不存在）；未写入任何文件。`);
    expect(readdirSync(dir)).toEqual(["export.csv"]);
  });

  it("skipped cells are named but do not block; a file with nothing importable fails listing its rows", async () => {
    const dir = tempDir();
    const text = readFileSync(LONG, "utf8").replace("Example Instruments,Net income,FY2024,120.0,CNY m", "Example Instruments,Net income,FY2024,n.m.,CNY m");
    writeFileSync(join(dir, "partial.csv"), text);
    const ok = await runExport(["--data", join(dir, "partial.csv"), "--out", join(dir, "partial.xlsx")]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/^1 cell\(s\) of the file were not imported/m);
    expect(ok.stderr).toMatch(/partial\.csv row \d+, column D.*"n\.m\." is text where a number is expected/);
    writeFileSync(join(dir, "none.csv"), "company,field,period,value,unit\nX,Colour,FY2024,1,CNY m\n");
    const bad = await runExport(["--data", join(dir, "none.csv"), "--out", join(dir, "none.xlsx")]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/none\.csv row 2/);
    expect(readdirSync(dir).sort()).toEqual(["none.csv", "partial.csv", "partial.xlsx"]);
    expect(existsSync(join(dir, "none.xlsx"))).toBe(false);
  });
});
