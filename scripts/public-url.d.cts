/** Types for public-url.cjs (plain CommonJS so webpack.config.js can require it). */
export declare const DEV_BASE_URL: "https://localhost:3000";
export declare function publicBaseUrl(value: string | undefined): string;
export declare function rewriteBaseUrl(text: string, baseUrl: string): string;
