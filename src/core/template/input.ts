/**
 * What a template is built from: plain data, independent of how the dataset is indexed,
 * so the plan builder is tested with small fixtures. `templateInputFromDataset` (from-dataset.ts)
 * makes one from the bundled data.
 */

/** How a field's values are shown and converted (the field catalogue's `kind`). */
export type TemplateFieldKind = "money" | "percent" | "ratio" | "count" | "multiple" | "days" | "area";

export interface TemplateEntity {
  readonly id: string;
  readonly ticker?: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly short_en: string;
  readonly short_zh: string;
  /** listed, unlisted, subsidiary, group, industry, government, foreign. */
  readonly kind: string;
}

export interface TemplateField {
  readonly id: string;
  readonly kind: TemplateFieldKind;
  readonly name_en: string;
  readonly name_zh: string;
  /** Balance-sheet figure (its period is the date it closes). */
  readonly stock?: boolean;
  /** For `<field>_yoy`: the field it is the growth of. */
  readonly yoyOf?: string;
}

export interface TemplateSegment {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
}

/** One statement behind a figure, as the sources table lists it. */
export interface TemplateSource {
  /** figureId, e.g. 003:9:aier_eye/revenue/2025H1. */
  readonly id: string;
  /** The figure as printed in the article ("115.07 亿元", "-38.87%"). */
  readonly printed: string;
  readonly file: string;
  readonly line: number;
  /** The statement whose value the template uses. */
  readonly primary: boolean;
  /** Hedge in the text: more_than, about, nearly, under... */
  readonly qualifier?: string;
  /** forecast, target or estimate (actual when absent). */
  readonly basis?: string;
  /** How a derived figure was computed. */
  readonly derived?: string;
  /** The same in Chinese, where the data gives it. */
  readonly derived_zh?: string;
  readonly note?: string;
  readonly note_zh?: string;
}

/** One figure: the primary value of an (entity, field, period, segment), with all its statements. */
export interface TemplateFigure {
  readonly field: string;
  readonly period: string;
  readonly segment?: string;
  /**
   * The primary value in base units: yuan (or one unit of `currency`) for money, a decimal
   * for percentages (0.0912), items for counts, plain numbers otherwise.
   */
  readonly value: number;
  /** Currency of a money figure; absent means CNY. Non-CNY money is never converted to CNY. */
  readonly currency?: string;
  /**
   * The primary statement's unit as printed ("亿元", "万人次", "pp"): the "Other figures" table
   * names what a count counts (人次, 例) and tells percentage points from percentages.
   */
  readonly unit?: string;
  /** Statements, primary first. */
  readonly sources: readonly TemplateSource[];
  /** The statements disagree (a recorded conflict); the primary was chosen by a written rule. */
  readonly conflict?: { readonly rule: string; readonly reason: string; readonly reason_zh?: string };
  /** The primary's basis when not an actual figure (forecast, target, estimate). */
  readonly basis?: string;
}

export interface TemplatePeer {
  readonly entity: TemplateEntity;
  readonly figures: readonly TemplateFigure[];
}

import type { PhaseReadings } from "./phase";

export interface TemplateInput {
  readonly entity: TemplateEntity;
  /** Fields the figures use, in catalogue order (the order of the financials columns). */
  readonly fields: readonly TemplateField[];
  /** Segments the figures use. */
  readonly segments: readonly TemplateSegment[];
  /** The entity's figures (whole entity and segments). */
  readonly figures: readonly TemplateFigure[];
  /** Comparable entities (same article group, not industry aggregates) with their figures. */
  readonly peers: readonly TemplatePeer[];
  /** Source records by file, as the sources table names them (title, date ...); a file absent here is named by itself. */
  readonly sourceNames?: Readonly<Record<string, { readonly en: string; readonly zh: string }>>;
  /** The phase under each reading (core/dataset/readings.ts through phase.ts), where the data has readings. */
  readonly phaseReadings?: PhaseReadings;
}
