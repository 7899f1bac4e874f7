/**
 * Types of an import: the table read from a file or a range, the mapping (what each column
 * and each row label means — detected, then editable), the preview built from both, and the
 * imported data stored in the workbook.
 */
import type { Localized } from "../errors";

/** A figure that is not an actual: stated as a forecast, a target or an estimate. */
export type Basis = "forecast" | "target" | "estimate";

/** A cell as read: numbers as numbers, everything else as text; null for empty. */
export type Cell = string | number | null;

/** Where a table came from: a CSV or xlsx file (one table per sheet), or a range of the workbook. */
export interface SourceTable {
  /** "file.csv", "file.xlsx" or the sheet name of a range. */
  readonly file: string;
  readonly kind: "csv" | "xlsx" | "range";
  /** Sheet name (xlsx, range). */
  readonly sheet?: string;
  /** Row and column (0-based) of the table's top-left cell on its sheet (ranges; 0,0 for files). */
  readonly origin: { readonly row: number; readonly col: number };
  readonly rows: readonly (readonly Cell[])[];
}

/** Everything read from a file before any mapping: its tables and what could not be read. */
export interface ParsedSource {
  readonly file: string;
  readonly kind: "csv" | "xlsx" | "range";
  readonly encoding?: string;
  readonly tables: readonly SourceTable[];
  /** A reason the file could not be read at all (wrong encoding, empty, not a spreadsheet). */
  readonly failure?: Localized;
}

/**
 * What a column holds. Wide layout: fields down (a `field` column), periods across (`period`
 * columns). Long layout: one figure per row (`field`, `period` and `value` columns).
 */
export type ColumnRole =
  | { readonly role: "code" }
  | { readonly role: "name" }
  | { readonly role: "field" }
  | { readonly role: "unit" }
  | { readonly role: "segment" }
  | { readonly role: "basis" }
  | { readonly role: "period"; readonly period?: string; readonly basis?: "forecast" }
  | { readonly role: "value" }
  | { readonly role: "ignore" };

/** The person's choice for one company of the file. */
export interface CompanyChoice {
  /** Entity id: snake_case, never a bundled id. */
  readonly id: string;
  readonly name_zh: string;
  readonly name_en: string;
  /** Short names for sheet titles and peer rows (≤ 20 / ≤ 12 characters); clipped names when absent. */
  readonly short_en?: string;
  readonly short_zh?: string;
}

export interface ImportMapping {
  /** Index of the table (sheet) used. */
  readonly table: number;
  readonly layout: "wide" | "long";
  /** Row index (0-based, in the table) of the header row. */
  readonly headerRow: number;
  /** One role per column. */
  readonly columns: readonly ColumnRole[];
  /** Row label as written (compacted) → field id, or null to ignore those rows. */
  readonly fields: Readonly<Record<string, string | null>>;
  /** Company key (code, else name) → the entity it becomes. */
  readonly companies: Readonly<Record<string, CompanyChoice>>;
  /** Company name for a table without code or name columns. */
  readonly defaultCompany?: string;
  /** A money unit for rows that state none (the person's choice; never guessed). */
  readonly defaultUnit?: string;
}

/** A place in the source: "data.csv row 14, column C (2024年报)" or "Sheet1!C14". */
export interface Place {
  /** 1-based row as the file or sheet numbers it. */
  readonly row: number;
  /** Column letter(s) on the sheet. */
  readonly column: string;
  /** "data.csv row 14, column C" / "Sheet1!C14". */
  readonly text: string;
  /** "data.csv 第 14 行 C 列" / "Sheet1!C14": the Chinese messages name the cell in Chinese. */
  readonly text_zh: string;
}

export type IssueCode =
  | "unknown_field"
  | "text_in_number"
  | "formula_text"
  | "percent_in_amount"
  | "bare_share"
  | "unit_missing"
  | "unit_unknown"
  | "unit_kind"
  | "period_unreadable"
  | "period_relative"
  | "ignored"
  | "da_part_unused"
  | "duplicate_disagrees"
  | "duplicate_same"
  | "no_company"
  | "segment_unknown"
  | "too_many_rows";

/** Something that will not be imported, and why. */
export interface ImportIssue {
  readonly code: IssueCode;
  /** Where; absent for whole-table issues. */
  readonly place?: Place;
  readonly message: Localized;
}

/** One figure the import will store. */
export interface ImportFigure {
  /** Company key (see ImportMapping.companies). */
  readonly company: string;
  readonly field: string;
  readonly period: string;
  readonly segment?: string;
  /** As stated, in `unit`. */
  readonly value: number;
  /** A unit id of src/core/units.ts. */
  readonly unit: string;
  /** The cell as printed in the source. */
  readonly printed: string;
  readonly basis?: Basis;
  readonly place: Place;
  /** For figures the import computes (D&A from its parts). */
  readonly derived?: DerivedFrom;
}

