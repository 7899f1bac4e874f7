/**
 * The seed data bundled into the add-in: every seeds/**.json but checks.json (see group()),
 * imported statically so webpack bundles it (the add-in works offline). Groups are listed explicitly, in the order the add-in
 * shows them. The JSON is typed by a cast: test/seeds/schema.test.ts validates every file
 * against the zod schemas and checks that this list covers every folder of seeds/.
 * Importing this module parses the JSON only; the index is built on first use (default-dataset.ts).
 */
import type { CheckInput, ConflictInput, ContestInput, EntityInput, FieldInput, FigureInput, SeedData, SeedGroup, SegmentInput, SourceInput } from "./types";

import catalogue from "../../../seeds/fields.json";
import sources from "../../../seeds/sources.json";

import uiEntities from "../../../seeds/united-imaging/entities.json";
import uiSegments from "../../../seeds/united-imaging/segments.json";
import uiFigures from "../../../seeds/united-imaging/figures.json";
import uiConflicts from "../../../seeds/united-imaging/conflicts.json";
import uiFields from "../../../seeds/united-imaging/fields.json";
import uiChecks from "../../../seeds/united-imaging/failed-checks.json";
import uiReadings from "../../../seeds/united-imaging/readings.json";

import nsEntities from "../../../seeds/neusoft/entities.json";
import nsSegments from "../../../seeds/neusoft/segments.json";
import nsFigures from "../../../seeds/neusoft/figures.json";
import nsConflicts from "../../../seeds/neusoft/conflicts.json";
import nsFields from "../../../seeds/neusoft/fields.json";
import nsChecks from "../../../seeds/neusoft/failed-checks.json";
import nsReadings from "../../../seeds/neusoft/readings.json";

import aierEntities from "../../../seeds/aier/entities.json";
import aierSegments from "../../../seeds/aier/segments.json";
import aierFigures from "../../../seeds/aier/figures.json";
import aierConflicts from "../../../seeds/aier/conflicts.json";
import aierFields from "../../../seeds/aier/fields.json";
import aierChecks from "../../../seeds/aier/failed-checks.json";
import aierReadings from "../../../seeds/aier/readings.json";

/** JSON rows typed as the schema's input types (validated by the tests, see above). */
const rows = <T>(json: unknown): readonly T[] => json as readonly T[];

/**
 * One article group's files, typed. Of the arithmetic checks only failed-checks.json is
 * bundled: SOURCE lists the failed cross-checks touching a figure, while checks.json (the
 * ones that hold) only serves the tests and the report, which read seeds/ from disk.
 */
function group(id: string, entities: unknown, segments: unknown, figures: unknown, conflicts: unknown, fields: unknown, checks: unknown, readings: unknown): SeedGroup {
  return {
    id,
    entities: rows<EntityInput>(entities),
    segments: rows<SegmentInput>(segments),
    figures: rows<FigureInput>(figures),
    conflicts: rows<ConflictInput>(conflicts),
    checks: rows<CheckInput>(checks),
    fields: rows<FieldInput>(fields),
    readings: rows<ContestInput>(readings),
  };
}

export const SEED_DATA: SeedData = {
  fields: rows<FieldInput>(catalogue),
  groups: [
    group("united-imaging", uiEntities, uiSegments, uiFigures, uiConflicts, uiFields, uiChecks, uiReadings),
    group("neusoft", nsEntities, nsSegments, nsFigures, nsConflicts, nsFields, nsChecks, nsReadings),
    group("aier", aierEntities, aierSegments, aierFigures, aierConflicts, aierFields, aierChecks, aierReadings),
  ],
  sources: rows<SourceInput>(sources),
};
