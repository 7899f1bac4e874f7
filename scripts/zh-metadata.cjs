// @ts-check
/**
 * What the build does to the JSDoc-generated custom-functions metadata after
 * custom-functions-metadata-plugin has written functions.json:
 * - sets top-level options the generator cannot express (allowErrorForDataTypeAny: error
 *   values reach `any` parameters instead of Excel answering for the function);
 * - writes the zh-CN metadata (functions.zh-CN.json, picked by Excel through the manifest's
 *   `<bt:Override Locale="zh-CN">` on the metadata URL): the same file with every function and
 *   parameter description replaced by the Chinese text of src/core/functions/table.ts. Ids,
 *   names, types and options stay as generated, so both files describe the same functions.
 */
"use strict";

const path = require("node:path");

/**
 * @typedef {{ en: string, zh: string }} Localized
 * @typedef {{ name: string, description: Localized }} TableParam
 * @typedef {{ name: string, description: Localized, params: readonly TableParam[] }} TableEntry
 * @typedef {{ name: string, description?: string, [key: string]: unknown }} MetadataParam
 * @typedef {{ id: string, name: string, description?: string, parameters?: MetadataParam[], [key: string]: unknown }} MetadataFunction
 * @typedef {{ functions: MetadataFunction[], [key: string]: unknown }} Metadata
 */

/**
 * Returns the metadata with descriptions in `lang`, and every way metadata and table
 * disagree (a function or parameter missing on either side, an empty translation). The
 * build fails on any problem, so a function added without its table entry cannot ship.
 * @param {Metadata} metadata
 * @param {readonly TableEntry[]} table
 * @param {"en" | "zh"} lang
 * @returns {{ metadata: Metadata, problems: string[] }}
 */
function localizeMetadata(metadata, table, lang) {
  /** @type {string[]} */
  const problems = [];
  const byName = new Map(table.map((entry) => [entry.name.toUpperCase(), entry]));
  const seen = new Set();
  const functions = metadata.functions.map((fn) => {
    const entry = byName.get(fn.id.toUpperCase()) ?? byName.get(fn.name.toUpperCase());
    if (!entry) {
      problems.push(`${fn.id}: not in the function table`);
      return fn;
    }
    seen.add(entry.name.toUpperCase());
    const description = entry.description[lang];
    if (!description || !description.trim()) problems.push(`${fn.id}: no ${lang} description in the table`);
    const tableParams = new Map(entry.params.map((p) => [p.name, p]));
    const parameters = (fn.parameters ?? []).map((param) => {
      const tableParam = tableParams.get(param.name);
      if (!tableParam) {
        problems.push(`${fn.id}(${param.name}): parameter not in the function table`);
        return param;
      }
      tableParams.delete(param.name);
      const text = tableParam.description[lang];
      if (!text || !text.trim()) problems.push(`${fn.id}(${param.name}): no ${lang} description in the table`);
      return { ...param, description: text };
    });
    for (const name of tableParams.keys()) {
      problems.push(`${fn.id}(${name}): in the table but not a parameter of the function`);
    }
    return fn.parameters ? { ...fn, description, parameters } : { ...fn, description };
  });
  for (const entry of table) {
    if (!seen.has(entry.name.toUpperCase())) problems.push(`${entry.name}: in the table but not a custom function`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

/**
 * Loads the function table from the TypeScript source (through tsx, a dev dependency) in a
 * fresh module namespace, so a watching dev server sees edits.
 * @param {string} file absolute path of src/core/functions/table.ts
 * @param {string} exportName
 * @returns {TableEntry[]}
 */
function loadFunctionTable(file, exportName) {
  const { register } = require("tsx/cjs/api");
  const api = register({ namespace: `capcycle-function-table-${Date.now()}-${Math.random()}` });
  try {
    const mod = api.require(file, __filename);
    const table = mod[exportName];
    if (!Array.isArray(table)) throw new Error(`${file} does not export an array named ${exportName}`);
    return table;
  } finally {
    api.unregister();
  }
}

/**
 * Webpack plugin: after custom-functions-metadata-plugin has added `input`, sets the
 * `topLevel` properties on it and emits `output` translated from the table with the same
 * properties. Problems fail the build.
 */
class LocalizedMetadataPlugin {
  /**
   * @param {{ input: string, output: string, table: string, exportName: string, lang: "en" | "zh", topLevel?: Record<string, unknown> }} options
   */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { input, output, exportName, lang, topLevel = {} } = this.options;
    const tableFile = path.resolve(compiler.context, this.options.table);
    const { WebpackError, sources, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(tableFile);
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(input);
          // The metadata plugin reports its own errors when it could not generate the file.
          if (!asset) return;
          try {
            const metadata = { ...JSON.parse(asset.source.source().toString()), ...topLevel };
            compilation.updateAsset(input, new sources.RawSource(JSON.stringify(metadata, null, 4)));
            const { metadata: localized, problems } = localizeMetadata(metadata, loadFunctionTable(tableFile, exportName), lang);
            for (const problem of problems) {
              compilation.errors.push(new WebpackError(`${output}: ${problem}`));
            }
            compilation.emitAsset(output, new sources.RawSource(JSON.stringify(localized, null, 4)));
          } catch (error) {
            compilation.errors.push(new WebpackError(`${output}: ${error instanceof Error ? error.message : String(error)}`));
          }
        },
      );
    });
  }
}

module.exports = { localizeMetadata, loadFunctionTable, LocalizedMetadataPlugin };
