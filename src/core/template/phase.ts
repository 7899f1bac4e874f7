/**
 * The cycle phase cell. Live: =CAPCYCLE.CYCLE_PHASE over the capex and D&A rows of one
 * frequency group. Portable: a native IF over the capex/D&A ratio cells of the last two
 * periods that have both figures (known when the plan is built), giving the same label by the
 * same rules:
 *   r ≥ high and r ≥ before → Expansion; r ≥ low and r < before → Expansion slowing;
 *   low ≤ r < high and r ≥ before → Build-up; r < low and r ≤ before → Contraction;
 *   r < low and r > before → Recovery.
 * The rules are total: checked in this order, every (r, before) pair gets exactly one label.
 *
 * Period discipline: the two periods compared are of one frequency (2024H1 → 2025H1, never
 * FY2024 → 2025H1). The template builder picks the group (build.ts phaseRefs) and passes its
 * ranges and ratio cells, whatever the layout.
 *
 * Readings: where the articles give two readings of capex / D&A (seeds readings.json), the
 * phase differs by reading; phaseReadingsFor() gives one line per reading (phaseByReading in
 * core/dataset/readings.ts) and phaseReadingsNote() the text the header shows beside the phase,
 * marked contested.
 */
import type { Lang, Localized } from "../errors";
import type { CyclePhase } from "../metrics/cycle-phase";
import { phaseByReading, phaseReadingText } from "../dataset/readings";
import type { Dataset } from "../dataset/types";
import { quoteText } from "./figures";
import { LABELS, PHASES } from "./labels";
import type { FormulaStyle } from "./options";

export const PHASE_HIGH = 1.5;
export const PHASE_LOW = 1.0;

/**
 * Where the phase reads its inputs, whatever the layout (periods down or across): the capex
 * and D&A ranges of one frequency group (one row or one column each), and the capex/D&A ratio
 * cells of its periods that have both figures, oldest first.
 */
export interface PhaseRefs {
  readonly capexRange: string;
  readonly daRange: string;
  readonly ratioCells: readonly string[];
}

/** The phase formula, or null when fewer than two periods have both capex and D&A. */
export function phaseFormula(refs: PhaseRefs | null, style: FormulaStyle, lang: Lang): string | null {
  if (!refs || refs.ratioCells.length < 2) return null;
  if (style === "live") return `=CAPCYCLE.CYCLE_PHASE(${refs.capexRange},${refs.daRange},${PHASE_HIGH},${PHASE_LOW},"${lang}")`;
  const now = refs.ratioCells[refs.ratioCells.length - 1]!;
  const before = refs.ratioCells[refs.ratioCells.length - 2]!;
  const t = (k: keyof typeof PHASES) => quoteText(PHASES[k][lang]);
  return (
    `=IF(OR(${now}="",${before}=""),"",` +
    `IF(AND(${now}>=${PHASE_HIGH},${now}>=${before}),${t("expansion")},` +
    `IF(AND(${now}>=${PHASE_LOW},${now}<${before}),${t("slowing")},` +
    `IF(${now}>=${PHASE_LOW},${t("buildUp")},` +
    `IF(${now}<=${before},${t("contraction")},${t("recovery")})))))`
  );
}

/** One reading's phase, as the template shows it. */
export interface PhaseReadingLine {
  readonly phase: CyclePhase;
  readonly primary: boolean;
  /** "Contraction — H1 2024 1.02 (line 21, derived) → H1 2025 0.78 (line 21), with … [reading; source]". */
  readonly text: Localized;
}

export interface PhaseReadings {
  /** True when the readings give different phases or ratios. */
  readonly contested: boolean;
  /** The primary reading first. */
  readonly lines: readonly PhaseReadingLine[];
}

/** The phase under each reading of an entity's capex / D&A; undefined when it has no phase. */
export function phaseReadingsFor(ds: Dataset, entityId: string): PhaseReadings | undefined {
  const rs = phaseByReading(ds, entityId);
  if (rs.length === 0) return undefined;
  return {
    contested: rs[0]!.contested,
    lines: rs.map((r) => ({ phase: r.phase, primary: r.reading?.primary ?? true, text: { en: phaseReadingText(ds, r, "en"), zh: phaseReadingText(ds, r, "zh") } })),
  };
}

/** The header's note beside the phase when it is contested: every reading, primary first; null otherwise. */
export function phaseReadingsNote(r: PhaseReadings | undefined, lang: Lang): string | null {
  if (!r?.contested) return null;
  const body = r.lines.map((l) => l.text[lang]).join(lang === "zh" ? "；" : "; ");
  return `${LABELS.contestedByReading[lang]}${body}`;
}
