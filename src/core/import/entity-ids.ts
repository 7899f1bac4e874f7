/**
 * Entity ids for imported companies: the person's choice, or one derived from the file — the
 * English name as snake_case, else the stock code — never a bundled id (an imported company
 * is always its own entity; figures that disagree with a bundled company's are conflicts,
 * shown, never overwrites).
 */
import { compactKey } from "../text";

export const ENTITY_ID = /^[a-z][a-z0-9_]*$/;

/** Exchange suffix from an A-share code's first digits (600/601/603/605/688 → SH, 000/001/002/003/300/301 → SZ, 8/4/920 → BJ). */
export function tickerOf(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const c = code.normalize("NFKC").trim().toUpperCase();
  if (/^[0-9A-Z]+\.(SZ|SH|BJ|HK|US|N|O)$/.test(c)) return c;
  if (/^(60|68)\d{4}$/.test(c)) return `${c}.SH`;
  if (/^(00|30)\d{4}$/.test(c)) return `${c}.SZ`;
  if (/^(8\d|4\d|92)\d{4}$/.test(c)) return `${c}.BJ`;
  if (/^\d{4,5}$/.test(c)) return `${c.padStart(4, "0").slice(-5)}.HK`;
  return undefined;
}

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
}

/** A new id for a company: from its ASCII name, else its code; suffixed until free. */
export function deriveEntityId(name: string, code: string | undefined, taken: (id: string) => boolean): string {
  let base = slug(name);
  if (base === "" || !/^[a-z]/.test(base)) base = code && slug(code) !== "" ? `co_${slug(code)}` : base === "" ? "imported" : `co_${base}`;
  let id = base;
  if (taken(id)) id = `${base}_imported`;
  for (let n = 2; taken(id); n++) id = `${base}_imported_${n}`;
  return id;
}

/** The key a row's company is known by within one import: its code, else its name. */
export function companyKey(code: string, name: string): string {
  return code !== "" ? `code:${compactKey(code)}` : `name:${compactKey(name)}`;
}
