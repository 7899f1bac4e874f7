// @ts-check
/**
 * Webpack loader for the custom-functions entry. custom-functions-metadata-plugin appends a
 * bare `CustomFunctions.associate("ID", fn);` line per function; outside Excel (a plain
 * browser showing the pane, the bundle test's bare context without the global) that line
 * would throw a ReferenceError and stop the chunk. This guards each such line. Runs after the
 * plugin's loader and before ts-loader (see webpack.config.js).
 */
"use strict";

/** @param {string} source */
function guardAssociateCalls(source) {
  return source.replace(/^CustomFunctions\.associate\(/gm, 'if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(');
}

/** @this {unknown} @param {string} source */
module.exports = function guardAssociateLoader(source) {
  return guardAssociateCalls(source);
};
module.exports.guardAssociateCalls = guardAssociateCalls;
