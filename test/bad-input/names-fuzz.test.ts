/**
 * Fuzz (fast-check) of name resolution over the bundled data: company, field, segment, unit and
 * period arguments as people type them — random text of any script, full-width letters and
 * digits, mixed case, stray spaces and punctuation, Traditional Chinese forms. Resolution never
 * throws; it either resolves (and a name written differently resolves to the same thing) or
 * answers #N/A naming the closest matches (#VALUE! for a blank or an unusable value).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isCellError, type CellError } from "../../src/core/errors";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { resolveEntity, resolveField, resolveSegment, searchEntities, type Resolved } from "../../src/core/dataset/resolve";
import { parseUnitArg, UNIT_ARG_FORMS } from "../../src/core/dataset/unit-arg";
import { normalizePeriodArg, PERIOD_ID_PATTERN } from "../../src/core/periods";
import type { CellValue } from "../../src/core/values";
import { anyText } from "./support";

const ds = getDataset();
export const RUNS = 1_000;
let iterations = 0;
afterAll(() => console.log(`name resolution fuzz: ${iterations} lookups`));

// ---- ways of writing a name --------------------------------------------------------------

/** ASCII → full-width (Ａ, １, ．), as typed with a Chinese input method in full-width mode. */
export function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
}

/** Simplified → Traditional for the characters of the seed names (enough to exercise the lookup). */
const TRADITIONAL: Readonly<Record<string, string>> = {
  爱: "愛", 尔: "爾", 医: "醫", 疗: "療", 联: "聯", 东: "東", 软: "軟", 华: "華", 厦: "廈", 门: "門",
  业: "業", 营: "營", 资: "資", 开: "開", 旧: "舊", 摊: "攤", 销: "銷", 净: "淨", 润: "潤", 现: "現",
  应: "應", 账: "賬", 誉: "譽", 费: "費", 发: "發", 产: "產", 额: "額", 场: "場", 术: "術", 诊: "診",
  团: "團", 国: "國", 际: "際", 设: "設", 备: "備", 统: "統", 网: "網", 药: "藥", 视: "視", 光: "光",
  长: "長", 智: "智", 科: "科", 技: "技", 迈: "邁", 瑞: "瑞", 万: "萬", 亿: "億", 归: "歸", 属: "屬",
  总: "總", 负: "負", 债: "債", 权: "權", 益: "益", 经: "經", 筹: "籌", 还: "還", 库: "庫", 存: "存",
};
export const toTraditional = (s: string): string => [...s].map((c) => TRADITIONAL[c] ?? c).join("");

/** Random upper/lower case per letter. */
const mixedCase = (s: string, bits: readonly boolean[]): string =>
  [...s].map((c, i) => (bits[i % bits.length] ? c.toUpperCase() : c.toLowerCase())).join("");

/** Spaces and punctuation sprinkled in, and around. */
const noisy = (s: string, bits: readonly boolean[]): string => `  ${[...s].map((c, i) => (bits[i % bits.length] ? `${c}` : `${c} `)).join("")}. `;

/** A real name written another way that must resolve to the same thing. */
const variant = (names: readonly string[]): fc.Arbitrary<{ name: string; written: string }> =>
  fc.tuple(fc.constantFrom(...names), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.constantFrom("full", "case", "noise", "all")).map(([name, bits, how]) => {
    const written =
      how === "full" ? fullWidth(name) : how === "case" ? mixedCase(name, bits) : how === "noise" ? noisy(name, bits) : fullWidth(noisy(mixedCase(name, bits), bits));
    return { name, written };
  });

// ---- the names of the bundled data ----------------------------------------------------------

const entityNames = ds.entities.flatMap((e) => [e.id, e.ticker ?? "", e.name_en, e.name_zh, e.short_en, e.short_zh, ...e.aliases].filter((n) => n !== ""));
const fieldNames = ds.fields.flatMap((f) => [f.id, f.name_en, f.name_zh, ...f.aliases]);
const segmentNames = ds.segments.flatMap((s) => [s.id, s.name_en, s.name_zh, ...s.aliases]);
const chineseNames = [...entityNames, ...fieldNames, ...segmentNames].filter((n) => /[\u4e00-\u9fff]/.test(n));

