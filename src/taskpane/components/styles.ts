/**
 * Styling imports in one place: makeStyles and mergeClasses (Griffel, as Fluent re-exports
 * them) and the theme's design tokens, so each component styles itself beside its markup.
 * The build compiles each makeStyles call to class names and moves its CSS into the stylesheet
 * (webpack.config.js); the compiled calls import __styles, then __css, from this module, so it
 * re-exports them too.
 */
export { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
export { __css, __resetCSS, __resetStyles, __styles } from "@fluentui/react-components";
