/**
 * Excel table names: unique in the workbook (case-insensitively, shared with defined names),
 * start with a letter or underscore, then letters, digits, underscores or periods, no spaces,
 * at most 255 characters, and never something that reads as a cell reference (A1, R1C1).
 */

/** Keeps only characters Excel accepts; prefixes "_" when the first one is not a letter. */
export function sanitizeTableName(raw: string): string {
  let s = raw.normalize("NFKC").replace(/[^A-Za-z0-9_.]/g, "_").replace(/_+/g, "_");
  if (!/^[A-Za-z_]/.test(s)) s = `_${s}`;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(s) || /^[Rr][0-9]*[Cc][0-9]*$/.test(s)) s = `_${s}`;
  return s.slice(0, 255);
}

/** The table name for one section of a company's template: CapCycle_aier_eye_Financials. */
export function tableNameBase(entityId: string, role: string): string {
  return sanitizeTableName(`CapCycle_${entityId}_${role}`);
}

/** `base`, or base_2, base_3 ... when the name is taken. */
export function uniqueTableName(base: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const name of existing) taken.add(name.toUpperCase());
  const clean = sanitizeTableName(base);
  if (!taken.has(clean.toUpperCase())) return clean;
  for (let n = 2; ; n++) {
    const candidate = `${clean.slice(0, 250)}_${n}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

/** The defined name over a table's range: the table's name with "_Range" (Excel forbids a name equal to a table's). */
export function rangeNameOf(tableName: string): string {
  return `${tableName}_Range`;
}
