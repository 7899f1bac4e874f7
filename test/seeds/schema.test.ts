/**
 * The real seed data (seeds/): every file against the zod schemas, ids and references across
 * groups, conflicts ⇔ mechanical disagreement, each check's verdict recomputed with interval
 * arithmetic, SOURCE citing every statement of every conflict, and spot checks of DATA.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  checksFileSchema,
  conflictsFileSchema,
  entitiesFileSchema,
  fieldsFileSchema,
  figuresFileSchema,
  readingsFileSchema,
  segmentsFileSchema,
  sourcesFileSchema,
} from "../../src/core/dataset/schema";
import { buildDataset } from "../../src/core/dataset/build";
import { recomputeChecks } from "../../scripts/seeds/checks";
import { createDataFunctions } from "../../src/core/dataset/functions";
import { anyDisagreement } from "../../src/core/dataset/statements";
import { figureId } from "../../src/core/dataset/figure-id";
import { segmentsWith } from "../../src/core/dataset/query";
import { resolveSegment } from "../../src/core/dataset/resolve";
import { readSeedFolder } from "../../scripts/seeds-fs";
import { citation } from "../../src/core/dataset/citation";

const folder = readSeedFolder(join(__dirname, "..", "..", "seeds"));
const ds = buildDataset(folder.data);
const fx = createDataFunctions(() => ds);
const groups = folder.data.groups;

const SCHEMA_BY_FILE: Record<string, z.ZodType> = {
  entities: entitiesFileSchema,
  segments: segmentsFileSchema,
  figures: figuresFileSchema,
  conflicts: conflictsFileSchema,
  checks: checksFileSchema,
  "failed-checks": checksFileSchema,
  fields: fieldsFileSchema,
  readings: readingsFileSchema,
  sources: sourcesFileSchema,
};

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

describe("seed files", () => {
  it("are the three article groups, all readable JSON", () => {
    expect(groups.map((g) => g.id)).toEqual(["united-imaging", "neusoft", "aier"]);
    expect([...folder.unreadable]).toEqual([]);
  });

  it.each([...folder.files.keys()])("%s parses with its schema", (path) => {
    const name = path.includes("/") ? path.split("/")[1]!.replace(".json", "") : path.replace(".json", "");
    const parsed = SCHEMA_BY_FILE[name]!.safeParse(folder.files.get(path));
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
  });

  it("split checks by verdict: checks.json holds, failed-checks.json does not", () => {
    for (const [path, json] of folder.files) {
      if (path.endsWith("/checks.json")) expect((json as { consistent: boolean }[]).every((c) => c.consistent), path).toBe(true);
      if (path.endsWith("/failed-checks.json")) expect((json as { consistent: boolean }[]).every((c) => !c.consistent), path).toBe(true);
    }
  });

  it("build without problems", () => {
    expect(ds.problems).toEqual([]);
  });
});

describe("ids and references", () => {
  it("entity ids are unique across groups", () => {
    expect(duplicates(groups.flatMap((g) => g.entities.map((e) => e.id)))).toEqual([]);
  });

  it("a field id defined twice (catalogue or groups) has one definition: same kind and stock", () => {
    const all = [...folder.data.fields, ...groups.flatMap((g) => g.fields ?? [])];
    for (const id of duplicates(all.map((f) => f.id))) {
      const defs = all.filter((f) => f.id === id).map((f) => `${f.kind}/${f.stock ?? false}`);
      expect(new Set(defs).size, `field ${id}: ${defs.join(" vs ")}`).toBe(1);
    }
  });

  it("figure ids are unique", () => {
    expect(duplicates(groups.flatMap((g) => g.figures.map(figureId)))).toEqual([]);
  });

  it("every figure's entity, field and segment exists", () => {
    const missing: string[] = [];
    for (const g of groups)
      for (const f of g.figures) {
        if (!ds.entityById.has(f.entity)) missing.push(`${figureId(f)}: entity`);
        const field = ds.fieldById.get(f.field);
        if (!field || field.definedIn === "*") missing.push(`${figureId(f)}: field`);
        if (f.segment !== undefined && !ds.segmentById.has(f.segment)) missing.push(`${figureId(f)}: segment`);
      }
    expect(missing).toEqual([]);
  });

  it("every figure's unit suits its field's kind", () => {
    const ok: Record<string, readonly string[]> = {
      money: ["money"],
      percent: ["percent"],
      count: ["count"],
      multiple: ["multiple"],
      ratio: ["multiple", "percent"],
      days: ["days"],
      area: ["area"],
    };
    const bad = [...ds.statementById.values()]
      .filter((s) => !ok[ds.fieldById.get(s.figure.field)!.kind]!.includes(s.unit.kind))
      .map((s) => `${s.id}: ${s.figure.unit}`);
    expect(bad).toEqual([]);
  });

  it("every figureId in conflicts.json and checks.json exists", () => {
    const ids = groups.flatMap((g) => [...g.conflicts.map((c) => c.primary), ...g.checks.flatMap((c) => [...c.inputs, c.result])]);
    expect(ids.filter((id) => !ds.statementById.has(id))).toEqual([]);
  });

  it("a name that answers to two segment ids never does so within one company", () => {
    for (const [key, ids] of ds.segmentKeys) {
      if (ids.length < 2) continue;
      for (const e of ds.entities) {
        const used = ids.filter((id) => (ds.seriesByEntity.get(e.id) ?? []).some((k) => k.endsWith(`|${id}`)));
        expect(used.length, `${key} → ${used.join(", ")} for ${e.id}`).toBeLessThan(2);
      }
    }
  });

  it("no name answers to two companies or two fields", () => {
    expect([...ds.entityKeys].filter(([, ids]) => ids.length > 1)).toEqual([]);
    expect([...ds.fieldKeys].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });
});

describe("conflicts", () => {
  it("each disagreeing group has exactly one conflicts.json entry, and each entry a disagreeing group", () => {
    const entries = groups.flatMap((g) => g.conflicts.map((c) => `${c.entity}|${c.field}|${c.period}|${c.segment ?? ""}`));
    expect(duplicates(entries)).toEqual([]);
    const disagreeing = ds.groups.filter((g) => anyDisagreement(g.statements)).map((g) => g.key);
    expect([...entries].sort()).toEqual([...disagreeing].sort());
  });

  it("each entry's primary is one of its group's statements, and DATA returns it", () => {
    for (const g of ds.groups.filter((x) => x.conflict)) {
      expect(g.primary.id).toBe(g.conflict!.primary);
      const v = fx.dataValue(g.entity, g.field, g.period, null, g.segment ?? null);
      expect(typeof v, g.key).toBe("number");
    }
  });

  it("SOURCE lists every statement of every conflict, flagged", () => {
    const conflicted = ds.groups.filter((g) => g.conflict);
    expect(conflicted.length).toBeGreaterThan(0);
    for (const g of conflicted) {
      const text = fx.sourceText(g.entity, g.field, g.period, g.segment ?? null, "en");
      if (typeof text !== "string") throw new Error(`${g.key}: no source text`);
      expect(text).toContain(`CONFLICT: ${g.statements.length} statements disagree; primary by rule ${g.conflict!.rule}`);
      for (const s of g.statements) expect(text).toContain(citation(ds, s, "en"));
      expect(String(text).match(/PRIMARY/g)).toHaveLength(1);
    }
  });
});

describe("checks", () => {
  const outcomes = recomputeChecks(ds);

  it.each(outcomes.map((o, i) => [i, `${o.check.kind} → ${o.check.result}`, o] as const))("check %d (%s): stated verdict equals the recomputed one", (_i, _name, o) => {
    expect(o.problem).toBeUndefined();
    expect(o.consistent).toBe(o.check.consistent);
  });
});

describe("spot checks of DATA against the articles", () => {
  it.each([
    ["300015.SZ", "revenue", "2025H1", null, null, 115.07],
    ["爱尔眼科", "营业收入", "2025H1", "万", null, 1150700],
    ["aier_eye", "outpatient_visits", "2025H1", null, null, 9248300],
    ["aier_eye", "revenue_yoy", "2025H1", null, null, 0.0912],
    ["aier_eye", "capex_da_ratio", "2025H1", null, null, 0.78],
    ["aier_eye", "construction_in_progress", "2025H1", null, null, 2.06],
    ["aier_eye", "construction_in_progress", "2024", null, null, 3.36],
    ["688271.SH", "revenue", "2024", null, null, 103],
    ["genertec", "hospitals", "2024M09", null, null, 400],
  ] as const)("DATA(%j, %j, %j, %j, %j) = %d", (c, f, p, u, s, v) => {
    expect(fx.dataValue(c, f, p, u, s)).toBe(v);
  });

  it("resolves a shared segment name to the company's own segment (欧洲: eu for United Imaging, europe for Aier)", () => {
    const own = (entity: string) => new Set(segmentsWith(ds, entity).map((x) => x.id));
    const ui = resolveSegment(ds, "欧洲", own("united_imaging"));
    const aier = resolveSegment(ds, "歐洲", own("aier_eye"));
    expect(ui.ok && ui.value?.id).toBe("eu");
    expect(aier.ok && aier.value?.id).toBe("europe");
    expect(typeof fx.dataValue("aier_eye", "revenue", "2024", null, "欧洲")).toBe("number");
  });
});

describe("every reason and note in both languages", () => {
  /** Chinese text: has Chinese characters, and no half-width , ; : ( ) right after one (full-width punctuation). */
  const goodZh = (t: string | undefined): boolean => t !== undefined && /[\u4e00-\u9fff]/.test(t) && !/[\u4e00-\u9fff][,;:()]/.test(t) && !/[,;:(][\u4e00-\u9fff]/.test(t);
  const texts: [string, string | undefined, string | undefined][] = [];
  for (const g of groups) {
    for (const f of g.figures) {
      if (f.note !== undefined) texts.push([`${figureId(f)} note`, f.note, f.note_zh]);
      if (f.derived) texts.push([`${figureId(f)} method`, f.derived.method, f.derived.method_zh]);
    }
    for (const c of g.conflicts) texts.push([`conflict ${c.entity}/${c.field}/${c.period}`, c.reason, c.reason_zh]);
    for (const c of g.checks) if (c.note !== undefined) texts.push([`check → ${c.result}`, c.note, c.note_zh]);
    for (const c of g.readings ?? []) {
      texts.push([`readings ${c.id} reason`, c.reason_en, c.reason_zh], [`readings ${c.id} topic`, c.topic_en, c.topic_zh]);
      for (const r of c.readings) texts.push([`readings ${c.id}/${r.id} label`, r.label_en, r.label_zh]);
    }
  }

  it("finds them all (notes, derivations, conflict reasons, check notes, readings)", () => {
    expect(texts.length).toBeGreaterThan(230);
  });

  it("each English text has a Chinese one with full-width punctuation", () => {
    expect(texts.filter(([, , zh]) => !goodZh(zh)).map(([what, en, zh]) => `${what}: ${en} → ${zh ?? "(none)"}`)).toEqual([]);
  });

  it("every article cited has a source record whose title, date, author and platform stand on their lines", () => {
    const files = new Set(groups.flatMap((g) => g.figures.map((f) => f.file)));
    const records = new Map((folder.data.sources ?? []).map((s) => [s.file, s]));
    expect([...files].filter((f) => !records.has(f))).toEqual([]);
    for (const s of records.values()) expect(s.title !== undefined || (s.label_en !== undefined && s.label_zh !== undefined), s.file).toBe(true);
  });
});
