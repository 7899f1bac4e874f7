/**
 * Chart plans and chart bindings: plain data. A plan says what to build; a binding is what
 * the workbook records about a chart we built, so "Refresh charts" can re-bind it to its
 * table's current extent after save, reopen or an xlsx export.
 */
import type { CellRect } from "../template/a1";

/** The three charts a template can carry, plus the one built from a user's selection. */
export type ChartKind = "capex-da" | "segment-growth" | "peer-share" | "selection-capex-da";

/** Excel chart types we use (Excel.ChartType string values). */
export type PlanChartType = "ColumnClustered" | "BarClustered" | "Line";

/**
 * A series read from a row of a model-layout table (fields, segments or companies down the
 * rows, periods across): found again by its label — under its section heading where labels
 * repeat (a segment under revenue and under growth) — else by its place in the table body.
 */
export interface SeriesRow {
  /** The row's label (the table's first column). */
  readonly label: string;
  /** Label of the heading row the series' row sits under, where labels repeat in the table. */
  readonly section?: string;
  /** 0-based row in the table body when recorded (used when labels cannot be read). */
  readonly index: number;
}

/** One series: its values come from a column (or row) of cells. */
export interface ChartSeriesPlan {
  /** Series name shown in the legend. */
  readonly name: string;
  /** Table column header the values come from (for table-bound charts by columns). */
  readonly column?: string;
  /** Table row the values come from (charts by rows: seriesBy "rows"). */
  readonly row?: SeriesRow;
  /** Values range on the chart's sheet, A1 without sheet (e.g. "E11:E15"). */
  readonly values: string;
  /** Per-series type: the capex/D&A ratio is a "Line" over "ColumnClustered" columns. */
  readonly chartType: PlanChartType;
  /** "Secondary" puts the series on the secondary value axis (needs ExcelApi 1.8). */
  readonly axis: "Primary" | "Secondary";
}

export interface ChartPlan {
  readonly kind: ChartKind;
  /** Chart name in the workbook, unique on its sheet ("CapCycle capex vs D&A"). */
  readonly name: string;
  readonly title: string;
  /** Chart type given to charts.add (the first series' type). */
  readonly type: PlanChartType;
  /** Role of the template table the series are bound to; absent for range-bound charts. */
  readonly tableRole?: string;
  /** Header of the category column (periods, segments or companies); for charts by rows, the label column's header. */
  readonly categoryColumn?: string;
  /**
   * "rows": series are table rows and the categories are the period headers of one frequency
   * group (model layout); absent: series are table columns (the layout before model rows).
   */
  readonly seriesBy?: "rows";
  /** For charts by rows: the frequency group read (period-axis.ts: "annual", "half" ...). */
  readonly frequency?: string;
  /** For charts by rows: the group's first period the chart shows (the first with a value); absent: the group's first. */
  readonly firstPeriod?: string;
  /** Category labels range, A1 on the chart's sheet. */
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
  /** Where the chart sits: a cell rectangle that overlaps no used cell. */
  readonly position: CellRect;
  /** Number format of the primary value axis ("0.00", "0.0%"). */
  readonly valueFormat?: string;
}

/**
 * What the workbook records about a chart we built (SPEC section 5). Two layouts, one record
 * version (1), told apart by `seriesBy`:
 * - absent (records written before the model layout): series are table columns found by
 *   header name, categories the `categoryColumn`; rows added to the table extend the chart;
 * - "rows": series are table rows found by label (under `section`), categories the header
 *   cells of the `frequency` group's period columns; a period column added to the table
 *   (at the end of its group) extends the chart. `column` then repeats the row label, so a
 *   reader that knows only columns skips the chart with a reason instead of misreading it.
 */
export interface ChartBinding {
  /** Stable id, unique in the workbook: "<sheet>|<chart name>" at creation. */
  readonly id: string;
  readonly kind: ChartKind;
  readonly sheet: string;
  readonly chart: string;
  readonly title: string;
  readonly type: PlanChartType;
  /** Excel table the series read from. */
  readonly table: string;
  readonly categoryColumn: string;
  readonly series: readonly {
    readonly name: string;
    readonly column: string;
    readonly row?: SeriesRow;
    readonly chartType: PlanChartType;
    readonly axis: "Primary" | "Secondary";
  }[];
  readonly seriesBy?: "rows";
  readonly frequency?: string;
  readonly firstPeriod?: string;
  /** Where to rebuild it, as an A1 range on its sheet. */
  readonly position: string;
  readonly valueFormat?: string;
}

/** A template sheet's record: which cells show which figure, for "sources of the selected cell". */
export interface TemplateRecord {
  readonly sheet: string;
  readonly entity: string;
  readonly lang: "en" | "zh";
  readonly style: "live" | "portable";
  readonly tables: readonly string[];
  /** A1 address → figure key "entity|field|period|segment" (segment "" for the whole entity). */
  readonly cells: Readonly<Record<string, string>>;
}

/** Everything one custom XML part holds. A workbook can hold several (one per template). */
export interface BindingDocument {
  readonly version: 1;
  readonly charts: readonly ChartBinding[];
  readonly templates: readonly TemplateRecord[];
}
