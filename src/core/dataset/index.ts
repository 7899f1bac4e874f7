/**
 * The dataset's public surface for the task pane and the templates: the lazily built bundled
 * dataset, name resolution, the query API, SOURCE text, period discipline and LTM, readings
 * (the phase under each reading), citations, and the types. The custom functions
 * use functions.ts.
 */
export { getDataset, isDatasetBuilt } from "./default-dataset";
export { buildDataset, groupKey, seriesKey } from "./build";
export { resolveEntity, resolveField, resolveSegment, searchEntities, argText, type Resolved } from "./resolve";
export {
  seriesFor,
  statementsFor,
  fieldsFor,
  segmentsWith,
  entitiesSummary,
  defaultPeriod,
  valueIn,
  isActual,
  type EntitySummary,
  type FieldSeries,
} from "./query";
export { lookupFigure, lookupPoint, lookupSeries, latestFiscalYear, type FigureHit, type PointHit, type SeriesHit } from "./lookup";
export {
  defaultFrequency,
  frequencyOf,
  isStock,
  parseFrequencyArg,
  pointStatements,
  pointValue,
  seriesPoints,
  type Frequency,
  type SeriesPoint,
} from "./frequency";
export { ltmFigure, ltmParts, ltmRecipe, type LtmFigure, type LtmResult } from "./ltm";
export { parseUnitArg, DEFAULT_SCALE, UNIT_ARG_FORMS, type UnitScale } from "./unit-arg";
export { sourceTextOf, ltmSourceText, statementText } from "./source-text";
export { RULE_LABELS, QUALIFIER_LABELS } from "./source-messages";
export { disagree, anyDisagreement, compareByRules, statementRange, type Range } from "./statements";
export { figureId } from "./figure-id";
export {
  phaseByReading,
  phaseReadingText,
  phaseSummaryText,
  phaseCitations,
  readTogether,
  readApart,
  readingsOf,
  statementUnder,
  contestsFor,
  latestPair,
  type PhaseReading,
  type PhasePoint,
} from "./readings";
export { citation, sourceName, sourceRecord } from "./citation";
export { failedChecksFor } from "./source-text";
export { entityName, fieldName, segmentName, DATASET_MSG, FREQUENCY_LABELS } from "./messages";
export type * from "./types";
