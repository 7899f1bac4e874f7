#!/usr/bin/env node
/**
 * `npm run bench`: the performance figures of SPEC §8, printed and written to BENCHMARKS.md.
 * The work is TypeScript (scripts/bench/main.ts, run through tsx, which `npm install` provides);
 * this entry only starts it with the same arguments and passes its exit code on.
 *
 *   npm run bench
 *   npm run bench -- --only round-trips,bundles     (prints only; sections: bundles,
 *                                                    round-trips, throughput, lookups, startup)
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const child = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts", "bench", "main.ts"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
if (child.error) console.error(`npm run bench could not start: ${child.error.message}`);
process.exit(child.status ?? 1);
