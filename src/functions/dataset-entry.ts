/**
 * The dataset chunk's door for the custom functions (dist/dataset.<hash>.js: the dataset lookup
 * and the bundled seed data). dataset-link.ts imports this module on demand, so nothing of the
 * data loads before the functions register or before the pane's first view. No side effects:
 * importing it only makes the functions available.
 */
import { companiesGrid, dataValue, fieldsGrid, seriesGrid, sourceText } from "../core/dataset/functions";
import type { DataFunctionsApi } from "./dataset-link";

export const DATA_FUNCTIONS: DataFunctionsApi = { companiesGrid, dataValue, fieldsGrid, seriesGrid, sourceText };
