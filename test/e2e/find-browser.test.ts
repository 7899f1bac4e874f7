/**
 * Where the browser tests find a browser (test/e2e/support/find-browser.ts), on made-up
 * machines: no browser is launched or unpacked here.
 */
import { describe, expect, it } from "vitest";
import { installedCandidates, locateBrowser, type BrowserProbe } from "./support/find-browser";

function machine(over: Partial<BrowserProbe> & { files?: string[] }): BrowserProbe {
  const files = new Set(over.files ?? []);
  return { env: {}, platform: "linux", arch: "x64", exists: (path) => files.has(path), ...over };
}

describe("findBrowser's search", () => {
  it("refuses a CAPCYCLE_BROWSER that does not exist, naming it", async () => {
    const probe = machine({ env: { CAPCYCLE_BROWSER: "/nowhere/chrome" }, files: ["/usr/bin/chromium"] });
    await expect(locateBrowser(probe)).rejects.toThrow("CAPCYCLE_BROWSER is set to /nowhere/chrome, which does not exist.");
  });

  it("takes CAPCYCLE_BROWSER before any installed browser", async () => {
    const probe = machine({ env: { CAPCYCLE_BROWSER: "/opt/my/chrome" }, files: ["/opt/my/chrome", "/usr/bin/chromium"] });
    await expect(locateBrowser(probe)).resolves.toEqual({ executablePath: "/opt/my/chrome", origin: "env", extraArgs: [] });
  });

  it("takes Debian's Chromium before Chrome, and Chrome when it is the only one", async () => {
    const both = machine({ files: ["/usr/bin/google-chrome", "/usr/bin/chromium"] });
    expect((await locateBrowser(both)).executablePath).toBe("/usr/bin/chromium");
    const chrome = machine({ files: ["/usr/bin/google-chrome"] });
    await expect(locateBrowser(chrome)).resolves.toEqual({ executablePath: "/usr/bin/google-chrome", origin: "installed", extraArgs: [] });
  });

  it("looks for Chrome, then Edge, under each Windows program folder", () => {
    const list = installedCandidates("win32", { PROGRAMFILES: "C:\\PF" });
    expect(list).toHaveLength(2);
    expect(list[0]).toMatch(/PF.Google.Chrome.Application.chrome\.exe$/);
    expect(list[1]).toMatch(/PF.Microsoft.Edge.Application.msedge\.exe$/);
  });

  it("without a browser where no npm Chromium exists, says where it looked and what to do", async () => {
    const mac = machine({ platform: "darwin", arch: "arm64" });
    const error = await locateBrowser(mac).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    expect(message).toContain("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
    expect(message).toContain("set CAPCYCLE_BROWSER");
  });
});
