/**
 * The two dictionaries: the compiler already requires the same keys and signatures (zh is
 * typed as en's shape); these tests check what it cannot: nothing left empty, and the Chinese
 * one actually in Chinese (not an English label copied over).
 */
import { describe, expect, it } from "vitest";
import { en } from "../../src/taskpane/i18n/en";
import { zh } from "../../src/taskpane/i18n/zh";
import { initialLang, messagesFor } from "../../src/taskpane/i18n";

type Leaf = string | ((...args: never[]) => string);

function leaves(node: unknown, path = ""): [string, Leaf][] {
  if (typeof node === "string" || typeof node === "function") return [[path, node as Leaf]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** Labels that are the same in both languages on purpose. */
const SAME = new Set(["colon", "units.percent", "units.money", "companies.span", "charts.change"]);
/** Chinese characters and CJK punctuation (，：“”). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d]/;

function render(leaf: Leaf): string {
  return typeof leaf === "string" ? leaf : String((leaf as (...a: unknown[]) => unknown)(2, 3, "x", "y"));
}

describe("dictionaries", () => {
  const enLeaves = new Map(leaves(en));
  const zhLeaves = new Map(leaves(zh));

  it("have the same labels", () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it("leave nothing empty, and the Chinese labels are Chinese", () => {
    for (const [path, leaf] of zhLeaves) {
      const text = render(leaf);
      expect(text.trim(), path).not.toBe("");
      if (SAME.has(path) || path === "language.switchTo") continue;
      if (path === "appTitle" || path === "listSep") continue;
      expect(CJK.test(text), `${path}: ${text}`).toBe(true);
    }
    for (const [path, leaf] of enLeaves) expect(render(leaf).trim(), path).not.toBe("");
  });

  it("switch to the other language's name", () => {
    expect(en.language.switchTo).toBe("中文");
    expect(zh.language.switchTo).toBe("English");
    expect(messagesFor("zh")).toBe(zh);
    expect(messagesFor("en")).toBe(en);
  });
});

describe("initialLang", () => {
  it("prefers the stored choice, then Office's display language, then the browser's", () => {
    expect(initialLang("en", "zh-CN", "zh-CN")).toBe("en");
    expect(initialLang(null, "zh-TW", "en-US")).toBe("zh");
    expect(initialLang(null, "en-GB", "zh-CN")).toBe("en");
    expect(initialLang(null, null, "zh-CN")).toBe("zh");
    expect(initialLang("fr", null, null)).toBe("en");
  });
});
