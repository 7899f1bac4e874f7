/**
 * Every message catalogue, in both languages (issue 12.3): the pane's dictionaries, the core's
 * (metrics, dataset, template labels, function help), the Excel adapter's, the export's — and,
 * read from the source, every { en, zh } written anywhere in src/. Checked:
 * - every entry has English and Chinese, neither empty; the pane's two dictionaries have the
 *   same keys;
 * - the Chinese uses full-width punctuation (zh-text.ts says where ASCII stays);
 * - no term the glossary (docs/glossary.md) rejects appears in any Chinese text, nor in the data's
 *   field and segment names;
 * - the pane writes no user text outside its dictionaries.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { en } from "../../src/taskpane/i18n/en";
import { zh } from "../../src/taskpane/i18n/zh";
import { asciiPunctuationInChinese, readGlossary, rejectedTermsIn } from "./zh-text";

const ROOT = join(__dirname, "..", "..");

/** The catalogue modules, each loaded and walked at run time. */
const CATALOGUES: Record<string, () => Promise<Record<string, unknown>>> = {
  "src/core/metrics/messages.ts": () => import("../../src/core/metrics/messages"),
  "src/core/dataset/messages.ts": () => import("../../src/core/dataset/messages"),
  "src/core/dataset/source-text.ts": () => import("../../src/core/dataset/source-text"),
  "src/core/template/labels.ts": () => import("../../src/core/template/labels"),
  "src/core/functions/table.ts": () => import("../../src/core/functions/table"),
  "src/excel/messages.ts": () => import("../../src/excel/messages"),
  "src/excel/refresh-messages.ts": () => import("../../src/excel/refresh-messages"),
  "src/xlsx/messages.ts": () => import("../../src/xlsx/messages"),
  "src/core/import/messages.ts": () => import("../../src/core/import/messages"),
};

interface Entry {
  readonly where: string;
  readonly en: string;
  readonly zh: string;
}

const SAMPLES: readonly unknown[] = [2, "X", { en: "X", zh: "X" }, ["X"]];

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join("\n");
  return undefined;
}

/** Localized entries reachable from `value`: objects with en and zh, and what functions return. */
function collect(value: unknown, where: string, out: Entry[], seen: Set<unknown>, depth = 0): void {
  if (value === null || depth > 6 || seen.has(value)) return;
  if (typeof value === "function") {
    for (const sample of SAMPLES) {
      try {
        const result: unknown = (value as (...a: unknown[]) => unknown)(...Array.from({ length: Math.max(1, value.length) }, () => sample));
        collect(result, `${where}()`, out, seen, depth + 1);
        return;
      } catch {
        // Another sample may fit its parameters.
      }
    }
    return;
  }
  if (typeof value !== "object") return;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if ("en" in o || "zh" in o) {
    const e = text(o.en);
    const z = text(o.zh);
    // A function's result with "undefined" in it came from a sample that did not fit (a record
    // accessor such as fieldName(field)): not a message.
    const fromSample = where.endsWith("()") && [o.en, o.zh].some((v) => v === undefined || (typeof v === "string" && v.includes("undefined")));
    if (!fromSample && (e !== undefined || z !== undefined)) {
      out.push({ where, en: e ?? "", zh: z ?? "" });
      return;
    }
    if (fromSample) return;
  }
  for (const [k, v] of Object.entries(o)) collect(v, `${where}.${k}`, out, seen, depth + 1);
}

