/**
 * How the data functions reach the dataset chunk (src/functions/dataset-link.ts): they load it on
 * the first call, answer once it has loaded, answer #N/A with a reason (not a forever-#BUSY!
 * cell) when it fails or never arrives, and try again on the next call after a failure.
 */
import { describe, expect, it } from "vitest";
import { companiesGrid } from "../../src/core/dataset/functions";
import { DATA_NOT_LOADED, dataFunctions, dataLink, type DataFunctionsApi } from "../../src/functions/dataset-link";
import { DATA_FUNCTIONS } from "../../src/functions/dataset-entry";

/** A stand-in for the chunk's functions: COMPANIES answers one row naming which load served it. */
const fakeApi = (label: string): DataFunctionsApi => ({ ...DATA_FUNCTIONS, companiesGrid: () => [[label]] });

describe("the data functions' access to the dataset chunk", () => {
  it("loads the real chunk on the first call and answers as the core dataset does", async () => {
    const api = await dataFunctions(10_000);
    expect(api).not.toBe(DATA_NOT_LOADED);
    expect((api as DataFunctionsApi).companiesGrid()).toEqual(companiesGrid());
  });

  it("loads once for calls that arrive while the chunk is on its way", async () => {
    let loads = 0;
    let arrive: (api: DataFunctionsApi) => void = () => undefined;
    const data = dataLink(() => {
      loads++;
      return new Promise((resolve) => (arrive = resolve));
    });
    const first = data(10_000);
    const second = data(10_000);
    arrive(fakeApi("loaded"));
    const answers = await Promise.all([first, second]);
    expect(answers.map((a) => (a as DataFunctionsApi).companiesGrid())).toEqual([[["loaded"]], [["loaded"]]]);
    expect(loads).toBe(1);
    await data(10_000);
    expect(loads).toBe(1);
  });

  it("answers #N/A at once, with a message in both languages, when the chunk fails to load", async () => {
    const data = dataLink(() => Promise.reject(new Error("Loading chunk 921 failed.")));
    const started = Date.now();
    expect(await data(10_000)).toBe(DATA_NOT_LOADED);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(DATA_NOT_LOADED.error).toBe("#N/A");
    expect(DATA_NOT_LOADED.message?.en).toMatch(/did not load.*Reload/);
    expect(DATA_NOT_LOADED.message?.zh).toMatch(/未能加载.*请重新加载/);
  });

  it("answers #N/A after the wait when the chunk never arrives", async () => {
    const data = dataLink(() => new Promise<DataFunctionsApi>(() => undefined));
    expect(await data(5)).toBe(DATA_NOT_LOADED);
  });

  it("tries the load again on the next call after a failure", async () => {
    let loads = 0;
    const data = dataLink(() => (++loads === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(fakeApi(`load ${loads}`))));
    expect(await data(10_000)).toBe(DATA_NOT_LOADED);
    expect(((await data(10_000)) as DataFunctionsApi).companiesGrid()).toEqual([["load 2"]]);
    expect(loads).toBe(2);
  });

  it("answers #N/A at once, every time, where no chunk can load (the import throws: no document)", async () => {
    let loads = 0;
    const data = dataLink(() => {
      loads++;
      throw new ReferenceError("document is not defined");
    });
    const started = Date.now();
    expect(await data(10_000)).toBe(DATA_NOT_LOADED);
    expect(await data(10_000)).toBe(DATA_NOT_LOADED);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(loads).toBe(1);
  });
});