/** Anything a cell may hold where a name is expected. */
const nameArg: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...entityNames, ...fieldNames, ...segmentNames).map((n) => n.slice(0, Math.max(1, n.length - 2))) },
  { weight: 2, arbitrary: fc.constantFrom(...chineseNames).map(toTraditional) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null)) },
);

/** What a lookup must answer: a value, or #N/A naming the closest matches, or #VALUE! with a reason. */
function checkAnswer<T>(r: Resolved<T>, arg: CellValue, closestTag: { en: string; zh: string }): void {
  if (r.ok) return;
  const e: CellError = r.error;
  expect(isCellError(e)).toBe(true);
  expect(["#N/A", "#VALUE!"]).toContain(e.error);
  expect(e.message?.en).toBeTruthy();
  expect(e.message?.zh).toBeTruthy();
  if (e.error === "#N/A") {
    // Unknown name: the closest ones are named, in both languages.
    const en = e.message!.en;
    const at = en.indexOf(closestTag.en);
    expect(at, en).toBeGreaterThanOrEqual(0);
    expect(en.slice(at + closestTag.en.length).trim().startsWith("."), "at least one closest match").toBe(false);
    expect(e.message!.zh).toContain(closestTag.zh);
  } else {
    // #VALUE!: only for a blank, a logical value or a non-finite number.
    const blank = arg === null || (typeof arg === "string" && arg.trim() === "");
    expect(blank || typeof arg === "boolean" || (typeof arg === "number" && !Number.isFinite(arg)), JSON.stringify(arg)).toBe(true);
  }
}

const CLOSEST = { en: "Closest:", zh: "最接近的是：" };

