/**
 * Manifest validation for `npm run validate` (scripts/validate-manifest.ts): validates, or says
 * why it could not.
 *
 * 1. Offline: xmllint against the add-in manifest XSDs (OfficeAppManifestV1_1.xsd and the files
 *    it includes), from $CAPCYCLE_MANIFEST_SCHEMAS or, beside this repository,
 *    ../shared/schemas/office-addin-manifest. The project ships no copy of the schemas.
 * 2. Else online: office-addin-manifest's validateManifest, which posts the manifest to
 *    Microsoft's validation service (needs the network).
 *
 * Exit 0 only when one of them validated the manifest; 1 when one found it invalid; 2 when
 * neither could run, with each one's reason. A validator that could not run never counts as a pass.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

export type Verdict =
  | { readonly kind: "valid"; readonly by: string }
  | { readonly kind: "invalid"; readonly by: string; readonly details: string }
  /** This validator could not run here; the reason says what was missing. */
  | { readonly kind: "unavailable"; readonly reason: string };

/** What Microsoft's online check answers (office-addin-manifest's ManifestValidation, the parts read here). */
export interface OnlineAnswer {
  readonly isValid: boolean;
  readonly status?: number;
  readonly statusText?: string;
  readonly report?: { readonly errors?: readonly { readonly title?: string; readonly content?: string; readonly line?: number }[] };
}

export interface ValidateDeps {
  /** The schema folder to use, or undefined for none configured. */
  readonly schemaDir: string | undefined;
  readonly exists: (path: string) => boolean;
  /** Runs a program; `error` is set when it could not start (e.g. not installed). */
  readonly run: (command: string, args: readonly string[]) => { status: number | null; output: string; error?: Error };
  readonly online: (manifest: string) => Promise<OnlineAnswer>;
}

export function validateOffline(manifest: string, deps: ValidateDeps): Verdict {
  if (!deps.schemaDir) return { kind: "unavailable", reason: "no schema folder (set CAPCYCLE_MANIFEST_SCHEMAS)" };
  const schema = join(deps.schemaDir, SCHEMA_FILE);
  if (!deps.exists(schema)) return { kind: "unavailable", reason: `${schema} does not exist` };
  const result = deps.run("xmllint", ["--noout", "--schema", schema, manifest]);
  if (result.error) return { kind: "unavailable", reason: `xmllint could not run (${result.error.message}); on Debian: apt-get install libxml2-utils` };
  const by = `xmllint against ${schema}`;
  // xmllint: 0 valid, 3/4 = not valid against the schema, 1 = not well-formed; 5 = the schema itself failed to load.
  if (result.status === 0) return { kind: "valid", by };
  if (result.status === 5) return { kind: "unavailable", reason: `xmllint could not load ${schema}: ${result.output.trim()}` };
  return { kind: "invalid", by, details: result.output.trim() };
}

export async function validateOnline(manifest: string, deps: ValidateDeps): Promise<Verdict> {
  const by = "Microsoft's validation service (office-addin-manifest)";
  let answer: OnlineAnswer;
  try {
    answer = await deps.online(manifest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "unavailable", reason: `${by} could not be reached: ${message.split("\n").join(" ")}` };
  }
  if (answer.status !== undefined && answer.status !== 200) {
    return { kind: "unavailable", reason: `${by} answered HTTP ${answer.status} ${answer.statusText ?? ""}`.trim() };
  }
  if (answer.isValid) return { kind: "valid", by };
  const errors = answer.report?.errors ?? [];
  if (errors.length === 0) return { kind: "unavailable", reason: `${by} gave no verdict` };
  const details = errors.map((e) => `${e.title ?? "Error"}: ${e.content ?? ""}${e.line !== undefined ? ` (line ${e.line})` : ""}`).join("\n");
  return { kind: "invalid", by, details };
}

/** Offline first; online only when the offline check could not run. */
export async function validateManifestFile(manifest: string, deps: ValidateDeps): Promise<{ code: 0 | 1 | 2; message: string }> {
  const offline = validateOffline(manifest, deps);
  const verdict = offline.kind === "unavailable" ? await validateOnline(manifest, deps) : offline;
  switch (verdict.kind) {
    case "valid":
      return { code: 0, message: `${manifest} is valid (${verdict.by}).` };
    case "invalid":
      return { code: 1, message: `${manifest} is NOT valid (${verdict.by}):\n${verdict.details}` };
    case "unavailable":
      return {
        code: 2,
        message: [
          `${manifest} was not validated: neither validator could run.`,
          `- offline XSD check: ${offline.kind === "unavailable" ? offline.reason : ""}`,
          `- online check: ${verdict.reason}`,
          "Put the manifest XSDs in a folder and set CAPCYCLE_MANIFEST_SCHEMAS to it, or run with network access.",
        ].join("\n"),
      };
  }
}

/** The real machine: the schemas beside the repository, xmllint, Microsoft's service. */
export function machineDeps(root: string, env: NodeJS.ProcessEnv = process.env): ValidateDeps {
  return {
    schemaDir: env["CAPCYCLE_MANIFEST_SCHEMAS"] || join(root, "..", "shared", "schemas", "office-addin-manifest"),
    exists: existsSync,
    run: (command, args) => {
      const r = spawnSync(command, args, { encoding: "utf8" });
      return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}`, ...(r.error ? { error: r.error } : {}) };
    },
    online: async (manifest) => {
      // Loaded only when needed: it pulls in the whole manifest tool chain.
      const { validateManifest } = await import("office-addin-manifest");
      return validateManifest(manifest);
    },
  };
}
