/** Types for dead-style-consts-loader.cjs (a CommonJS webpack loader; the function is tested). */
export declare function stripDeadStyleConsts(source: string): string;
