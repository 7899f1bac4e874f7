/** Types for zh-metadata.cjs (plain CommonJS so webpack.config.js can require it). */
import type { Compiler } from "webpack";

export interface Localized {
  en: string;
  zh: string;
}
export interface TableParam {
  name: string;
  description: Localized;
}
export interface TableEntry {
  name: string;
  description: Localized;
  params: readonly TableParam[];
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
  table: readonly TableEntry[],
  lang: "en" | "zh",
): { metadata: Metadata; problems: string[] };
export declare function loadFunctionTable(file: string, exportName: string): TableEntry[];
export declare class LocalizedMetadataPlugin {
  constructor(options: {
    input: string;
    output: string;
    table: string;
    exportName: string;
    lang: "en" | "zh";
    topLevel?: Record<string, unknown>;
  });
  apply(compiler: Compiler): void;
}
