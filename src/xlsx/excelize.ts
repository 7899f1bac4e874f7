/**
 * Excelize (the WebAssembly build of Go's Excelize, by its author; BSD-3-Clause), loaded once
 * per process. It writes what exceljs cannot — native charts, the combo with its secondary
 * axis included — and the panes, page setup and defined names (docs/decisions.md).
 * Command line only: webpack's entries never reach src/xlsx.
 */
import { createRequire } from "node:module";
import { init } from "excelize-wasm";

export type Excelize = Awaited<ReturnType<typeof init>>;

let loading: Promise<Excelize> | undefined;

export function loadExcelize(): Promise<Excelize> {
  loading ??= init(createRequire(import.meta.url).resolve("excelize-wasm/excelize.wasm.gz"));
  return loading;
}
