/**
 * The text of a =CAPCYCLE.DATA(...) formula. Arguments are string literals with any double
 * quote doubled (Excel's escape), so no name can break out of its quotes; trailing omitted
 * arguments are dropped and inner ones left empty (Excel passes null for them).
 */
export interface DataFormulaArgs {
  readonly company: string;
  readonly field: string;
  readonly period?: string;
  readonly unit?: string;
  readonly segment?: string;
}

export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function dataFormula(args: DataFormulaArgs): string {
  const optional = [args.period, args.unit, args.segment].map((a) => (a ? excelString(a) : ""));
  while (optional.length > 0 && optional[optional.length - 1] === "") optional.pop();
  return `=CAPCYCLE.DATA(${[excelString(args.company), excelString(args.field), ...optional].join(",")})`;
}
