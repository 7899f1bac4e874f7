/**
 * The hand-over from the dataset chunk to the data functions: they wait for it, and answer
 * #N/A with a reason (not a forever-#BUSY! cell) if it never arrives.
 */
import { describe, expect, it } from "vitest";
import { DATA_NOT_LOADED, dataFunctions } from "../../src/functions/dataset-link";

describe("dataFunctions()", () => {
  it("gives #N/A with a message in both languages when the dataset never loads", async () => {
    const result = await dataFunctions(5);
    expect(result).toBe(DATA_NOT_LOADED);
    expect(DATA_NOT_LOADED.error).toBe("#N/A");
    expect(DATA_NOT_LOADED.message?.en).toMatch(/did not load/);
    expect(DATA_NOT_LOADED.message?.zh).toMatch(/未能加载/);
  });

  it("resolves to the data functions once the dataset entry has run", async () => {
    await import("../../src/functions/dataset-entry");
    const api = await dataFunctions(1000);
    expect(api).not.toBe(DATA_NOT_LOADED);
    expect(typeof (api as { dataValue: unknown }).dataValue).toBe("function");
  });
});
