/**
 * The shape of the seed data files (seeds/**.json), as zod schemas. Tests and scripts
 * validate every file against these; the add-in itself imports only the inferred types,
 * so zod never ships in a bundle.
 *
 * Layout: seeds/fields.json (the field catalogue) and one folder per article group
 * (seeds/<group>/) holding entities.json, segments.json, figures.json, conflicts.json,
 * checks.json and optionally fields.json (extra fields that group needs).
 */
import { z } from "zod";
import { UNIT_IDS } from "../units";

const snake = z.string().regex(/^[a-z][a-z0-9_]*$/, "snake_case id");

/** Period ids: 2024 (fiscal year), 2025H1/H2, 2025Q1..Q4 (single quarter), 2024Q1Q3 (first three quarters), 2025M07 (a month: point-in-time events). */
export const PERIOD_PATTERN = /^(\d{4})(H[12]|Q[1-4]|Q1Q3|M(0[1-9]|1[0-2]))?$/;

export const entitySchema = z.strictObject({
  /** Stable id, snake_case English (e.g. aier_eye). */
  id: snake,
  /** Exchange ticker with suffix where listed: 300015.SZ, 688271.SH, 0700.HK. */
  ticker: z.string().regex(/^[0-9A-Z]+\.(SZ|SH|BJ|HK|US|N|O)$/).optional(),
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
  /** Short name for sheet titles, in both languages (爱尔眼科 / Aier Eye). */
  short_en: z.string().min(1).max(20),
  short_zh: z.string().min(1).max(12),
  /** Other names the articles or users use (Traditional Chinese forms, abbreviations). */
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(["listed", "unlisted", "subsidiary", "group", "industry", "government", "foreign"]),
  /** Id of a parent entity where one is stated. */
  parent: snake.optional(),
  /** One English line: what the entity is (our words, not the article's). */
  description: z.string().optional(),
});

export const fieldSchema = z.strictObject({
  id: snake,
  /** What a value of this field is, which decides unit conversion and number format. */
  kind: z.enum(["money", "percent", "ratio", "count", "multiple", "days", "area"]),
  /** Balance-sheet figure: the period is the date it closes. */
  stock: z.boolean().default(false),
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
  /** Chinese (and English) aliases users may type: 营业收入, 营收, sales. */
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
});

