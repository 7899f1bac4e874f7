/**
 * docs/bad-input.md is a catalogue whose every row names the tests that show it. This keeps it
 * honest: every row has an entry point, a bad case, an expected behaviour and at least one
 * test; every cited file exists under test/; every cited title is a test (or describe) title
 * of that file — literally, or as rendered from an it.each template; and the catalogue covers
 * each kind of entry point the issue lists. (Whether the cited tests pass is the suite's job.)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const doc = readFileSync(join(ROOT, "docs", "bad-input.md"), "utf8");

interface Row {
  readonly id: string;
  readonly entry: string;
  readonly bad: string;
  readonly expected: string;
  readonly tests: readonly { readonly file: string; readonly title: string }[];
}

/** Table rows whose first cell is a row id (A1, B12, ...). */
function rows(): Row[] {
  const out: Row[] = [];
  for (const line of doc.split("\n")) {
    const cells = line.split(" | ").map((c) => c.replace(/^\|\s*|\s*\|$/g, "").trim());
    if (!/^[A-Z]\d+$/.test(cells[0] ?? "")) continue;
    const [id, entry, bad, expected, tests] = cells as [string, string, string, string, string];
    out.push({
      id,
      entry,
      bad,
      expected,
      tests: (tests ?? "").split("<br>").map((t) => {
        const m = /^`([^`]+)` › (.+)$/.exec(t.trim());
        return m ? { file: m[1]!, title: m[2]!.trim() } : { file: "", title: t };
      }),
    });
  }
  return out;
}

const titleCache = new Map<string, { templates: string[]; literals: Set<string> }>();

/** Titles passed to it / test / describe (and to the second call of it.each), and every string literal. */
function titlesOf(file: string): { templates: string[]; literals: Set<string> } {
  let hit = titleCache.get(file);
  if (hit) return hit;
  const text = readFileSync(join(ROOT, file), "utf8");
  const templates = [...text.matchAll(/(?:\b(?:it|test|describe)(?:\.\w+)?\s*\(|\)\s*\()\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]!);
  const literals = new Set([...text.matchAll(/(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].map((m) => m[2]!.replace(/\\(.)/g, "$1")));
  hit = { templates, literals };
  titleCache.set(file, hit);
  return hit;
}

/** Does `title` name a test of `file`? Templates' %s/%j/… and ${…} stand for anything. */
function names(file: string, title: string): boolean {
  const { templates, literals } = titlesOf(file);
  return templates.some((t) => {
    const unescaped = t.replace(/\\(["'`\\])/g, "$1");
    if (unescaped === title) return true;
    const parts = unescaped.split(/%[sdijfo#]|\$\{[^}]*\}/);
    if (parts.length === 1) return false;
    const pattern = new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".+?")}$`, "s");
    if (!pattern.test(title)) return false;
    // A template that is (almost) all placeholders matches anything: then the row's own label
    // must be in the file (the it.each table holds it).
    const fixed = parts.join("").trim().length;
    return fixed >= 3 || [...literals].some((l) => l.length >= 3 && title.includes(l));
  });
}

describe("docs/bad-input.md", () => {
  const all = rows();

  it("has a row for every entry point kind, each with a bad case, an expected behaviour and a test", () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(r.entry, r.id).not.toBe("");
      expect(r.bad, r.id).not.toBe("");
      expect(r.expected, r.id).not.toBe("");
      expect(r.tests.length, r.id).toBeGreaterThan(0);
    }
  });

  it("cites, in every row, test files that exist and titles those files hold", () => {
    const problems: string[] = [];
    for (const r of all)
      for (const t of r.tests) {
        if (!t.file.startsWith("test/") || !existsSync(join(ROOT, t.file))) problems.push(`${r.id}: no file ${JSON.stringify(t.file)}`);
        else if (!names(t.file, t.title)) problems.push(`${r.id}: ${t.file} has no test "${t.title}"`);
      }
    expect(problems).toEqual([]);
  });

  it("covers every entry point and workbook state the issue lists", () => {
    const text = all.map((r) => `${r.entry} ${r.bad}`).join("\n").toLowerCase();
    for (const topic of [
      "figure range",
      "years",
      "days",
      "n (top_share)",
      "threshold",
      "language",
      "company",
      "field",
      "period",
      "unit",
      "segment",
      "search box",
      "template options",
      "formula builder",
      "refresh choices",
      "selection",
      "protected sheet",
      "forbidden characters",
      "31 characters",
      "already taken",
      "filtered table",
      "merged cells",
      "manual calculation",
      "deleted table",
      "deleted chart",
      "very large workbook",
      "non-english excel",
      "permissions",
      "content-security-policy",
      "eval",
      "remote code",
      "appdomains",
      "https",
    ])
      expect(text, topic).toContain(topic);
  });

  it("the title check itself refuses what is not there", () => {
    expect(names("test/bad-input/catalogue.test.ts", "cites, in every row, test files that exist and titles those files hold")).toBe(true);
    expect(names("test/bad-input/catalogue.test.ts", "a test that does not exist")).toBe(false);
    expect(names("test/bad-input/function-args.test.ts", 'language "ZH" → 扩张')).toBe(true);
    expect(names("test/bad-input/function-args.test.ts", "language")).toBe(false);
  });
});
