/**
 * Every message catalogue, in both languages (issue 12.3): the pane's dictionaries, the core's
 * (one per layer: metrics, dataset, template, chart, import, the shared readers; function help),
 * the Excel adapter's, the functions runtime's, the export's — and, read from the source, every
 * { en, zh } written anywhere in src/. Checked:
 * - the catalogues are the files the naming scheme names (docs/glossary.md, "Catalogues"), and
 *   no code outside them writes a user text inline ({ en: "…", zh: "…" }, lang === "zh" ? "…" : "…");
 * - every entry has English and Chinese, neither empty; the pane's two dictionaries have the
 *   same keys;
 * - the Chinese uses full-width punctuation (zh-text.ts says where ASCII stays);
 * - no term the glossary (docs/glossary.md) rejects appears in any Chinese text, nor in the data's
 *   field and segment names;
 * - the pane writes no user text outside its dictionaries.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { en } from "../../src/taskpane/i18n/en";
import { zh } from "../../src/taskpane/i18n/zh";
import { asciiPunctuationInChinese, readGlossary, rejectedTermsIn } from "./zh-text";

const ROOT = join(__dirname, "..", "..");

/**
 * The catalogues, by the naming scheme: a layer's texts in messages.ts beside its code; a slice
 * that must load without the rest (the pane's first view, the ribbon's command page) in
 * <topic>-messages.ts beside it. Each module is loaded and walked at run time.
 */
const CATALOGUES: Record<string, () => Promise<Record<string, unknown>>> = {
  "src/core/messages.ts": () => import("../../src/core/messages"),
  "src/core/period-messages.ts": () => import("../../src/core/period-messages"),
  "src/core/unit-messages.ts": () => import("../../src/core/unit-messages"),
  "src/core/metrics/messages.ts": () => import("../../src/core/metrics/messages"),
  "src/core/dataset/messages.ts": () => import("../../src/core/dataset/messages"),
  "src/core/dataset/source-messages.ts": () => import("../../src/core/dataset/source-messages"),
  "src/core/template/messages.ts": () => import("../../src/core/template/messages"),
  "src/core/chart/messages.ts": () => import("../../src/core/chart/messages"),
  "src/core/import/messages.ts": () => import("../../src/core/import/messages"),
  "src/excel/messages.ts": () => import("../../src/excel/messages"),
  "src/excel/refresh-messages.ts": () => import("../../src/excel/refresh-messages"),
  "src/excel/ribbon-messages.ts": () => import("../../src/excel/ribbon-messages"),
  "src/functions/messages.ts": () => import("../../src/functions/messages"),
  "src/xlsx/messages.ts": () => import("../../src/xlsx/messages"),
};

/** Files that hold user texts without the catalogue's name, each with its reason. */
const TEXTS_ELSEWHERE: Record<string, string> = {
  "src/core/functions/table.ts":
    "the function table: each CAPCYCLE function's help sits beside its signature, which the metadata generator, the JSDoc test and the runtime read together; it is the functions' help catalogue (walked below)",
  "src/core/functions/params.ts": "the parameter declarations several functions of the table share (the same help in every tooltip); walked with the table",
  "src/taskpane/i18n/en.ts": "the pane's dictionary in English: the pane's catalogue is one module per language (checked key by key below)",
  "src/taskpane/i18n/zh.ts": "the pane's dictionary in Chinese (see en.ts)",
};

/** Catalogues whose modules are walked: the scheme's and the function table. */
const WALKED: Record<string, () => Promise<Record<string, unknown>>> = {
  ...CATALOGUES,
  "src/core/functions/table.ts": () => import("../../src/core/functions/table"),
};

/** Every .ts/.tsx file under src/ (no declarations), as paths from the project root. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(f) && !f.endsWith(".d.ts")) files.push(relative(ROOT, p).split("\\").join("/"));
    }
  };
  walk(join(ROOT, "src"));
  return files.sort();
}

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
  const files = sourceFiles().map((f) => join(ROOT, f));
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
  for (const [file, load] of Object.entries(WALKED)) collect(await load(), file, entries, new Set());
  return entries;
}

/** Language tags a lang-switch may name without being a text ("zh-CN" for Intl, "en" for a call). */
const LANGUAGE_TAG = /^(en|zh)(-[A-Z]{2})?$/;

