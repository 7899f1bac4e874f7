/**
 * A long text as lines that each fit a width, for text that runs on to the right of its cell
 * (the header's phase readings): one cell per line, none running past the printed columns.
 * Widths are estimated as the columns' are (widths.ts charsFor: 6.5 points a character,
 * CJK double, 10 points of padding), so a line that fits here fits on the sheet.
 */
import { displayWidth, WIDE_CHARS } from "./grid";
import { charsFor } from "./widths";

/** A run of spaces, one wide character (CJK breaks between any two), or a run of anything else. */
const TOKEN = new RegExp(`\\s+|[${WIDE_CHARS}]|[^\\s${WIDE_CHARS}]+`, "gu");

/** Punctuation that closes a phrase: never the first character of a line. */
const CLOSING = /^[，。；：、）》」』】！？,.;:)\]]/u;

/**
 * Words and spaces (Latin), single characters (CJK, which breaks between any two), with closing
 * punctuation kept on the token before it.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    if (out.length > 0 && CLOSING.test(t) && !/\s$/.test(out.at(-1)!)) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}

/** `text` in lines of at most `width` points (a single word longer than that gets a line of its own). */
export function splitLines(text: string, width: number): string[] {
  const max = charsFor(width);
  const lines: string[] = [];
  let line = "";
  for (const t of tokens(text)) {
    if (line !== "" && displayWidth((line + t).trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(t) ? "" : t;
    } else line += t;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}
