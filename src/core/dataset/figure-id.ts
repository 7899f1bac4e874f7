/**
 * figureId without zod: the same function as schema.ts's (a test keeps them equal), here so
 * the add-in bundle can name figures without importing the schemas.
 */
import type { FigureInput } from "./types";

/** `<file prefix>:<line>:<entity>/<field>/<period>[/<segment>]`, e.g. `003:9:aier_eye/revenue/2025H1`. */
export function figureId(f: Pick<FigureInput, "file" | "line" | "entity" | "field" | "period" | "segment">): string {
  const base = `${f.file.slice(0, 3)}:${f.line}:${f.entity}/${f.field}/${f.period}`;
  return f.segment ? `${base}/${f.segment}` : base;
}
