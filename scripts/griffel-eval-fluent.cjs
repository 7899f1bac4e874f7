// @ts-check
/**
 * What the pane's makeStyles calls use from @fluentui/react-components, for the Griffel loader
 * to evaluate them at build time (webpack.config.js aliases the package to this file for the
 * loader only; the bundle still imports the real package). The style objects need only the
 * design tokens and Griffel's helpers; loading the whole of Fluent in Node for each of the
 * pane's styled files made the build about 6 s of CPU slower. Fluent re-exports these very
 * objects from these packages. A style that uses anything else fails the build, naming it.
 */
"use strict";

const { tokens } = require("@fluentui/react-theme");
const { makeStyles, makeResetStyles, mergeClasses, shorthands } = require("@griffel/react");

module.exports = { tokens, makeStyles, makeResetStyles, mergeClasses, shorthands };
