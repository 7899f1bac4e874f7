/**
 * Manifest and page security (SPEC §9, issue 7): the add-in asks for ReadWriteDocument only,
 * loads everything over https, declares no AppDomains (the pane never navigates away), and its
 * page carries a Content-Security-Policy allowing code only from its own origin and Office's
 * CDN — checked in the source, in the production build, and in Chromium, where inline script,
 * eval and foreign scripts are refused while the pane still renders styled. The production
 * bundles contain no eval and no `new Function`, and load no remote code but Office.js.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { rewriteBaseUrl } from "../../scripts/public-url.cjs";
import { launchChromium, OFFICE_JS_URL, watchProblems } from "../e2e/support/browser";
import { serveStatic, type StaticServer } from "../e2e/support/server";
import { DIST, ROOT, ensureProductionBuild } from "../build/production-build";

const CDN = "https://appsforoffice.microsoft.com";
const read = (path: string) => readFileSync(path, "utf8");

beforeAll(() => {
  console.log(ensureProductionBuild());
}, 300_000);

// ---- manifest -------------------------------------------------------------------------------

const manifests = () => [
  ["manifest.xml", read(join(ROOT, "manifest.xml"))],
  ["dist/manifest.xml", read(join(DIST, "manifest.xml"))],
  ["dist/manifest.xml for a public host", rewriteBaseUrl(read(join(DIST, "manifest.xml")), "https://addin.example.com/capcycle")],
] as const;

describe("manifest", () => {
  it("asks for ReadWriteDocument and nothing more", () => {
    for (const [name, xml] of manifests()) {
      expect([...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]), name).toEqual(["ReadWriteDocument"]);
    }
  });

  it("loads everything over https: no http:// URL outside XML namespace names", () => {
    for (const [name, xml] of manifests()) {
      const withoutNamespaces = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
      const urls = [...withoutNamespaces.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi)].map((m) => m[0]);
      expect(urls.length, name).toBeGreaterThan(8);
      expect(urls.filter((u) => !u.startsWith("https://")), name).toEqual([]);
    }
  });

  it("declares no AppDomains: the pane never navigates away from its own origin", () => {
    for (const [name, xml] of manifests()) expect(xml, name).not.toMatch(/<AppDomains?\b/);
    // Nothing in the pane or the functions navigates or opens another page.
    const sources = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f));
    for (const f of sources) {
      const code = read(join(ROOT, "src", f));
      expect(code, f).not.toMatch(/window\.open\(|location\.(assign|replace)\(|location\.href\s*=|target=["']_blank/);
    }
  });
});

// ---- Content-Security-Policy -----------------------------------------------------------------

/** The CSP of a page: its directives, and whether the meta tag comes before any script or stylesheet. */
function pageCsp(page: string): { directives: Map<string, string[]>; first: boolean } {
  const html = page.replace(/<!--[\s\S]*?-->/g, "");
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta tag");
  const firstResource = html.search(/<script\b|<link\b[^>]*stylesheet|<style\b/i);
  const directives = new Map<string, string[]>();
  for (const part of meta[1]!.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return { directives, first: meta.index < firstResource };
}

const pages = () => [
  ["src/taskpane/taskpane.html", read(join(ROOT, "src", "taskpane", "taskpane.html"))],
  ["dist/taskpane.html", read(join(DIST, "taskpane.html"))],
] as const;

describe("the pane's Content-Security-Policy", () => {
  it("comes before every script and stylesheet of the page", () => {
    for (const [name, html] of pages()) expect(pageCsp(html).first, name).toBe(true);
  });

  it("allows code only from the add-in's own origin and Office's CDN: no inline script, no eval, no plugins", () => {
    for (const [name, html] of pages()) {
      const { directives: d } = pageCsp(html);
      expect(d.get("default-src"), name).toEqual(["'self'"]);
      expect(d.get("script-src"), name).toEqual(["'self'", CDN]);
      expect(d.get("object-src"), name).toEqual(["'none'"]);
      expect(d.get("base-uri"), name).toEqual(["'self'"]);
      expect(d.get("form-action"), name).toEqual(["'self'"]);
      for (const [directive, sources] of d) {
        // Only our origin, the CDN, 'none', and 'unsafe-inline' for styles (FluentProvider's theme).
        for (const s of sources) expect(["'self'", "'none'", CDN, ...(directive === "style-src" ? ["'unsafe-inline'"] : [])], `${name}: ${directive} ${s}`).toContain(s);
      }
      expect([...d.keys()].filter((k) => /^(frame-ancestors|report-uri|sandbox)$/.test(k)), "directives a meta tag cannot carry").toEqual([]);
    }
  });
});

const PROBE = `
  var out = { evalRefused: false, functionRefused: false };
  try { (0, eval)("1"); } catch (e) { out.evalRefused = e instanceof EvalError; }
  try { new Function("return 1")(); } catch (e) { out.functionRefused = e instanceof EvalError; }
  window.__probe = out;
`;

describe("the pane under its Content-Security-Policy, in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let violations: { directive: string; blocked: string }[];

  beforeAll(async () => {
    // A script of our own origin that tries eval and new Function, as bundled code would.
    server = await serveStatic(DIST, { "/probe.js": PROBE });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale: "en-US" });
    page = await context.newPage();
    watchProblems(page);
    await page.addInitScript(() => {
      const seen: { directive: string; blocked: string }[] = [];
      (globalThis as unknown as { __csp: typeof seen }).__csp = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    });
    // Office.js as the CDN serves it (the npm package ships the same files); no Office host.
    const officeDist = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
    await page.route(`${CDN}/lib/1/hosted/**`, (route) => {
      const file = join(officeDist, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""));
      return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: "text/javascript" }) : route.abort();
    });
    await page.route("https://scripts.example.com/**", (route) => route.fulfill({ body: "window.__foreign = 1;", contentType: "text/javascript" }));
    expect(OFFICE_JS_URL.startsWith(CDN)).toBe(true);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("list", { name: "Companies in the bundled data" }).waitFor({ timeout: 30_000 });
    violations = await page.evaluate(() => (globalThis as unknown as { __csp: { directive: string; blocked: string }[] }).__csp.slice());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders styled (Fluent's runtime styles apply) and refuses nothing of ours", async () => {
    // The theme's tokens arrive through a style tag the provider inserts at run time (what a
    // strict style-src would refuse), the components' rules through the stylesheet compiled at
    // build time.
    const styled = await page.evaluate(() => {
      const provider = document.querySelector(".fui-FluentProvider");
      const search = document.querySelector("input");
      return {
        token: provider ? getComputedStyle(provider).getPropertyValue("--borderRadiusMedium").trim() : "",
        font: provider ? getComputedStyle(provider).fontFamily : "",
        searchRadius: search ? getComputedStyle(search.parentElement ?? search).borderRadius : "",
      };
    });
    expect(styled.token).toBe("4px");
    expect(styled.font).toContain("Segoe UI");
    expect(styled.searchRadius).not.toBe("0px");
    // Only Office.js's own telemetry frame, on another Microsoft host, is refused.
    expect(violations.filter((v) => !v.blocked.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com"))).toEqual([]);
  });

  it("refuses inline script, eval, new Function and scripts from other origins", async () => {
    const result = await page.evaluate(async () => {
      const g = globalThis as unknown as { __inline?: number; __foreign?: number; __probe?: { evalRefused: boolean; functionRefused: boolean } };
      const inline = document.createElement("script");
      inline.textContent = "window.__inline = 1;";
      document.head.appendChild(inline);
      const probe = document.createElement("script");
      probe.src = "/probe.js";
      await new Promise((resolve) => {
        probe.onload = resolve;
        probe.onerror = resolve;
        document.head.appendChild(probe);
      });
      const { evalRefused = false, functionRefused = false } = g.__probe ?? {};
      const foreign = document.createElement("script");
      foreign.src = "https://scripts.example.com/x.js";
      const loaded = new Promise<string>((resolve) => {
        foreign.onload = () => resolve("loaded");
        foreign.onerror = () => resolve("refused");
      });
      document.head.appendChild(foreign);
      return { inline: g.__inline, evalRefused, functionRefused, foreign: await loaded, foreignRan: g.__foreign };
    });
    expect(result).toEqual({ inline: undefined, evalRefused: true, functionRefused: true, foreign: "refused", foreignRan: undefined });
  });
});

