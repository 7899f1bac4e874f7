/**
 * The "Other figures" table: every figure of the company that the financials, segments and
 * peers tables do not show, one row each (its primary statement), in long form —
 * Field (— segment) | Period | Value | Unit shown | Basis — sorted by field (catalogue order),
 * then period, then segment. Forecasts, targets and estimates are here too, marked by their
 * basis. With the calculation tables this accounts for every figure the articles give for the
 * company: nothing is dropped to keep the sheet narrow.
 */
import type { Lang } from "../errors";
import { comparePeriods } from "../periods";
import { exponentOf } from "../dataset/numbers";
import { moneyUnitLabel } from "../unit-messages";
import { UNITS } from "../units";
import { cellAddress, type CellRect } from "./a1";
import { COUNT_FORMAT, formatForKind, moneyFormat } from "./formats";
import { currencyOf, displayValue, figureKey } from "./figures";
import { num, SheetGrid, text, TEXT_FORMAT } from "./grid";
import type { TemplateField, TemplateFigure, TemplateInput } from "./input";
import { BASES, label, LABELS } from "./labels";
import { MONEY_UNITS, type MoneyUnitId } from "./options";
import type { PlanColumn } from "./types";
import { tableNameBase } from "./table-name";

export interface OtherFiguresLayout {
  readonly rect: CellRect;
  readonly rowCount: number;
  readonly nextRow: number;
}

/** Small amounts in 亿 would all read 0.00: up to six decimals below 1 (18,600 元 → 0.000186). */
const SMALL_MONEY_FORMAT = "0.00####";

function valueFormat(kind: TemplateField["kind"] | undefined, unit: MoneyUnitId, value: number): string {
  if (kind === undefined) return "General";
  if (kind === "money" && (unit === "十亿" || unit === "亿" || unit === "百万") && value !== 0 && Math.abs(value) < 1) return SMALL_MONEY_FORMAT;
  if ((kind === "count" || kind === "area") && !Number.isInteger(value)) return `${COUNT_FORMAT}.00`;
  return kind === "money" ? moneyFormat(unit) : formatForKind(kind, unit);
}


/** What the value is counted in, as the reader needs it next to the number. */
export function unitShown(f: TemplateFigure, kind: TemplateField["kind"] | undefined, unit: MoneyUnitId, lang: Lang): string {
  switch (kind) {
    case "money":
      return moneyUnitLabel(exponentOf(MONEY_UNITS[unit].factor), currencyOf(f) || "CNY")[lang];
    case "percent":
      return f.unit === "pp" ? LABELS.percentPoints[lang] : "%";
    case "ratio":
    case "multiple":
      return LABELS.times[lang];
    case "days":
      return LABELS.days[lang];
    case "area":
      return "m²";
    case "count": {
      // Stored as plain numbers (924.83 万人次 → 9,248,300): the noun without its scale.
      const def = f.unit ? UNITS.find((u) => u.id === f.unit) : undefined;
      const noun = def && def.factor > 1 ? def.id.replace(/^(万|亿)/, "") : (f.unit ?? "");
      return lang === "zh" ? noun || LABELS.count.zh : noun ? `${LABELS.count.en} (${noun})` : LABELS.count.en;
    }
    case undefined:
      return "";
  }
}

/** Writes the section at `startRow` for the company's figures whose keys are not in `shown`. Null when there are none. */
export function buildOtherFigures(
  grid: SheetGrid,
  input: TemplateInput,
  opts: { lang: Lang; unit: MoneyUnitId },
  startRow: number,
  /** Figure keys the other tables show (entity|field|period|segment). */
  shown: ReadonlySet<string>,
): OtherFiguresLayout | null {
  const { lang, unit } = opts;
  const id = input.entity.id;
  const fieldById = new Map(input.fields.map((f) => [f.id, f]));
  const fieldOrder = new Map(input.fields.map((f, i) => [f.id, i]));
  const segOrder = new Map(input.segments.map((s, i) => [s.id, i]));
  const items = input.figures
    .filter((f) => !shown.has(figureKey(id, f.field, f.period, f.segment)))
    .sort(
      (a, b) =>
        (fieldOrder.get(a.field) ?? 1e9) - (fieldOrder.get(b.field) ?? 1e9) ||
        a.field.localeCompare(b.field) ||
        comparePeriods(a.period, b.period) ||
        (a.segment === undefined ? -1 : (segOrder.get(a.segment) ?? 1e9)) - (b.segment === undefined ? -1 : (segOrder.get(b.segment) ?? 1e9)),
    );
  if (items.length === 0) return null;

  const headerRow = startRow + 1;
  const firstRow = headerRow + 1;
  // The field (and segment) in the wide label column; the short columns after it sit under
  // the period columns of the tables above.
  const columns: PlanColumn[] = [
    { header: label("field", lang), role: "label", format: TEXT_FORMAT },
    { header: label("period", lang), role: "period", format: TEXT_FORMAT },
    { header: label("value", lang), role: "figure", format: "General" },
    { header: label("unitShown", lang), role: "label", format: TEXT_FORMAT },
    { header: label("basis", lang), role: "label", format: TEXT_FORMAT },
  ];
  columns.forEach((c, i) => grid.set(headerRow, i, text(c.header)));
  items.forEach((f, i) => {
    const row = firstRow + i;
    const field = fieldById.get(f.field);
    const seg = f.segment === undefined ? undefined : input.segments.find((s) => s.id === f.segment);
    const value = displayValue(f, field, unit);
    const fname = field ? (lang === "zh" ? field.name_zh : field.name_en) : f.field;
    const sname = f.segment === undefined ? "" : seg ? (lang === "zh" ? seg.name_zh : seg.name_en) : f.segment;
    grid.set(row, 0, text(sname ? `${fname} — ${sname}` : fname));
    grid.set(row, 1, text(f.period));
    grid.set(row, 2, num(value, valueFormat(field?.kind, unit, value)));
    grid.figure(row, 2, figureKey(id, f.field, f.period, f.segment));
    grid.set(row, 3, text(unitShown(f, field?.kind, unit, lang)));
    grid.set(row, 4, text(f.basis ? (BASES[f.basis]?.[lang] ?? f.basis) : LABELS.actual[lang]));
  });
  grid.set(startRow, 0, text(label("otherFigures", lang)));
  grid.formats.push({ range: cellAddress(startRow, 0), bold: true, fontSize: 12 });
  const rect: CellRect = { row: headerRow, col: 0, rowCount: items.length + 1, colCount: columns.length };
  grid.tables.push({ role: "other", name: tableNameBase(id, "Other"), rect, columns, style: "TableStyleLight9" });
  return { rect, rowCount: items.length, nextRow: firstRow + items.length };
}
