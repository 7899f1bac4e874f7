/**
 * `npm run validate` (scripts/manifest-validators.ts) validates or fails: offline with xmllint
 * where the schemas are, else online; exit 2 naming both reasons when neither could run. The
 * machine is made up here (no xmllint, schemas or network needed); the last case runs the
 * real command with a schema folder that does not exist and host names that do not resolve.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateManifestFile, type OnlineAnswer, type ValidateDeps } from "../../scripts/manifest-validators";

const MANIFEST = "/repo/manifest.xml";
const SCHEMAS = "/schemas";
const XSD = join(SCHEMAS, "OfficeAppManifestV1_1.xsd");

function deps(over: Partial<ValidateDeps> & { xmllint?: { status: number | null; output: string; error?: Error } }): ValidateDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    schemaDir: SCHEMAS,
    exists: (path) => path === XSD,
    run: (command, args) => {
      calls.push(`${command} ${args.join(" ")}`);
      return over.xmllint ?? { status: 0, output: `${MANIFEST} validates\n` };
    },
    online: (manifest) => {
      calls.push(`online ${manifest}`);
      return Promise.reject(new Error("Unable to contact the manifest validation service.\nFetchError: getaddrinfo ENOTFOUND"));
    },
    calls,
    ...over,
  };
}

const offlineMissing = { schemaDir: "/nowhere" } as const;

describe("npm run validate", () => {
  it("validates offline with xmllint against the schemas, and does not go online", async () => {
    const d = deps({});
    expect(await validateManifestFile(MANIFEST, d)).toEqual({ code: 0, message: `${MANIFEST} is valid (xmllint against ${XSD}).` });
    expect(d.calls).toEqual([`xmllint --noout --schema ${XSD} ${MANIFEST}`]);
  });

  it("an invalid manifest fails offline with xmllint's words, and is not retried online", async () => {
    const d = deps({ xmllint: { status: 3, output: "manifest.xml:12: element Foo: Schemas validity error\nmanifest.xml fails to validate\n" } });
    const out = await validateManifestFile(MANIFEST, d);
    expect(out.code).toBe(1);
    expect(out.message).toContain("is NOT valid");
    expect(out.message).toContain("element Foo: Schemas validity error");
    expect(d.calls.some((c) => c.startsWith("online"))).toBe(false);
  });

  it("without the schemas, validates online", async () => {
    const d = deps({ ...offlineMissing, online: (): Promise<OnlineAnswer> => Promise.resolve({ isValid: true, status: 200 }) });
    expect(await validateManifestFile(MANIFEST, d)).toEqual({ code: 0, message: `${MANIFEST} is valid (Microsoft's validation service (office-addin-manifest)).` });
  });

  it("online errors make it fail with the service's reasons", async () => {
    const answer: OnlineAnswer = { isValid: false, status: 200, report: { errors: [{ title: "Invalid URL", content: "SourceLocation must be https", line: 40 }] } };
    const out = await validateManifestFile(MANIFEST, deps({ ...offlineMissing, online: () => Promise.resolve(answer) }));
    expect(out).toEqual({ code: 1, message: `${MANIFEST} is NOT valid (Microsoft's validation service (office-addin-manifest)):\nInvalid URL: SourceLocation must be https (line 40)` });
  });

  it("neither could run (no schemas, no network): exit 2, naming both reasons", async () => {
    const out = await validateManifestFile(MANIFEST, deps(offlineMissing));
    expect(out.code).toBe(2);
    expect(out.message).toContain("was not validated: neither validator could run");
    expect(out.message).toContain("/nowhere/OfficeAppManifestV1_1.xsd does not exist");
    expect(out.message).toContain("could not be reached: Unable to contact the manifest validation service. FetchError: getaddrinfo ENOTFOUND");
  });

  it("xmllint missing counts as not run, not as a pass", async () => {
    const enoent = Object.assign(new Error("spawnSync xmllint ENOENT"), { code: "ENOENT" });
    const out = await validateManifestFile(MANIFEST, deps({ xmllint: { status: null, output: "", error: enoent } }));
    expect(out.code).toBe(2);
    expect(out.message).toContain("xmllint could not run (spawnSync xmllint ENOENT)");
  });

  it("a service that answers with an HTTP error is no verdict", async () => {
    const out = await validateManifestFile(MANIFEST, deps({ ...offlineMissing, online: () => Promise.resolve({ isValid: false, status: 503, statusText: "Service Unavailable" }) }));
    expect(out.code).toBe(2);
    expect(out.message).toContain("answered HTTP 503 Service Unavailable");
  });

  it("the real command exits 2 when the schema folder is missing and the network is refused", () => {
    const root = join(__dirname, "..", "..");
    const r = spawnSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/validate-manifest.ts"], {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        CAPCYCLE_MANIFEST_SCHEMAS: join(root, "no-such-schemas"),
        // Host names do not resolve in the command's process: offline, on any machine.
        NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --require ${join(__dirname, "no-network.cjs")}`.trim(),
      },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("neither validator could run");
    expect(r.stderr).toContain("no-such-schemas/OfficeAppManifestV1_1.xsd does not exist");
    expect(r.stderr).toContain("network refused by the test");
  });
});
