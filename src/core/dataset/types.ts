/**
 * Types of the dataset: the raw data files as the loader receives them (the bundled seeds or a
 * test fixture), and the index built from them once.
 *
 * Only types come from schema.ts (`import type`): the add-in must not bundle zod.
 */
import type { z } from "zod";
import type {
  checkSchema,
  conflictSchema,
  contestSchema,
  sourceSchema,
  entitySchema,
  fieldSchema,
  figureSchema,
  segmentSchema,
} from "./schema";
import type { UnitDef } from "../units";

/** A record as written in a data file (defaults such as `aliases: []` may be omitted). */
export type EntityInput = z.input<typeof entitySchema>;
export type FieldInput = z.input<typeof fieldSchema>;
export type SegmentInput = z.input<typeof segmentSchema>;
export type FigureInput = z.input<typeof figureSchema>;
export type ConflictInput = z.input<typeof conflictSchema>;
export type CheckInput = z.input<typeof checkSchema>;
export type ContestInput = z.input<typeof contestSchema>;
export type SourceInput = z.input<typeof sourceSchema>;

/** One folder of seeds/ (an article group). */
export interface SeedGroup {
  /** Folder name, e.g. "aier". */
  readonly id: string;
  readonly entities: readonly EntityInput[];
  readonly segments: readonly SegmentInput[];
  readonly figures: readonly FigureInput[];
  readonly conflicts: readonly ConflictInput[];
  readonly checks: readonly CheckInput[];
  /** Extra fields this group needs beyond the catalogue. */
  readonly fields?: readonly FieldInput[];
  /** Readings that cannot both hold (readings.json). */
  readonly readings?: readonly ContestInput[];
}

/** Everything the loader needs: the field catalogue and the groups, in a stable order. */
export interface SeedData {
  readonly fields: readonly FieldInput[];
  readonly groups: readonly SeedGroup[];
  /** The articles as source records (seeds/sources.json). */
  readonly sources?: readonly SourceInput[];
}

export type FieldKind = FieldInput["kind"];

/** A field as the dataset knows it: a catalogue field, or the synthetic `<field>_yoy` of one. */
export interface FieldRecord {
  readonly id: string;
  readonly kind: FieldKind;
  readonly stock: boolean;
  readonly name_en: string;
  readonly name_zh: string;
  readonly aliases: readonly string[];
  /** For `<field>_yoy`: the field it is the growth of. */
  readonly yoyOf?: string;
  /** Group folder that defined it ("" for seeds/fields.json, "*" for a field only figures use). */
  readonly definedIn: string;
}

export interface EntityRecord {
  readonly id: string;
  readonly ticker?: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly short_en: string;
  readonly short_zh: string;
  readonly aliases: readonly string[];
  readonly kind: EntityInput["kind"];
  readonly parent?: string;
  readonly description?: string;
  /** Group folder that defined it. */
  readonly group: string;
}

export interface SegmentRecord {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly aliases: readonly string[];
}

/**
 * One statement of a figure, with what the lookups need precomputed: the value in base units
 * (yuan, a decimal, one item), the printed precision, and where it sits among its group.
 */
export interface Statement {
  /** figureId: `003:9:aier_eye/revenue/2025H1`. */
  readonly id: string;
  readonly figure: FigureInput;
  readonly unit: UnitDef;
  /** value × unit factor, computed by decimal shifting (115.07 亿元 → 11507000000 exactly). */
  readonly base: number;
  /** Half a unit of the last printed digit, in base units (115.07 亿元 → 500000). */
  readonly halfUnit: number;
  readonly primary: boolean;
}

/** All statements of one (entity, field, period, segment). */
export interface StatementGroup {
  /** `entity|field|period|segment` (segment "" for the whole entity). */
  readonly key: string;
  readonly entity: string;
  readonly field: string;
  readonly period: string;
  readonly segment?: string;
  /** Primary first, then the others in rule order. */
  readonly statements: readonly Statement[];
  readonly primary: Statement;
  /** The conflicts.json entry naming the primary, if any. */
  readonly conflict?: ConflictInput;
  /** True when some pair of statements disagrees (see disagree()). */
  readonly disagrees: boolean;
}

/** The index: built once, then every lookup is a Map access. */
export interface Dataset {
  readonly entities: readonly EntityRecord[];
  readonly fields: readonly FieldRecord[];
  readonly segments: readonly SegmentRecord[];
  readonly entityById: ReadonlyMap<string, EntityRecord>;
  readonly fieldById: ReadonlyMap<string, FieldRecord>;
  readonly segmentById: ReadonlyMap<string, SegmentRecord>;
  /** compactKey(name) → entity ids answering to it (usually one). */
  readonly entityKeys: ReadonlyMap<string, readonly string[]>;
  readonly fieldKeys: ReadonlyMap<string, readonly string[]>;
  readonly segmentKeys: ReadonlyMap<string, readonly string[]>;
  /** `entity|field|segment` → period → group. */
  readonly series: ReadonlyMap<string, ReadonlyMap<string, StatementGroup>>;
  /** entity → its series keys (`field|segment`), in field catalogue order. */
  readonly seriesByEntity: ReadonlyMap<string, readonly string[]>;
  readonly groups: readonly StatementGroup[];
  readonly statementById: ReadonlyMap<string, Statement>;
  readonly checks: readonly CheckInput[];
  /** Source records by article file name. */
  readonly sourceByFile: ReadonlyMap<string, SourceInput>;
  /** Every contest of readings, in data order. */
  readonly contests: readonly ContestInput[];
  /** figureId → the readings it belongs to (most statements belong to none). */
  readonly readingsByStatement: ReadonlyMap<string, readonly ReadingTag[]>;
  /** Problems met while building (unknown ids, a conflict naming a missing figure...). */
  readonly problems: readonly string[];
}

/** A statement's place in a contest of readings. */
export interface ReadingTag {
  readonly contest: ContestInput;
  readonly reading: ContestInput["readings"][number];
  /** True when this is the contest's primary reading. */
  readonly primary: boolean;
}
