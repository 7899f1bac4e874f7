import { afterEach, describe, expect, it } from "vitest";
import { FakeOfficeError, createFakeExcel, installFakeOffice, type InstalledOffice } from "./index";

interface OfficeGlobals {
  Office: {
    onReady(): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
    context: {
      displayLanguage: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
      document: { settings: { get(name: string): unknown; set(name: string, value: unknown): void; saveAsync(cb?: (r: { status: string }) => void): void } };
    };
    actions: { associate(id: string, fn: (event: unknown) => void): void };
  };
  Excel: typeof Excel & { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> };
  OfficeExtension: { Error: unknown };
  CustomFunctions: { associate(id: string, fn: (...args: unknown[]) => unknown): void };
}

let installed: InstalledOffice | undefined;
afterEach(() => installed?.uninstall());

describe("installFakeOffice", () => {
  it("defines Office, Excel, OfficeExtension and CustomFunctions backed by the fake", async () => {
    const fake = createFakeExcel({ supported: ["ExcelApi 1.12"] });
    const target: Record<string, unknown> = {};
    installed = installFakeOffice(target, fake, { displayLanguage: "zh-CN" });
    const g = target as unknown as OfficeGlobals;
    await expect(g.Office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
    expect(g.Office.HostType.Excel).toBe("Excel");
    expect(g.Office.context.displayLanguage).toBe("zh-CN");
    expect(g.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(g.Office.context.requirements.isSetSupported("ExcelApi", "1.15")).toBe(false);
    expect(g.Excel.ChartType.line).toBe("Line");
    expect(g.Excel.ChartType.xyscatterSmooth).toBe("XYScatterSmooth");
    expect(g.Excel.ChartSeriesBy.columns).toBe("Columns");
    expect(g.Excel.ChartAxisGroup.secondary).toBe("Secondary");
    expect(g.OfficeExtension.Error).toBe(FakeOfficeError);
    await g.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["via global"]];
      await context.sync();
    });
    expect(fake.values("Sheet1!A1")).toEqual([["via global"]]);
  });

  it("records custom functions, ribbon actions and document settings", () => {
    const fake = createFakeExcel();
    const target: Record<string, unknown> = {};
    installed = installFakeOffice(target, fake);
    const g = target as unknown as OfficeGlobals;
    g.CustomFunctions.associate("capcycle.cagr", () => 1);
    g.Office.actions.associate("refreshCharts", () => undefined);
    g.Office.context.document.settings.set("lang", "zh");
    let status = "";
    g.Office.context.document.settings.saveAsync((r) => (status = r.status));
    expect([...installed.customFunctions.keys()]).toEqual(["CAPCYCLE.CAGR"]);
    expect([...installed.actions.keys()]).toEqual(["refreshCharts"]);
    expect(g.Office.context.document.settings.get("lang")).toBe("zh");
    expect(status).toBe("succeeded");
    expect(fake.snapshot().documentSettings).toEqual({ lang: "zh" });
  });

  it("uninstall restores what was there", () => {
    const fake = createFakeExcel();
    const target: Record<string, unknown> = { Office: "before" };
    installFakeOffice(target, fake, { customFunctions: false }).uninstall();
    expect(target).toEqual({ Office: "before" });
  });
});

describe("browser safety", () => {
  it("the fake imports nothing node-only", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL(".", import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "office-error-matchers.ts");
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) {
      const text = readFileSync(new URL(file, dir), "utf8");
      const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
      for (const spec of imports) expect([file, spec]).toSatisfy(([, s]: string[]) => s!.startsWith("./") || s === "hyperformula");
    }
  });
});
