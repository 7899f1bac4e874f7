/**
 * The seed data bundled into the add-in: every seeds/**.json except checks.json (see
 * NOT_BUNDLED), imported statically so webpack bundles it (the add-in works offline). Groups are listed explicitly, in the order the add-in
 * shows them. The JSON is typed by a cast: test/seeds/schema.test.ts validates every file
 * against the zod schemas and checks that this list covers every folder of seeds/.
 * Importing this module parses the JSON only; the index is built on first use (default-dataset.ts).
 */
import type { CheckInput, ConflictInput, EntityInput, FieldInput, FigureInput, SeedData, SeedGroup, SegmentInput } from "./types";

import catalogue from "../../../seeds/fields.json";

import uiEntities from "../../../seeds/united-imaging/entities.json";
import uiSegments from "../../../seeds/united-imaging/segments.json";
import uiFigures from "../../../seeds/united-imaging/figures.json";
import uiConflicts from "../../../seeds/united-imaging/conflicts.json";
import uiFields from "../../../seeds/united-imaging/fields.json";

import nsEntities from "../../../seeds/neusoft/entities.json";
import nsSegments from "../../../seeds/neusoft/segments.json";
import nsFigures from "../../../seeds/neusoft/figures.json";
import nsConflicts from "../../../seeds/neusoft/conflicts.json";
import nsFields from "../../../seeds/neusoft/fields.json";

import aierEntities from "../../../seeds/aier/entities.json";
import aierSegments from "../../../seeds/aier/segments.json";
import aierFigures from "../../../seeds/aier/figures.json";
import aierConflicts from "../../../seeds/aier/conflicts.json";
import aierFields from "../../../seeds/aier/fields.json";

/** JSON rows typed as the schema's input types (validated by the tests, see above). */
const rows = <T>(json: unknown): readonly T[] => json as readonly T[];

/**
 * checks.json files are not bundled: no function or view of the add-in reads them (they are
 * arithmetic cross-checks for the tests and `npm run seeds:report`, which read seeds/ from
 * disk), and the dataset chunk (dist/dataset.js) carries every byte of it.
 */
const NOT_BUNDLED: readonly CheckInput[] = [];

/** One article group's files, typed; checks.json stays out of the bundle (see NOT_BUNDLED). */
function group(id: string, entities: unknown, segments: unknown, figures: unknown, conflicts: unknown, fields: unknown): SeedGroup {
  return {
    id,
    entities: rows<EntityInput>(entities),
    segments: rows<SegmentInput>(segments),
    figures: rows<FigureInput>(figures),
    conflicts: rows<ConflictInput>(conflicts),
    checks: NOT_BUNDLED,
    fields: rows<FieldInput>(fields),
  };
}

export const SEED_DATA: SeedData = {
  fields: rows<FieldInput>(catalogue),
  groups: [
    group("united-imaging", uiEntities, uiSegments, uiFigures, uiConflicts, uiFields),
    group("neusoft", nsEntities, nsSegments, nsFigures, nsConflicts, nsFields),
    group("aier", aierEntities, aierSegments, aierFigures, aierConflicts, aierFields),
  ],
};
