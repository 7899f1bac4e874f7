/**
 * Entry of the dataset chunk (dist/dataset.js): the dataset lookup and the bundled seed data,
 * handed to the custom functions once loaded. See dataset-link.ts.
 */
import { companiesGrid, dataValue, fieldsGrid, seriesGrid, sourceText } from "../core/dataset/functions";
import { provideDataFunctions } from "./dataset-link";

provideDataFunctions({ companiesGrid, dataValue, fieldsGrid, seriesGrid, sourceText });