/**
 * How an imported figure was computed (D&A added up from its lines). `from` names the parts in
 * English (what a reader before `cells` shows); `cells` are the parts' cells in the figure's own
 * file and sheet (one table per import), so each language writes their citation at reading.
 */
export interface DerivedFrom {
  readonly from: readonly string[];
  readonly method: string;
  readonly method_zh?: string;
  readonly cells?: readonly { readonly line: number; readonly column: string }[];
}

/** An imported figure that disagrees with the bundled figure of the same company. */
export interface ImportConflict {
  readonly company: string;
  readonly bundledEntity: string;
  readonly field: string;
  readonly period: string;
  readonly segment?: string;
  /** `place` names the cell in English, `place_zh` in Chinese (Place.text / text_zh). */
  readonly imported: { readonly value: number; readonly unit: string; readonly place: string; readonly place_zh: string };
  /** `cite` in English ("003.txt line 11"); `file` and `line` let each language write its own. */
  readonly bundled: { readonly value: number; readonly unit: string; readonly cite: string; readonly file: string; readonly line: number };
}

export interface PreviewCompany {
  readonly key: string;
  readonly code?: string;
  readonly name: string;
  readonly choice: CompanyChoice;
  /** A bundled entity the file's code or name matches: its figures are compared, never replaced. */
  readonly bundled?: string;
  /** The id is already an imported company of this workbook: its figures are updated. */
  readonly updates: boolean;
  readonly figures: number;
}

export interface ImportPreview {
  readonly source: { readonly file: string; readonly kind: ParsedSource["kind"]; readonly encoding?: string; readonly tables: readonly string[] };
  readonly mapping: ImportMapping;
  /** Header text per column (for the mapping editor). */
  readonly headers: readonly string[];
  /** Distinct row labels with their field (null: ignored or unknown) and how many rows carry each. */
  readonly labels: readonly { readonly label: string; readonly key: string; readonly field: string | null; readonly rows: number }[];
  readonly companies: readonly PreviewCompany[];
  readonly figures: readonly ImportFigure[];
  readonly skipped: readonly ImportIssue[];
  readonly conflicts: readonly ImportConflict[];
  /** Segments the file names that the dataset does not know yet (created on apply). */
  readonly segments: readonly StoredSegment[];
  /** Mapping problems that stop the import (no field recognised, a company id taken…). */
  readonly blocking: readonly Localized[];
}

/** An imported company as stored. */
export interface StoredEntity {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly short_en?: string;
  readonly short_zh?: string;
  readonly ticker?: string;
  /** The bundled entity the file named, if any (compared, never overwritten). */
  readonly bundled?: string;
  /** File or sheet it came from last. */
  readonly source: string;
}

/** An imported figure as stored: a seed figure's facts plus its place in the source. */
export interface StoredFigure {
  readonly entity: string;
  readonly field: string;
  readonly period: string;
  readonly segment?: string;
  readonly value: number;
  readonly unit: string;
  readonly printed: string;
  /** File name or sheet name. */
  readonly file: string;
  /** 1-based row in the file or sheet. */
  readonly line: number;
  /** Column letter(s) of the cell. */
  readonly column: string;
  /** What the file or sheet was: the citation's form depends on it. */
  readonly origin: "csv" | "xlsx" | "range";
  /** Sheet of an xlsx file or a range. */
  readonly sheet?: string;
  /** "data.csv row 14, column C" / "data.xlsx Sheet1!C14" / "Sheet1!C14" (derived from the above). */
  readonly cite: string;
  readonly basis?: Basis;
  /** Parts stored before `cells` have only `from` (English), shown as stored. */
  readonly derived?: DerivedFrom;
  /**
   * A disagreement with a bundled figure: its facts, so SOURCE and the sources table write the
   * sentence in the reader's language; a plain string where an older part stored the sentence.
   */
  readonly conflict?: StoredConflict | string;
}

/**
 * What a conflict note needs in either language. The imported side is the figure itself (its
 * value, unit and cell); the field and period are the figure's. Which statement stands and why:
 * `bundled_kept` — an import never replaces a bundled figure (it becomes its own entity), so the
 * bundled company's DATA keeps the bundled statement.
 */
export interface StoredConflict {
  /** The bundled statement disagreed with: its entity, value as stated, and article line. */
  readonly bundled: { readonly entity: string; readonly value: number; readonly unit: string; readonly file: string; readonly line: number };
  readonly adopted: "bundled";
  readonly rule: "bundled_kept";
}

export interface StoredSegment {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
}

/** Everything imported into one workbook: stored as one custom XML part. */
export interface ImportedData {
  readonly version: 1;
  readonly entities: readonly StoredEntity[];
  readonly segments: readonly StoredSegment[];
  readonly figures: readonly StoredFigure[];
}

export const EMPTY_IMPORTED: ImportedData = { version: 1, entities: [], segments: [], figures: [] };
