import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { figureId } from "../../../src/core/dataset/figure-id";
import { figureId as schemaFigureId } from "../../../src/core/dataset/schema";
import { SEED_DATA } from "../../../src/core/dataset/seed-data";
import { GROUP_FILES } from "../../../scripts/seeds/seed-files";
import { readSeedFolder } from "../../../scripts/seeds-fs";

const SEEDS = join(__dirname, "..", "..", "..", "seeds");

describe("bundled seed data", () => {
  it("bundles every group folder of seeds/, in the listed order", () => {
    const folders = readdirSync(SEEDS).filter((n) => statSync(join(SEEDS, n)).isDirectory());
    expect(SEED_DATA.groups.map((g) => g.id).sort()).toEqual([...folders].sort());
  });

  it("bundles exactly what the files on disk hold", () => {
    const disk = readSeedFolder(SEEDS);
    expect(disk.unreadable.size).toBe(0);
    expect(SEED_DATA.fields).toEqual(disk.data.fields);
    for (const g of SEED_DATA.groups) {
      const d = disk.data.groups.find((x) => x.id === g.id)!;
      for (const f of GROUP_FILES) if (f !== "checks" && f !== "failed-checks") expect(g[f] ?? [], `${g.id}/${f}.json`).toEqual(d[f] ?? []);
      // Only the failed checks ship (SOURCE lists them); the ones that hold stay on disk.
      expect(g.checks, `${g.id} checks`).toEqual(d.checks.filter((c) => !c.consistent));
    }
    expect(SEED_DATA.sources).toEqual(disk.data.sources);
  });

  it("names figures exactly as schema.ts does", () => {
    const f = { file: "003_b3fdc93d999670b0.txt", line: 9, entity: "aier_eye", field: "revenue", period: "2025H1" };
    expect(figureId(f)).toBe("003:9:aier_eye/revenue/2025H1");
    expect(figureId({ ...f, segment: "refractive" })).toBe(schemaFigureId({ ...f, segment: "refractive" }));
    for (const g of SEED_DATA.groups) for (const fig of g.figures) expect(figureId(fig)).toBe(schemaFigureId(fig));
  });
});
