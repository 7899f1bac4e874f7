/**
 * Helper of scripts/check-export-libreoffice.sh (verification by hand, not CI):
 *
 *   tsx scripts/compare-xlsx.ts poison <in.xlsx> <out.xlsx>
 *       copies the file with every cached formula result replaced by 987654321, so a
 *       recalculation that did not happen shows up as a mismatch;
 *   tsx scripts/compare-xlsx.ts compare <exported.xlsx> <recalculated.xlsx>
 *       compares every formula cell's cached result with the recalculated file's; exits 1 on a
 *       missing cell, a different result, or an error value in the recalculated file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { isCellError } from "../src/core/errors";
import { readFormulaCells } from "../src/xlsx/read";
import type { CachedResult } from "../src/xlsx/results";

const POISON = "987654321";

async function poison(input: string, output: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(input));
  let count = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const out = xml.replace(/<c\b([^>]*?)>(<f\b[^>]*>[\s\S]*?<\/f>|<f\b[^>]*\/>)(?:<v>[\s\S]*?<\/v>|<v\/>)?<\/c>/g, (_m, attrs: string, f: string) => {
      count++;
      return `<c${attrs.replace(/\s+t="[^"]*"/, "")}>${f}<v>${POISON}</v></c>`;
    });
    zip.file(path, out);
  }
  writeFileSync(output, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  console.log(`poisoned ${count} cached formula result(s): ${output}`);
  return 0;
}

const show = (v: CachedResult | undefined): string => (v === undefined ? "(none)" : isCellError(v) ? v.error : JSON.stringify(v));

function same(a: CachedResult | undefined, b: CachedResult | undefined): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (isCellError(a) && isCellError(b)) return a.error === b.error;
  return a === b;
}

async function compare(exported: string, recalculated: string): Promise<number> {
  const ours = await readFormulaCells(readFileSync(exported));
  const theirs = await readFormulaCells(readFileSync(recalculated));
  const problems: string[] = [];
  let numbers = 0;
  let texts = 0;
  let blanks = 0;
  let maxDiff = 0;
  for (const [cell, o] of ours) {
    const t = theirs.get(cell);
    if (!t) {
      problems.push(`${cell}: no formula in the recalculated file`);
      continue;
    }
    if (isCellError(t.result)) problems.push(`${cell}: ${t.result.error} after recalculation (${o.formula})`);
    else if (!same(o.result, t.result)) problems.push(`${cell}: cached ${show(o.result)}, recalculated ${show(t.result)} (${o.formula})`);
    if (typeof o.result === "number" && typeof t.result === "number") maxDiff = Math.max(maxDiff, Math.abs(o.result - t.result));
    if (typeof o.result === "number") numbers++;
    else if (o.result === "") blanks++;
    else if (typeof o.result === "string") texts++;
  }
  const name = exported.split("/").pop();
  console.log(
    `${name}: ${ours.size} formula cells (${numbers} numbers, ${texts} text, ${blanks} blank), ` +
      `${ours.size - problems.length} match after recalculation, max |difference| ${maxDiff.toExponential(2)}, ${problems.length} problem(s)`,
  );
  for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
  return problems.length === 0 && ours.size > 0 ? 0 : 1;
}

async function main(args: readonly string[]): Promise<number> {
  const [cmd, a, b] = args;
  if (cmd === "poison" && a && b) return poison(a, b);
  if (cmd === "compare" && a && b) return compare(a, b);
  console.error("usage: compare-xlsx.ts poison <in> <out> | compare <exported> <recalculated>");
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
