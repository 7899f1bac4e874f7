/** The string enums of the Excel namespace that adapter code reads at runtime (Excel.ChartType.line …). */
import { CHART_TYPES } from "./chart-ops";
import { BORDER_INDEX, BORDER_STYLE, BORDER_WEIGHT, HORIZONTAL, VERTICAL } from "./style-values";

/** Office.js enum keys: lower-camel values ("ColumnClustered" → columnClustered, "XYScatter" → xyscatter). */
function enumOf(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const key = value.startsWith("XYScatter") ? `xyscatter${value.slice(9)}` : value.charAt(0).toLowerCase() + value.slice(1);
    out[key] = value;
  }
  return out;
}

export const EXCEL_ENUMS = {
  ChartType: enumOf(["Invalid", ...CHART_TYPES]),
  ChartSeriesBy: enumOf(["Auto", "Columns", "Rows"]),
  ChartAxisGroup: enumOf(["Primary", "Secondary"]),
  ChartAxisType: enumOf(["Invalid", "Category", "Value", "Series"]),
  ChartLegendPosition: enumOf(["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"]),
  ChartDataSourceType: enumOf(["LocalRange", "ExternalRange", "List", "Unknown"]),
  ChartSeriesDimension: enumOf(["Categories", "Values", "XValues", "YValues", "BubbleSizes"]),
  CalculationMode: enumOf(["Automatic", "AutomaticExceptTables", "Manual"]),
  CalculationType: enumOf(["Recalculate", "Full", "FullRebuild"]),
  SheetVisibility: enumOf(["Visible", "Hidden", "VeryHidden"]),
  HorizontalAlignment: enumOf(HORIZONTAL),
  VerticalAlignment: enumOf(VERTICAL),
  BorderIndex: enumOf(BORDER_INDEX),
  BorderLineStyle: enumOf(BORDER_STYLE),
  BorderWeight: enumOf(BORDER_WEIGHT),
  ClearApplyTo: enumOf(["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"]),
  RangeValueType: enumOf(["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"]),
  NamedItemType: enumOf(["String", "Integer", "Double", "Boolean", "Range", "Error", "Array"]),
  ErrorCodes: enumOf([
    "AccessDenied",
    "ApiNotFound",
    "Conflict",
    "GeneralException",
    "InsertDeleteConflict",
    "InvalidArgument",
    "InvalidBinding",
    "InvalidOperation",
    "InvalidReference",
    "InvalidSelection",
    "ItemAlreadyExists",
    "ItemNotFound",
    "MergedRangeConflict",
    "NotImplemented",
    "UnsupportedOperation",
    "InvalidOperationInCellEditMode",
  ]),
} as const;