export const segmentSchema = z.strictObject({
  id: snake,
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

export const qualifierSchema = z.enum(["more_than", "at_least", "nearly", "about", "under", "at_most"]);

export const figureSchema = z.strictObject({
  entity: snake,
  /** A field id from a fields.json, or `<field>_yoy` for its year-on-year growth (unit %). */
  field: snake,
  period: z.string().regex(PERIOD_PATTERN),
  /** Segment id (seeds/<group>/segments.json) for segment figures; omitted for the whole entity. */
  segment: snake.optional(),
  /** The number as stated, in `unit` (115.07 for "115.07 亿元"; -38.87 for "-38.87%"). */
  value: z.number().finite(),
  unit: z.enum(UNIT_IDS as [string, ...string[]]),
  /** The figure exactly as printed on the cited line (a substring of it). */
  printed: z.string().min(1),
  /** Article file name, e.g. 003_b3fdc93d999670b0.txt. */
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  /** 1-based line number in that file. */
  line: z.number().int().positive(),
  /** Where the text hedges the figure: 超过 → more_than, 近 → nearly, 约 → about, 不足 → under. */
  qualifier: qualifierSchema.optional(),
  /** actual (default), or a forecast / target / estimate stated by the article. */
  basis: z.enum(["actual", "forecast", "target", "estimate"]).optional(),
  /** Present only for figures computed by us from stated ones. */
  derived: z
    .strictObject({
      /** Ids of the figures it was computed from (see figureId). */
      from: z.array(z.string()).min(1),
      /** How, in one English line, naming fields as an analyst reads them (not by id): "revenue 2024 / (1 + revenue growth 2024)". */
      method: z.string().min(1),
      /** The same in Chinese (full-width punctuation). */
      method_zh: z.string().min(1).optional(),
      /** The parts named in Chinese, where `from` names them in words rather than ids (an imported D&A's cells). */
      from_zh: z.array(z.string()).min(1).optional(),
    })
    .optional(),
  /** Short English note in our own words (never the article's sentence). */
  note: z.string().optional(),
  /** The note in Chinese (the tests require one for every note). */
  note_zh: z.string().optional(),
});

/** Rules for choosing the primary statement of a conflict, in order (docs/data.md). */
export const PRIMARY_RULES = [
  "primary_reading",
  "exact_over_hedged",
  "precise_over_rounded",
  "dated_over_inferred",
  "stated_over_derived",
  "dedicated_article",
  "financial_statement_context",
  "first_statement",
] as const;

export const conflictSchema = z.strictObject({
  entity: snake,
  field: snake,
  period: z.string().regex(PERIOD_PATTERN),
  segment: snake.optional(),
  /** figureId of the statement DATA returns. */
  primary: z.string().min(1),
  rule: z.enum(PRIMARY_RULES),
  /** Why this primary, in one English line. */
  reason: z.string().min(1),
  /** The reason in Chinese (the tests require it). */
  reason_zh: z.string().min(1).optional(),
});

/** An arithmetic cross-check between figures: parts that should add up, ratios, growth rates. */
export const checkSchema = z.strictObject({
  kind: z.enum(["sum", "ratio", "growth", "difference"]),
  /**
   * sum: parts → total; ratio: numerator / denominator → result (× 100 when the result unit is %);
   * growth: current / prior − 1 → result (%); difference: a − b → result. Values are compared
   * after converting to base units, within the precision printed.
   */
  inputs: z.array(z.string()).min(1),
  result: z.string(),
  /** Our reading: true when the figures agree within printed precision. The tests recompute it. */
  consistent: z.boolean(),
  note: z.string().optional(),
  note_zh: z.string().optional(),
});

/** One reading: statements that are read together (a figure and its growth, a ratio and its parts). */
export const readingSchema = z.strictObject({
  id: snake,
  label_en: z.string().min(1),
  label_zh: z.string().min(1),
  /** figureIds of the statements of this reading. */
  statements: z.array(z.string()).min(1),
});

/**
 * Readings that cannot both hold (seeds/<group>/readings.json): the primary reading's
 * statements are the primaries of every figure they touch, so DATA never pairs a value with a
 * growth rate or part from the other reading; results that depend on it (a phase, a derived
 * figure) are shown under each reading and marked contested.
 */
export const contestSchema = z.strictObject({
  id: snake,
  entity: snake,
  topic_en: z.string().min(1),
  topic_zh: z.string().min(1),
  /** Id of the primary reading. */
  primary: snake,
  rule: z.enum(PRIMARY_RULES),
  reason_en: z.string().min(1),
  reason_zh: z.string().min(1),
  readings: z.array(readingSchema).min(2),
});

/**
 * An article as a person recognises it (seeds/sources.json): its title, date, author and
 * platform as it states them, each with the line that states it (check:citations verifies);
 * where the article has no title, a label we write (label_en / label_zh), shown marked as ours.
 */
export const sourceSchema = z
  .strictObject({
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    title: z.string().min(1).optional(),
    title_line: z.number().int().positive().optional(),
    /** Our English rendering of the title (shown as a translation). */
    title_en: z.string().min(1).optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    date_line: z.number().int().positive().optional(),
    author: z.string().min(1).optional(),
    author_line: z.number().int().positive().optional(),
    platform: z.string().min(1).optional(),
    platform_line: z.number().int().positive().optional(),
    label_en: z.string().min(1).optional(),
    label_zh: z.string().min(1).optional(),
  })
  .refine((s) => (s.title !== undefined && s.title_line !== undefined) || (s.label_en !== undefined && s.label_zh !== undefined), {
    message: "a source needs a title with its line, or our label in both languages",
  });

export const figuresFileSchema = z.array(figureSchema);
export const entitiesFileSchema = z.array(entitySchema);
export const fieldsFileSchema = z.array(fieldSchema);
export const segmentsFileSchema = z.array(segmentSchema);
export const conflictsFileSchema = z.array(conflictSchema);
export const checksFileSchema = z.array(checkSchema);
export const readingsFileSchema = z.array(contestSchema);
export const sourcesFileSchema = z.array(sourceSchema);

export type Entity = z.infer<typeof entitySchema>;
export type Field = z.infer<typeof fieldSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Check = z.infer<typeof checkSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Contest = z.infer<typeof contestSchema>;
export type Source = z.infer<typeof sourceSchema>;

/**
 * A figure's stable id: `<file prefix>:<line>:<entity>/<field>/<period>[/<segment>]`,
 * e.g. `003:9:aier_eye/revenue/2025H1`. Conflicts and checks refer to figures by it.
 */
export function figureId(f: Pick<Figure, "file" | "line" | "entity" | "field" | "period" | "segment">): string {
  const base = `${f.file.slice(0, 3)}:${f.line}:${f.entity}/${f.field}/${f.period}`;
  return f.segment ? `${base}/${f.segment}` : base;
}
