import { describe, expect, it } from "vitest";
import { shortRange } from "../../../src/taskpane/data/ranges";

describe("shortRange", () => {
  it("drops the chart's own sheet (quoted or not), the = and the $ signs", () => {
    expect(shortRange("='Aier Eye 300015.SZ'!$M$12:$M$17", "Aier Eye 300015.SZ")).toBe("M12:M17");
    expect(shortRange("=Model!$B$2:$E$2", "Model")).toBe("B2:E2");
    expect(shortRange("='O''Brien'!$A$1", "O'Brien")).toBe("A1");
  });

  it("keeps another sheet's name", () => {
    expect(shortRange("=Data!$B$2:$B$9", "Model")).toBe("Data!B2:B9");
  });
});