/** Literal texts under `node`: string and template parts with a letter or a Han character, language tags aside. */
function textLiterals(node: ts.Node): string[] {
  const found: string[] = [];
  const consider = (s: string) => {
    if (!LANGUAGE_TAG.test(s) && /[A-Za-z\u3400-\u9fff]/.test(s)) found.push(s);
  };
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) consider(n.text);
    else if (ts.isTemplateExpression(n)) {
      consider(n.head.text);
      for (const span of n.templateSpans) consider(span.literal.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** A condition that picks a language: `lang === "zh"`, `l !== "en"`, … */
const isLanguageTest = (cond: ts.Expression, sf: ts.SourceFile) => /[!=]==["'](zh|en)["']$/.test(cond.getText(sf).replace(/\s+/g, ""));

/**
 * User texts written inline in one source file: an object literal with an en or zh property
 * whose value holds a text, and a choice by language (`lang === "zh" ? "…" : "…"`, or an `if`
 * on the language) whose branches hold one. Composing catalogue texts ({ en: a.en, zh: a.zh },
 * joins with ", " / "、") is not a text. Returns "line: text" for each.
 */
function inlineTexts(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (n: ts.Node, texts: readonly string[]) => {
    if (texts.length > 0) found.push(`${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}: ${texts.join(" | ")}`);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n)) {
      const values = n.properties.flatMap((p) => {
        const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
        return (name === "en" || name === "zh") && ts.isPropertyAssignment(p) ? [p.initializer] : [];
      });
      if (values.length > 0) {
        report(n, values.flatMap(textLiterals));
        return; // reported once, with every text in it
      }
    }
    if (ts.isConditionalExpression(n) && isLanguageTest(n.condition, sf)) {
      report(n, [...textLiterals(n.whenTrue), ...textLiterals(n.whenFalse)]);
      return;
    }
    if (ts.isIfStatement(n) && isLanguageTest(n.expression, sf)) {
      report(n, [...textLiterals(n.thenStatement), ...(n.elseStatement ? textLiterals(n.elseStatement) : [])]);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("the catalogues' naming scheme", () => {
  it("lists every catalogue: each messages.ts and <topic>-messages.ts under src/ is walked", () => {
    const named = sourceFiles().filter((f) => /(^|-)messages\.ts$/.test(basename(f)));
    expect(named).toEqual(Object.keys(CATALOGUES).sort());
  });

  it("finds a text written inline (the check below can fail)", () => {
    const code = [
      'const a = { en: "Sheet written.", zh: "工作表已写入。" };',
      "const b = (lang: string) => (lang === \"zh\" ? `共 ${n} 个` : `${n} in all`);",
      'function c(lang: string) { if (lang === "zh") return "快照"; return "snapshot"; }',
      // Compositions, not texts:
      'const d = { en: x.en, zh: x.zh }; const e = { en: parts.join(", "), zh: parts.join("、") };',
      'const f = lang === "zh" ? "zh-CN" : "en-US"; const g = { en: name(file, "en"), zh: name(file, "zh") };',
    ].join("\n");
    expect(inlineTexts("sample.ts", code)).toEqual(["1: Sheet written. | 工作表已写入。", "2: 共  |  个 |  in all", "3: 快照"]);
  });

  it("leaves no user text inline in src/ outside the catalogues", () => {
    const allowed = new Set([...Object.keys(CATALOGUES), ...Object.keys(TEXTS_ELSEWHERE)]);
    const found = sourceFiles()
      .filter((f) => !allowed.has(f))
      .flatMap((f) => inlineTexts(f, readFileSync(join(ROOT, f), "utf8")).map((hit) => `${f}:${hit}`));
    expect(found).toEqual([]);
  });

  it("gives every file with texts outside the scheme a reason, and only files that exist", () => {
    const files = new Set(sourceFiles());
    for (const [file, why] of Object.entries(TEXTS_ELSEWHERE)) {
      expect(files.has(file), file).toBe(true);
      expect(why.length, file).toBeGreaterThan(20);
    }
  });
});

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
