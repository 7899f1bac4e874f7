// `npm run validate`: validates manifest.xml against the add-in manifest XSDs, offline.
// Microsoft's own `office-addin-manifest validate` posts the manifest to an online service;
// the offline validator (xmllint + patched XSDs) lives in the workspace's shared tools beside
// this repository, which the project does not depend on: without it, say so and how to
// validate instead.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = resolve(root, process.argv[2] ?? "manifest.xml");
const validator = join(root, "..", "shared", "tools", "validate-manifest");

if (!existsSync(validator)) {
  console.log(
    [
      "The offline manifest validator (../shared/tools/validate-manifest) is not beside this repository.",
      "Validate online instead:  npx office-addin-manifest validate manifest.xml",
      "The structural checks run with the tests:  npx vitest run test/build/manifest.test.ts",
    ].join("\n"),
  );
  process.exit(0);
}

const result = spawnSync(validator, [manifest], { stdio: "inherit" });
if (result.error) {
  console.error(`Could not run ${validator}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
