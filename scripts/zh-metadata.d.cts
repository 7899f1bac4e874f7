/** Types for zh-metadata.cjs (plain CommonJS so webpack.config.js can require it). */
import type { Compiler } from "webpack";

export interface Localized {
  en: string;
  zh: string;
}
export interface CatalogParam {
  name: string;
  description: Localized;
}
export interface CatalogEntry {
  name: string;
  description: Localized;
  params: readonly CatalogParam[];
}
export interface MetadataParam {
  name: string;
  description?: string;
  [key: string]: unknown;
}
export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters?: MetadataParam[];
  [key: string]: unknown;
}
export interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}
export declare function localizeMetadata(
  metadata: Metadata,
  catalog: readonly CatalogEntry[],
  lang: "en" | "zh",
): { metadata: Metadata; problems: string[] };
export declare function loadCatalog(file: string, exportName: string): CatalogEntry[];
export declare class LocalizedMetadataPlugin {
  constructor(options: {
    input: string;
    output: string;
    catalog: string;
    exportName: string;
    lang: "en" | "zh";
    topLevel?: Record<string, unknown>;
  });
  apply(compiler: Compiler): void;
}
