/**
 * Styling imports in one place: makeStyles and mergeClasses (Griffel, as Fluent re-exports
 * them) and the theme's design tokens, so each component styles itself beside its markup.
 */
export { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