/** Every { en, zh } object literal in src/, read from the source: the Chinese texts, with ${…} as X. */
function sourceEntries(): Entry[] {
  const out: Entry[] = [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(f) && !f.endsWith(".d.ts")) files.push(p);
    }
  };
  walk(join(ROOT, "src"));
  const literal = (node: ts.Node, sf: ts.SourceFile): string[] => {
    const texts: string[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) texts.push(n.text);
      else if (ts.isTemplateExpression(n)) texts.push(n.head.text + n.templateSpans.map((s) => `X${s.literal.text}`).join(""));
      else ts.forEachChild(n, visit);
    };
    visit(node);
    void sf;
    return texts;
  };
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (n: ts.Node) => {
      // lang === "zh" ? "中文" : "English" (and the reverse): a message written inline.
      if (ts.isConditionalExpression(n)) {
        const cond = n.condition.getText(sf).replace(/\s+/g, "");
        const zhFirst = /==="zh"$/.test(cond) || /!=="en"$/.test(cond);
        const enFirst = /==="en"$/.test(cond) || /!=="zh"$/.test(cond);
        if (zhFirst || enFirst) {
          const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
          const [z, e] = zhFirst ? [n.whenTrue, n.whenFalse] : [n.whenFalse, n.whenTrue];
          out.push({ where: `${relative(ROOT, file)}:${line}`, en: literal(e, sf).join(" ") || "(computed)", zh: literal(z, sf).join(" ") || "(computed)" });
        }
      }
      if (ts.isObjectLiteralExpression(n)) {
        const prop = (name: string) =>
          n.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);
        const z = prop("zh");
        const e = prop("en");
        if (z || e) {
          const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
          out.push({
            where: `${relative(ROOT, file)}:${line}`,
            en: e ? literal(e.initializer, sf).join(" ") || "(computed)" : "",
            zh: z ? literal(z.initializer, sf).join(" ") || "(computed)" : "",
          });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Leaves of the pane's dictionary: key path → text (functions called with sample values). */
function paneLeaves(dict: unknown, path = "t"): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, p: string) => {
    if (typeof v === "string") out.set(p, v);
    else if (typeof v === "function") out.set(p, String((v as (...a: unknown[]) => unknown)(...Array.from({ length: v.length }, (_, i) => (i === 0 ? 2 : "X")))));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${p}.${k}`);
  };
  walk(dict, path);
  return out;
}

/** Chinese texts that are Latin on purpose: the switch to English, unit symbols. */
const LATIN_ON_PURPOSE = new Set(["t.language.switchTo", "t.units.percent", "t.units.money()"]);

async function allEntries(): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const [file, load] of Object.entries(CATALOGUES)) collect(await load(), file, entries, new Set());
  return entries;
}

describe("the message catalogues", () => {
  it("give every entry in English and Chinese", async () => {
    const entries = await allEntries();
    expect(entries.length).toBeGreaterThan(150);
    const missing = entries.filter((e) => e.en.trim() === "" || e.zh.trim() === "").map((e) => e.where);
    expect(missing).toEqual([]);
    const inline = sourceEntries().filter((e) => e.en === "" || e.zh === "").map((e) => e.where);
    expect(inline).toEqual([]);
  });

  it("give the pane the same keys in both languages, Chinese in Chinese", () => {
    const e = paneLeaves(en);
    const z = paneLeaves(zh);
    expect([...z.keys()]).toEqual([...e.keys()]);
    // Latin letters (other than the sample values) and no Chinese: an English text left in zh.ts.
    const english = (v: string) => /[A-Za-z]/.test(v.replace(/X/g, "")) && !/[\u4e00-\u9fff]/.test(v);
    const notChinese = [...z].filter(([k, v]) => !LATIN_ON_PURPOSE.has(k) && english(v)).map(([k]) => k);
    expect(notChinese).toEqual([]);
  });

  it("use full-width punctuation in Chinese", async () => {
    const texts = [
      ...(await allEntries()).map((e) => [e.where, e.zh] as const),
      ...sourceEntries().map((e) => [e.where, e.zh] as const),
      ...[...paneLeaves(zh)].map(([k, v]) => [`src/taskpane/i18n/zh.ts ${k}`, v] as const),
    ];
    const problems = texts.flatMap(([where, t]) => asciiPunctuationInChinese(t).map((p) => `${where}: …${p}…`));
    expect([...new Set(problems)]).toEqual([]);
  });

  it("use the glossary's terms: no rejected term in any Chinese text or in the data's names", async () => {
    const glossary = readGlossary(ROOT);
    expect(glossary.rejected.size).toBeGreaterThanOrEqual(3);
    const texts: (readonly [string, string])[] = [
      ...(await allEntries()).map((e) => [e.where, e.zh] as const),
      ...sourceEntries().map((e) => [e.where, e.zh] as const),
      ...[...paneLeaves(zh)].map(([k, v]) => [`src/taskpane/i18n/zh.ts ${k}`, v] as const),
    ];
    const fields = JSON.parse(readFileSync(join(ROOT, "seeds", "fields.json"), "utf8")) as { id: string; name_zh: string }[];
    for (const f of fields) texts.push([`seeds/fields.json ${f.id}`, f.name_zh]);
    for (const group of readdirSync(join(ROOT, "seeds"))) {
      const file = join(ROOT, "seeds", group, "segments.json");
      try {
        for (const s of JSON.parse(readFileSync(file, "utf8")) as { id: string; name_zh: string }[]) texts.push([`seeds/${group}/segments.json ${s.id}`, s.name_zh]);
      } catch {
        // Not an article folder.
      }
    }
    const used = texts.flatMap(([where, t]) => rejectedTermsIn(t, glossary).map((term) => `${where}: ${term} → ${glossary.rejected.get(term)}`));
    expect([...new Set(used)]).toEqual([]);
  });
});

describe("the pane's views and components", () => {
  it("write no user text outside the dictionaries", () => {
    const dir = join(ROOT, "src", "taskpane");
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith(".tsx")) files.push(p);
      }
    };
    walk(dir);
    const words = /[A-Za-z\u4e00-\u9fff]{2,}/;
    const found: string[] = [];
    for (const file of files) {
      const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
      const visit = (n: ts.Node) => {
        if (ts.isJsxText(n) && words.test(n.text)) found.push(`${relative(ROOT, file)}: ${n.text.trim()}`);
        if (ts.isJsxAttribute(n) && ts.isIdentifier(n.name) && ["aria-label", "title", "placeholder", "label", "alt"].includes(n.name.text)) {
          const init = n.initializer;
          if (init && ts.isStringLiteral(init) && words.test(init.text)) found.push(`${relative(ROOT, file)}: ${n.name.text}="${init.text}"`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found).toEqual([]);
  });
});
