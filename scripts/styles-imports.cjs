// @ts-check
/**
 * Where the pane's code may import makeStyles from: src/taskpane/components/styles.ts, which
 * re-exports Griffel from Fluent, as each file spells its path, or Fluent and Griffel
 * themselves. @griffel/webpack-loader (webpack.config.js) compiles a makeStyles call only when
 * its import's source text is listed here; test/taskpane/styles-imports.test.ts fails when a
 * file imports it some other way (its styles would then be computed at run time, by a compiler
 * the build otherwise leaves out).
 */
"use strict";

/** @type {readonly string[]} */
const STYLES_IMPORTS = ["./styles", "./components/styles", "../components/styles", "@fluentui/react-components", "@griffel/react"];

module.exports = { STYLES_IMPORTS };
