/** Types for styles-imports.cjs (CommonJS, loaded by webpack.config.js and the tests). */
export declare const STYLES_IMPORTS: readonly string[];
