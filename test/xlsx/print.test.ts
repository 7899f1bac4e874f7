/**
 * Every bundled company's export, printed by a second application: LibreOffice renders each
 * file to PDF (as `soffice --headless --convert-to pdf` prints every sheet), poppler counts the
 * pages and renders them to pixels. Per company:
 * - the page count is within budget (fit to one page wide: without it the Aier sheet printed
 *   on 50 pages);
 * - LibreOffice read every chart: re-saved by LibreOffice, the file still holds each planned
 *   chart with its series on the same cells and the ratio line on a secondary axis;
 * - the charts are drawn: the rendered pages contain the series' colours (no cell uses them);
 * - no chart straddles a page break: each chart's title is on one page, and on every page the
 *   charts' colours start below a chart title of that page (a chart cut by a break would show
 *   its lower part, bars and legend, at the top of the next page with no title above it).
 *
 * Needs LibreOffice (soffice) and poppler (pdfinfo, pdftoppm, pdftotext). The pages do not depend
 * on the fonts installed (every page start is planned); with Carlito (fonts-crosextra-carlito,
 * metric-compatible with Calibri) LibreOffice prints them at about Excel's size, without it
 * about a fifth smaller. Without them the test FAILS
 * saying what to install: `npm test` checks the deliverable or says why it cannot
 * (docs/decisions.md "The print test needs LibreOffice").
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/errors";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { cellAddress, parseRect } from "../../src/core/template/a1";
import { SERIES_COLORS, sheetRef } from "../../src/xlsx/chart-options";
import { exportCompany, type ExportedTemplate } from "../../src/xlsx/export";
import { readCharts } from "../../src/xlsx/read-charts";

const PRINT_TOOLS_MISSING =
  "The print test renders every export with LibreOffice and counts its pages with poppler, and cannot run: " +
  "install them (Debian/Ubuntu: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils; " +
  "macOS: brew install --cask libreoffice && brew install poppler) or put soffice, pdfinfo, pdftoppm and pdftotext on PATH.";

/**
 * Pages per company, as a ceiling: the pages the plan breaks the sheet into (every page start is
 * a manual break, core/template/print.ts), measured with LibreOffice. Aier 7 pages in either
 * language (target ≤ 8, issue 12), the China ophthalmology market 5, United Imaging 3, every
 * other company 1 or 2.
 */
const PAGE_BUDGET: Readonly<Record<string, number>> = { aier_eye: 8, china_ophthalmology_market: 5, united_imaging: 3 };
const DEFAULT_BUDGET = 2;

/** Rendering resolution for the colour check: enough for a column to cover many pixels. */
const DPI = 50;

const ds = getDataset();
const cases: { id: string; lang: Lang }[] = [...ds.entities.map((e) => ({ id: e.id, lang: "zh" as const })), { id: "aier_eye", lang: "en" }];
const fileOf = (c: { id: string; lang: Lang }) => `${c.id}-${c.lang}`;

function tool(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0;
}

function run(cmd: string, args: string[], timeout = 600_000): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return r.stdout;
}

interface Image {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Pixels of a binary PPM (P6), as pdftoppm writes them. */
function ppmPixels(buf: Buffer): Image {
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    if (buf[pos] === 0x23) {
      while (buf[pos] !== 0x0a) pos++;
      continue;
    }
    let s = "";
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) s += String.fromCharCode(buf[pos++]!);
    fields.push(s);
  }
  if (fields[0] !== "P6" || fields[3] !== "255") throw new Error(`not a binary PPM: ${fields.join(" ")}`);
  return { width: Number(fields[1]), height: Number(fields[2]), data: buf.subarray(pos + 1) };
}

const near = (hex: string, tol: number) => {
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  return (px: Uint8Array, i: number) => Math.abs(px[i]! - r) <= tol && Math.abs(px[i + 1]! - g) <= tol && Math.abs(px[i + 2]! - b) <= tol;
};

/** How many pixels are within `tol` of `hex` on every channel. */
function countColor(img: Image, hex: string, tol = 24): number {
  const is = near(hex, tol);
  let n = 0;
  for (let i = 0; i + 2 < img.data.length; i += 3) if (is(img.data, i)) n++;
  return n;
}

