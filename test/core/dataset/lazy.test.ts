import { describe, expect, it } from "vitest";
import { getDataset, isDatasetBuilt } from "../../../src/core/dataset/default-dataset";
import { companiesGrid } from "../../../src/core/dataset/functions";

describe("the bundled dataset", () => {
  it("is not indexed at module load, only on first use, and only once", () => {
    expect(isDatasetBuilt()).toBe(false);
    const rows = companiesGrid();
    expect(isDatasetBuilt()).toBe(true);
    expect(rows.length).toBe(getDataset().entities.length);
    expect(getDataset()).toBe(getDataset());
  });
});