describe("company names", () => {
  it("any text: never throws; resolves, or #N/A naming the closest companies", () => {
    fc.assert(
      fc.property(nameArg, (arg) => {
        iterations++;
        checkAnswer(resolveEntity(ds, arg), arg, CLOSEST);
      }),
      { numRuns: RUNS },
    );
  });

  it("full-width, mixed case, spaces and punctuation resolve to the same company", () => {
    fc.assert(
      fc.property(variant(entityNames), ({ name, written }) => {
        iterations++;
        const want = resolveEntity(ds, name);
        const got = resolveEntity(ds, written);
        expect(want.ok).toBe(true);
        expect(got.ok && want.ok && got.value.id, `${JSON.stringify(written)} (${name})`).toBe(want.ok && want.value.id);
      }),
      { numRuns: RUNS },
    );
  });

  it("Traditional forms: the listed ones resolve; any other resolves or names the closest", () => {
    expect(resolveEntity(ds, "愛爾眼科")).toMatchObject({ ok: true, value: { id: "aier_eye" } });
    expect(resolveEntity(ds, "華廈眼科")).toMatchObject({ ok: true, value: { id: "huaxia_eye" } });
    fc.assert(
      fc.property(fc.constantFrom(...entityNames.filter((n) => /[\u4e00-\u9fff]/.test(n))).map(toTraditional), (typed) => {
        iterations++;
        checkAnswer(resolveEntity(ds, typed), typed, CLOSEST);
      }),
      { numRuns: RUNS },
    );
  });

  it("the pane's company search takes any text without throwing", () => {
    fc.assert(
      fc.property(nameArg.filter((v): v is string => typeof v === "string"), (query) => {
        iterations++;
        const hits = searchEntities(ds, query);
        expect(Array.isArray(hits)).toBe(true);
        for (const e of hits) expect(ds.entityById.get(e.id)).toBe(e);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("field names", () => {
  it("any text: never throws; resolves, or #N/A naming the closest fields", () => {
    fc.assert(
      fc.property(nameArg, (arg) => {
        iterations++;
        checkAnswer(resolveField(ds, arg), arg, CLOSEST);
      }),
      { numRuns: RUNS },
    );
  });

  it("full-width, mixed case, spaces and punctuation resolve to the same field", () => {
    fc.assert(
      fc.property(variant(fieldNames), ({ name, written }) => {
        iterations++;
        const want = resolveField(ds, name);
        const got = resolveField(ds, written);
        expect(want.ok).toBe(true);
        expect(got.ok && want.ok && got.value.id, `${JSON.stringify(written)} (${name})`).toBe(want.ok && want.value.id);
      }),
      { numRuns: RUNS },
    );
  });

  it("growth forms of any field (营收增速, revenue yoy, 同比营业收入) resolve or name the closest", () => {
    const suffix = fc.constantFrom("_yoy", " yoy", " YoY growth", "同比", "增速", "同比增长率", " growth");
    fc.assert(
      fc.property(fc.constantFrom(...fieldNames), suffix, (name, s) => {
        iterations++;
        const typed = `${name}${s}`;
        checkAnswer(resolveField(ds, typed), typed, CLOSEST);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("segment names", () => {
  it("any text: never throws; blank is the whole company; else resolves or #N/A naming the closest", () => {
    fc.assert(
      fc.property(nameArg, (arg) => {
        iterations++;
        const r = resolveSegment(ds, arg);
        if (r.ok && r.value === undefined) {
          expect(arg === null || (typeof arg === "string" && arg.trim() === "")).toBe(true);
          return;
        }
        checkAnswer(r, arg, CLOSEST);
      }),
      { numRuns: RUNS },
    );
  });

  it("full-width, mixed case, spaces and punctuation resolve to the same segment", () => {
    fc.assert(
      fc.property(variant(segmentNames), ({ name, written }) => {
        iterations++;
        const want = resolveSegment(ds, name);
        const got = resolveSegment(ds, written);
        expect(want.ok && want.value).toBeTruthy();
        expect(got.ok && got.value?.id, `${JSON.stringify(written)} (${name})`).toBe(want.ok && want.value?.id);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("units and periods", () => {
  const unitForms = Object.values(UNIT_ARG_FORMS).flat();

  it("any unit text: never throws; a scale, blank, or #VALUE! listing the accepted units", () => {
    fc.assert(
      fc.property(nameArg, (arg) => {
        iterations++;
        const r = parseUnitArg(arg);
        if (r.ok) return;
        expect(r.error.error).toBe("#VALUE!");
        if (typeof arg === "string" && arg.trim() !== "") expect(r.error.message?.en).toContain("亿/100m");
      }),
      { numRuns: RUNS },
    );
  });

  it("full-width, mixed case and spaced unit forms read as the same scale", () => {
    fc.assert(
      fc.property(variant(unitForms.filter((u) => !/^\d+$/.test(u))), ({ name, written }) => {
        iterations++;
        const want = parseUnitArg(name);
        const got = parseUnitArg(written);
        expect(got.ok && got.value?.exp, JSON.stringify(written)).toBe(want.ok && want.value?.exp);
      }),
      { numRuns: RUNS },
    );
  });

  it("any period text: never throws; a canonical period id or nothing", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.double(), fc.integer({ min: -5000, max: 5000 })), (typed) => {
        iterations++;
        const id = normalizePeriodArg(typed);
        if (id !== null) expect(id).toMatch(PERIOD_ID_PATTERN);
      }),
      { numRuns: RUNS },
    );
  });

  it("period ids in full width and any case read as the same id", () => {
    const ids = ["2024", "2025H1", "2025Q1", "2024Q1Q3", "2025M07", "2023H2", "2022Q4"];
    fc.assert(
      fc.property(variant(ids), ({ name, written }) => {
        iterations++;
        // Punctuation inside an id changes it ("2025.H1" is not a period): only width, case and spaces.
        const clean = written.replace(/[.．]/g, "");
        expect(normalizePeriodArg(clean), JSON.stringify(clean)).toBe(name);
      }),
      { numRuns: RUNS },
    );
  });
});