/** The first pixel row (from the top) with at least `min` pixels within `tol` of one of `colors`; null when none. */
function firstRowWith(img: Image, colors: readonly string[], min = 3, tol = 24): number | null {
  const tests = colors.map((c) => near(c, tol));
  for (let y = 0; y < img.height; y++) {
    let n = 0;
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      if (tests.some((t) => t(img.data, i))) n++;
    }
    if (n >= min) return y;
  }
  return null;
}

/** Each page's text lines with their top (points), from pdftotext's layout output. */
function pageLines(xhtml: string): { top: number; text: string }[][] {
  return xhtml.split("<page ").slice(1).map((page) =>
    [...page.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((m) => {
      const words = [...m[1]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
      return { top: Math.min(...words.map((w) => Number(w[1]))), text: words.map((w) => w[2]!).join(" ") };
    }),
  );
}

const squeeze = (t: string) => t.replace(/&amp;/g, "&").replace(/\s+/g, "");

/** A reference with its sheet name unquoted: LibreOffice quotes only names that need it. */
const unquoted = (ref: string | null) => (ref ?? "").replace(/^'((?:[^']|'')*)'!/, (_m, sheet: string) => `${sheet.replace(/''/g, "'")}!`);

interface Printed {
  readonly x: ExportedTemplate;
  readonly pages: number;
  readonly pixels: Image[];
  /** Per page, its text lines with their top in points. */
  readonly lines: { top: number; text: string }[][];
  readonly resaved: Uint8Array | null;
  readonly ms: number;
}

const work = mkdtempSync(join(tmpdir(), "capcycle-print-"));
const printed = new Map<string, Printed>();
let missing: string | null = null;

beforeAll(async () => {
  const absent = ["soffice", "pdfinfo", "pdftoppm", "pdftotext"].filter((t) => !tool(t));
  if (absent.length > 0) {
    missing = `${PRINT_TOOLS_MISSING} (missing: ${absent.join(", ")})`;
    return;
  }
  const inDir = join(work, "in");
  const pdfDir = join(work, "pdf");
  const lo = join(work, "lo");
  mkdirSync(inDir);
  const exported = new Map<string, { x: ExportedTemplate; ms: number }>();
  for (const c of cases) {
    const t = performance.now();
    const x = await exportCompany(ds, c.id, { lang: c.lang });
    if (!x.ok) throw new Error(`${c.id}: ${x.reason.en}`);
    exported.set(fileOf(c), { x, ms: performance.now() - t });
    writeFileSync(join(inDir, `${fileOf(c)}.xlsx`), x.bytes);
  }
  const files = cases.map((c) => join(inDir, `${fileOf(c)}.xlsx`));
  // A profile of its own: another LibreOffice running on the machine must not lock this one out.
  const profile = `-env:UserInstallation=file://${join(work, "profile")}`;
  run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", pdfDir, ...files]);
  const charted = cases.filter((c) => exported.get(fileOf(c))!.x.charts.length > 0).map((c) => join(inDir, `${fileOf(c)}.xlsx`));
  run("soffice", [profile, "--headless", "--convert-to", "xlsx", "--outdir", lo, ...charted]);
  for (const c of cases) {
    const name = fileOf(c);
    const pdf = join(pdfDir, `${name}.pdf`);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(run("pdfinfo", [pdf]))?.[1]);
    const ppmDir = join(work, "ppm", name);
    mkdirSync(ppmDir, { recursive: true });
    run("pdftoppm", ["-r", String(DPI), pdf, join(ppmDir, "p")]);
    const pixels = readdirSync(ppmDir)
      .sort()
      .map((f) => ppmPixels(readFileSync(join(ppmDir, f))));
    const lines = pageLines(run("pdftotext", ["-bbox-layout", pdf, "-"]));
    const { x, ms } = exported.get(name)!;
    const resaved = x.charts.length > 0 ? new Uint8Array(readFileSync(join(lo, `${name}.xlsx`))) : null;
    printed.set(name, { x, pages, pixels, lines, resaved, ms });
  }
}, 900_000);

afterAll(() => {
  if (printed.size > 0) {
    // The figures the issue asks for, in the test log.
    const rows = cases.map((c) => {
      const p = printed.get(fileOf(c))!;
      return `${fileOf(c).padEnd(36)} pages ${p.pages}  charts ${p.x.charts.length}  ${(p.x.bytes.length / 1024).toFixed(1)} KB  ${p.ms.toFixed(0)} ms  ${p.x.setup.orientation}`;
    });
    process.stdout.write(`\nPrinted with LibreOffice:\n${rows.join("\n")}\n`);
  }
  rmSync(work, { recursive: true, force: true });
});

