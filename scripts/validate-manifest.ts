/**
 * `npm run validate [manifest.xml]`: validates the manifest offline (xmllint + the XSDs beside
 * the repository or in $CAPCYCLE_MANIFEST_SCHEMAS), else online with Microsoft's service.
 * Exit 0 valid, 1 not valid, 2 neither validator could run (scripts/manifest-validators.ts).
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { machineDeps, validateManifestFile } from "./manifest-validators";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = resolve(root, process.argv[2] ?? "manifest.xml");

validateManifestFile(manifest, machineDeps(root)).then(
  ({ code, message }) => {
    (code === 0 ? console.log : console.error)(message);
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`${manifest} was not validated: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 2;
  },
);
