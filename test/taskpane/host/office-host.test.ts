import { describe, expect, it } from "vitest";
import { detectHost } from "../../../src/taskpane/host/office-host";
import { fluentThemeFor, isDark, luminance } from "../../../src/taskpane/host/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

describe("detectHost", () => {
  it("is a browser when there is no Office global, or Office has no onReady", async () => {
    expect((await detectHost({})).kind).toBe("browser");
    expect((await detectHost({ Office: {} })).kind).toBe("browser");
    expect((await detectHost({ Office: null })).kind).toBe("browser");
  });

  it("is a browser when onReady throws, rejects, resolves with no host, or never settles", async () => {
    const throwing = { Office: { onReady: () => { throw new Error("office.js half-loaded"); } } };
    expect((await detectHost(throwing)).kind).toBe("browser");
    expect((await detectHost({ Office: { onReady: () => Promise.reject(new Error("x")) } })).kind).toBe("browser");
    expect((await detectHost({ Office: { onReady: () => Promise.resolve({ host: null }) } })).kind).toBe("browser");
    expect((await detectHost({ Office: { onReady: () => new Promise(() => undefined) } }, 20)).kind).toBe("browser");
  });

  it("reads the display language and theme in Excel, and tells other Office hosts apart", async () => {
    const office = {
      onReady: () => Promise.resolve({ host: "Excel" }),
      context: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" } },
    };
    const info = await detectHost({ Office: office });
    expect(info).toEqual({
      kind: "excel",
      displayLanguage: "zh-CN",
      theme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: undefined, controlForegroundColor: undefined, isDarkTheme: undefined },
    });
    expect((await detectHost({ Office: { onReady: () => Promise.resolve({ host: "Word" }) } })).kind).toBe("office");
  });

  it("survives a context whose getters throw", async () => {
    const office = {
      onReady: () => Promise.resolve({ host: "Excel" }),
      get context(): never {
        throw new Error("not ready");
      },
    };
    expect(await detectHost({ Office: office })).toEqual({ kind: "excel", displayLanguage: null, theme: null });
  });
});

describe("theme", () => {
  it("follows Office: dark when it says so or its background is dark, light otherwise", async () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#000")).toBe(0);
    expect(luminance("white")).toBeUndefined();
    expect(isDark({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#f3f3f3" })).toBe(false);
    expect(fluentThemeFor(null)).toBe(webLightTheme);
    // The dark theme is a chunk of its own, loaded when Office is dark.
    expect(await fluentThemeFor({ bodyBackgroundColor: "#1f1f1f" })).toBe(webDarkTheme);
  });
});