describe.each(cases.map((c) => [fileOf(c), c] as const))("%s printed by LibreOffice", (name, c) => {
  it("fits its page budget, and LibreOffice reads and draws every chart", () => {
    if (missing) throw new Error(missing);
    const p = printed.get(name)!;
    const budget = PAGE_BUDGET[c.id] ?? DEFAULT_BUDGET;
    expect(p.pages, `${name}: ${p.pages} pages`).toBeGreaterThanOrEqual(1);
    expect(p.pages, `${name}: ${p.pages} pages`).toBeLessThanOrEqual(budget);
    // LibreOffice breaks the pages where the plan does: every page start is planned.
    expect(p.pages, `${name}: ${p.pages} pages, planned ${p.x.plan.setup.rowBreaks.length + 1}`).toBe(p.x.plan.setup.rowBreaks.length + 1);
    expect(p.pixels).toHaveLength(p.pages);

    const plan = p.x.plan;
    if (plan.charts.length === 0) {
      expect(p.resaved).toBeNull();
      // No chart, so no chart colour on any page: what the colour check below relies on.
      for (const color of SERIES_COLORS.slice(0, 2)) expect(p.pixels.reduce((n, img) => n + countColor(img, color), 0)).toBe(0);
      return;
    }
    return readCharts(p.resaved!).then((charts) => {
      expect(charts.map((ch) => ch.name)).toEqual(plan.charts.map((ch) => ch.name));
      plan.charts.forEach((planned, i) => {
        const read = charts[i]!.plots.flatMap((plot) => plot.series.map((s) => ({ secondary: plot.secondary, kind: plot.kind, values: unquoted(s.values) })));
        expect(read).toEqual(
          expect.arrayContaining(planned.series.map((s) => ({ secondary: s.axis === "Secondary", kind: s.chartType === "Line" ? "line" : "bar", values: unquoted(sheetRef(p.x.sheet, s.values)) }))),
        );
        expect(read).toHaveLength(planned.series.length);
      });
      // Drawn: the colour of every column or bar series with a number to draw is on the pages
      // (the first and second series' colours; a line is too thin to count).
      const onPages = (color: string) => p.pixels.reduce((n, img) => n + countColor(img, color), 0);
      const hasNumber = (a1: string) => {
        const r = parseRect(a1)!;
        for (let row = r.row; row < r.row + r.rowCount; row++)
          for (let col = r.col; col < r.col + r.colCount; col++) {
            const v = p.x.plan.cells[row]?.[col];
            if (v?.kind === "number" || (v?.kind === "formula" && typeof p.x.results.get(cellAddress(row, col)) === "number")) return true;
          }
        return false;
      };
      for (const i of [0, 1]) {
        const drawn = plan.charts.some((ch) => ch.series[i] !== undefined && ch.series[i].chartType !== "Line" && hasNumber(ch.series[i].values));
        if (drawn) expect(onPages(SERIES_COLORS[i]!), `series ${i + 1} colour ${SERIES_COLORS[i]}`).toBeGreaterThan(20);
      }
      // No chart straddles a page: each title on one page, and every page's chart colours below a title of that page.
      // (Two charts side by side: their titles may come as one line of text.)
      const hasTitle = (l: { text: string }, c: { title: string }) => squeeze(l.text).includes(squeeze(c.title));
      const titlesOn = p.lines.map((lines) => lines.filter((l) => plan.charts.some((c) => hasTitle(l, c))));
      for (const c of plan.charts) expect(titlesOn.filter((ls) => ls.some((l) => hasTitle(l, c))), `${c.title}: on one page`).toHaveLength(1);
      p.pixels.forEach((img, page) => {
        const colour = firstRowWith(img, SERIES_COLORS.slice(0, 2));
        if (colour === null) return;
        const titleTop = Math.min(...titlesOn[page]!.map((l) => l.top));
        expect(titleTop, `page ${page + 1}: chart colour at ${((colour * 72) / DPI).toFixed(0)} pt with no chart title above it`).toBeLessThanOrEqual((colour * 72) / DPI);
      });
    });
  });
});