// ---- what ships -------------------------------------------------------------------------------

const bundles = () => readdirSync(DIST).filter((f) => f.endsWith(".js"));

describe("the production bundles", () => {
  it("contain no eval( and no new Function / Function( call", () => {
    expect(bundles().length).toBeGreaterThan(4);
    for (const f of bundles()) {
      const code = read(join(DIST, f));
      expect(code.match(/\beval\s*\(/g), f).toBeNull();
      expect(code.match(/\bnew\s+Function\b|[^.\w$]Function\s*\(/g), f).toBeNull();
    }
  });

  it("are built without an eval devtool, in production and in development", async () => {
    const config = createRequire(join(ROOT, "package.json"))("./webpack.config.js") as (env: object, argv: object) => Promise<{ devtool?: unknown }>;
    for (const mode of ["production", "development"]) {
      const { devtool } = await config({}, { mode });
      expect(String(devtool), mode).not.toMatch(/eval/);
    }
  });

  it("load no remote code but Office.js: the page's scripts are ours, the bundles fetch nothing absolute", () => {
    const html = read(join(DIST, "taskpane.html"));
    const srcs = [...html.matchAll(/<script\b[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!);
    expect(srcs.filter((s) => /^[a-z]+:|^\/\//i.test(s))).toEqual([OFFICE_JS_URL]);
    const links = [...html.matchAll(/<link\b[^>]*\shref=["']?([^"'\s>]+)/g)].map((m) => m[1]!);
    expect(links.filter((s) => /^[a-z]+:|^\/\//i.test(s))).toEqual([]);
    // Absolute URLs in the bundles are names, never fetched: XML namespaces, our binding-record
    // and imported-data namespaces (custom XML parts), React's error-decoder link in its messages;
    // the import's on-demand xlsx reader also names the Strict OOXML namespaces (purl.oclc.org/ooxml).
    const allowed = [
      /^http:\/\/www\.w3\.org\//,
      /^https:\/\/capcycle\.app\/(bindings|imported)\//,
      /^https:\/\/reactjs\.org\/docs\/error-decoder\.html/,
      /^http:\/\/schemas\.openxmlformats\.org\//,
      /^http:\/\/purl\.oclc\.org\/ooxml\//,
    ];
    for (const f of bundles()) {
      const urls = [...read(join(DIST, f)).matchAll(/\bhttps?:\/\/[^\s"'`)\\]+/g)].map((m) => m[0]);
      expect(urls.filter((u) => !allowed.some((a) => a.test(u))), f).toEqual([]);
    }
  });
});
