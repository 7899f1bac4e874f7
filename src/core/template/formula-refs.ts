/**
 * The figures a formula shows: the literal arguments of CAPCYCLE.DATA / SOURCE / SERIES
 * calls, for "sources of the selected cell". Arguments that are cell references or
 * expressions cannot be known without evaluating them; such calls are left out.
 */

export interface FormulaFigureRef {
  readonly company: string;
  readonly field: string;
  readonly period?: string;
  readonly segment?: string;
}

type Arg = { kind: "literal"; value: string } | { kind: "empty" } | { kind: "other" };

/** Splits the argument list starting after "(" at `start`; returns args and the index after ")". */
function readArgs(f: string, start: number): { args: Arg[]; end: number } | null {
  const args: Arg[] = [];
  let depth = 0;
  let cur = "";
  let i = start;
  const push = () => {
    const t = cur.trim();
    if (t === "") args.push({ kind: "empty" });
    else if (/^"(?:[^"]|"")*"$/.test(t)) args.push({ kind: "literal", value: t.slice(1, -1).replace(/""/g, '"') });
    else if (/^[+-]?\d+(?:\.\d+)?$/.test(t)) args.push({ kind: "literal", value: String(Number(t)) });
    else args.push({ kind: "other" });
    cur = "";
  };
  for (; i < f.length; i++) {
    const ch = f[i]!;
    if (ch === '"') {
      const close = f.indexOf('"', i + 1);
      let j = close;
      while (j !== -1 && f[j + 1] === '"') j = f.indexOf('"', j + 2);
      if (j === -1) return null;
      cur += f.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")") {
      if (depth === 0) {
        push();
        return { args, end: i + 1 };
      }
      depth--;
    }
    if ((ch === "," || ch === ";") && depth === 0) {
      push();
      continue;
    }
    cur += ch;
  }
  return null;
}

const CALL = /CAPCYCLE\.(DATA|SOURCE|SERIES)\s*\(/gi;

export function figureRefsInFormula(formula: string): FormulaFigureRef[] {
  if (!formula.startsWith("=")) return [];
  const out: FormulaFigureRef[] = [];
  for (const m of formula.matchAll(CALL)) {
    const parsed = readArgs(formula, m.index + m[0].length);
    if (!parsed) continue;
    const fn = m[1]!.toUpperCase();
    const a = parsed.args;
    const lit = (i: number): string | undefined | null => {
      const x = a[i];
      if (!x || x.kind === "empty") return undefined;
      return x.kind === "literal" ? x.value : null;
    };
    const company = lit(0);
    const field = lit(1);
    if (!company || !field) continue;
    const period = fn === "SERIES" ? undefined : lit(2);
    const segment = fn === "DATA" ? lit(4) : lit(3);
    if (period === null || segment === null) continue;
    out.push({ company, field, ...(period ? { period } : {}), ...(segment ? { segment } : {}) });
  }
  return out;
}
