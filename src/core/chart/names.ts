/** Chart names: unique on their sheet (case-insensitively); "name (2)", "name (3)" otherwise. */
export function uniqueChartName(base: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const n of existing) taken.add(n.toUpperCase());
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}
