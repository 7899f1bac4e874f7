/**
 * Writes the package all at once or not at all: the bytes go to a temporary file beside the
 * target (same folder, so the final rename is atomic on one file system), which is then
 * renamed over the target. On any failure the temporary file is removed, and an existing
 * target is left as it was: no partial or truncated .xlsx is ever left behind.
 */
import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Localized } from "../core/errors";
import { EXPORT_MSG } from "./messages";

export type WriteOutcome = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: Localized };

/** The file system calls used (injectable, so a failure half-way can be tested). */
export interface WriteFs {
  writeFileSync(path: string, data: Uint8Array, options: { flag: string }): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

const NODE_FS: WriteFs = { writeFileSync, renameSync, unlinkSync };

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message : String(error);
}

export function writeFileAtomic(target: string, bytes: Uint8Array, fs: WriteFs = NODE_FS): WriteOutcome {
  const path = resolve(target);
  const dir = dirname(path);
  if (existsSync(path) && statSync(path).isDirectory()) return { ok: false, reason: EXPORT_MSG.isDirectory(path) };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { ok: false, reason: EXPORT_MSG.noFolder(dir) };
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temp, bytes, { flag: "wx" });
    fs.renameSync(temp, path);
    return { ok: true, path };
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Never created, or already gone.
    }
    return { ok: false, reason: EXPORT_MSG.writeFailed(path, codeOf(error)) };
  }
}
