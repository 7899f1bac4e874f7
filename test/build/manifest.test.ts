/**
 * The add-in manifest's structure, beyond what the XSD checks (`npm run validate`): every
 * resource id resolves to a resource of the right kind, the shared runtime is one page named
 * the same everywhere, URLs are https, Chinese overrides exist, the icons are real PNGs of the
 * declared sizes, and the production URL rewrite leaves no dev URL behind.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DEV_BASE_URL, publicBaseUrl, rewriteBaseUrl } from "../../scripts/public-url.cjs";
import { at } from "../support/at";

const root = join(__dirname, "..", "..");
const manifestText = readFileSync(join(root, "manifest.xml"), "utf8");

type XmlNode = { [key: string]: XmlValue };
type XmlValue = XmlNode | XmlNode[] | string | number | boolean;

function parse(text: string): XmlNode {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseAttributeValue: false, parseTagValue: false }).parse(text) as XmlNode;
}

const manifest = parse(manifestText);
const app = manifest.OfficeApp as XmlNode;

function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === "object" ? v : { "#text": v }));
}

function child(node: XmlNode, ...path: string[]): XmlNode {
  let current = node;
  for (const name of path) {
    const [only, ...more] = children(current, name);
    if (only === undefined || more.length > 0) {
      throw new Error(`expected one <${name}> under the path ${path.join("/")}, found ${more.length + (only ? 1 : 0)}`);
    }
    current = only;
  }
  return current;
}

/** Every element in document order, with its tag name. */
function* walk(node: XmlNode, name = ""): Generator<{ name: string; node: XmlNode }> {
  yield { name, node };
  for (const key of Object.keys(node)) {
    if (key.startsWith("@_") || key === "#text") continue;
    for (const item of children(node, key)) yield* walk(item, key);
  }
}

function attr(node: XmlNode, name: string): string {
  const value = node[`@_${name}`];
  if (typeof value !== "string") throw new Error(`missing attribute ${name}`);
  return value;
}

const resources = child(app, "VersionOverrides", "Resources");
const host = child(app, "VersionOverrides", "Hosts", "Host");
const resourceKinds = {
  image: children(child(resources, "bt:Images"), "bt:Image"),
  url: children(child(resources, "bt:Urls"), "bt:Url"),
  short: children(child(resources, "bt:ShortStrings"), "bt:String"),
  long: children(child(resources, "bt:LongStrings"), "bt:String"),
};
type Kind = keyof typeof resourceKinds;

function resource(id: string): { kind: Kind; node: XmlNode } | undefined {
  for (const [kind, nodes] of Object.entries(resourceKinds) as [Kind, XmlNode[]][]) {
    const node = nodes.find((n) => attr(n, "id") === id);
    if (node) return { kind, node };
  }
  return undefined;
}

/** Which kind of resource an element with a resid must point at (Office's resource types). */
const KIND_BY_ELEMENT: Record<string, Kind> = {
  "bt:Image": "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Runtime: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

/** Every URL-valued attribute (DefaultValue or Value of a scheme://... form). */
function urlsIn(node: XmlNode): string[] {
  return [...walk(node)].flatMap(({ node: n }) =>
    [n["@_DefaultValue"], n["@_Value"]].filter((v): v is string => typeof v === "string" && /^[a-z]+:\/\//i.test(v)),
  );
}

const references = [...walk(app)].filter(({ node }) => typeof node["@_resid"] === "string");
const CJK = /[\u3400-\u9fff]/;

describe("manifest.xml: resources", () => {
  it("is well-formed XML with a fixed GUID id and the package's version", () => {
    expect(XMLValidator.validate(manifestText)).toBe(true);
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(app.Version).toBe(`${version}.0`);
  });

  it("resolves every resid to a resource of the kind its element needs", () => {
    expect(references.length).toBeGreaterThan(20);
    for (const { name, node } of references) {
      const id = attr(node, "resid");
      const found = resource(id);
      expect(found, `<${name} resid="${id}"> has no resource`).toBeDefined();
      expect(KIND_BY_ELEMENT[name], `<${name}> is not a known resid element`).toBeDefined();
      expect(found?.kind, `<${name} resid="${id}">`).toBe(KIND_BY_ELEMENT[name]);
    }
  });

  it("defines each resource once and uses every one", () => {
    const ids = Object.values(resourceKinds).flat().map((n) => attr(n, "id"));
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(references.map(({ node }) => attr(node, "resid")));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe("manifest.xml: one shared runtime", () => {
  const runtimes = children(child(host, "Runtimes"), "Runtime");
  const customFunctions = child(host, "AllFormFactors", "ExtensionPoint");
  const desktop = child(host, "DesktopFormFactor");
  const group = child(desktop, "ExtensionPoint", "OfficeTab", "Group");
  const controls = children(group, "Control");
  const actionOf = (control: XmlNode) => child(control, "Action");

  it("declares one long-lived runtime", () => {
    expect(runtimes).toHaveLength(1);
    expect(attr(at(runtimes, 0), "lifetime")).toBe("long");
  });

  it("names the runtime page with the same resid everywhere", () => {
    const runtime = attr(at(runtimes, 0), "resid");
    expect(attr(child(customFunctions, "Page", "SourceLocation"), "resid")).toBe(runtime);
    expect(attr(child(desktop, "FunctionFile"), "resid")).toBe(runtime);
    const showTaskpane = controls.map(actionOf).filter((a) => attr(a, "xsi:type") === "ShowTaskpane");
    expect(showTaskpane).toHaveLength(1);
    expect(attr(child(at(showTaskpane, 0), "SourceLocation"), "resid")).toBe(runtime);
    // ...and that resource is the page the add-in opens by default.
    const page = attr(resource(runtime)!.node, "DefaultValue");
    expect(page).toBe(`${DEV_BASE_URL}/taskpane.html`);
    expect(attr(child(app, "DefaultSettings", "SourceLocation"), "DefaultValue")).toBe(page);
  });

  it("registers the CAPCYCLE functions from functions.js and functions.json", () => {
    expect(attr(customFunctions, "xsi:type")).toBe("CustomFunctions");
    const value = (node: XmlNode) => attr(resource(attr(node, "resid"))!.node, "DefaultValue");
    expect(value(child(customFunctions, "Namespace"))).toBe("CAPCYCLE");
    expect(value(child(customFunctions, "Script", "SourceLocation"))).toBe(`${DEV_BASE_URL}/functions.js`);
    expect(value(child(customFunctions, "Metadata", "SourceLocation"))).toBe(`${DEV_BASE_URL}/functions.json`);
  });

  it("puts Open CapCycle and Refresh charts in a CapCycle group on the Home tab", () => {
    expect(attr(child(desktop, "ExtensionPoint", "OfficeTab"), "id")).toBe("TabHome");
    const label = (node: XmlNode) => attr(resource(attr(child(node, "Label"), "resid"))!.node, "DefaultValue");
    expect(label(group)).toBe("CapCycle");
    expect(controls.map(label)).toEqual(["Open CapCycle", "Refresh charts"]);
    expect(controls.map((c) => attr(actionOf(c), "xsi:type"))).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    expect(actionOf(at(controls, 1)).FunctionName).toBe("refreshCharts");
  });

  it("names a ribbon function the commands entry associates", () => {
    const commands = readFileSync(join(root, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toContain('associate("refreshCharts"');
  });

  it("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.3 (error values as inputs)", () => {
    const sets = children(child(app, "Requirements", "Sets"), "Set");
    const version = (name: string) => sets.find((s) => attr(s, "Name") === name)?.["@_MinVersion"];
    expect(version("SharedRuntime")).toBe("1.1");
    expect(version("CustomFunctionsRuntime")).toBe("1.3");
    expect(app.Permissions).toBe("ReadWriteDocument");
  });
});

describe("manifest.xml: URLs and icons", () => {
  it("uses https for every URL, on the dev server's port", () => {
    expect(urlsIn(app).length).toBeGreaterThan(8);
    for (const url of urlsIn(app)) expect(url.startsWith(`${DEV_BASE_URL}/`), url).toBe(true);
    const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { config: { dev_server_port: number } };
    expect(DEV_BASE_URL).toBe(`https://localhost:${packageJson.config.dev_server_port}`);
  });

  it("points every icon at a PNG in assets/ of the size it declares", () => {
    const declared: [string, number][] = [
      [attr(child(app, "IconUrl"), "DefaultValue"), 32],
      [attr(child(app, "HighResolutionIconUrl"), "DefaultValue"), 64],
      ...resourceKinds.image.map((n): [string, number] => [attr(n, "DefaultValue"), Number(attr(n, "id").match(/(\d+)x\1$/)?.[1])]),
    ];
    for (const [url, size] of declared) {
      const file = join(root, url.slice(DEV_BASE_URL.length + 1));
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([size, size]);
    }
  });
});

describe("manifest.xml: zh-CN", () => {
  const zhOverride = (node: XmlNode, tag: string) => children(node, tag).find((o) => attr(o, "Locale") === "zh-CN");

  it("translates the name and description", () => {
    for (const name of ["DisplayName", "Description"]) {
      const override = zhOverride(child(app, name), "Override");
      expect(override, name).toBeDefined();
      expect(attr(override!, "Value")).toMatch(CJK);
    }
  });

  it("translates every ribbon string", () => {
    for (const node of [...resourceKinds.short, ...resourceKinds.long]) {
      const id = attr(node, "id");
      if (id === "Functions.Namespace") continue; // the namespace is typed in formulas: never translated
      const override = zhOverride(node, "bt:Override");
      expect(override, id).toBeDefined();
      expect(attr(override!, "Value"), id).toMatch(CJK);
    }
  });

  it("points Chinese Excel at the zh-CN function metadata", () => {
    const metadata = resourceKinds.url.find((n) => attr(n, "id") === "Functions.Metadata.Url")!;
    expect(attr(zhOverride(metadata, "bt:Override")!, "Value")).toBe(`${DEV_BASE_URL}/functions.zh-CN.json`);
  });
});

describe("production URL rewrite (scripts/public-url.cjs)", () => {
  it("keeps the dev server when CAPCYCLE_PUBLIC_URL is unset or blank", () => {
    expect(publicBaseUrl(undefined)).toBe(DEV_BASE_URL);
    expect(publicBaseUrl("  ")).toBe(DEV_BASE_URL);
  });

  it("normalises the public URL and refuses what Office cannot load", () => {
    expect(publicBaseUrl("https://addins.example.com/capcycle/")).toBe("https://addins.example.com/capcycle");
    expect(publicBaseUrl(" https://Addins.Example.com ")).toBe("https://addins.example.com");
    expect(() => publicBaseUrl("http://addins.example.com")).toThrow(/https/);
    expect(() => publicBaseUrl("addins.example.com")).toThrow(/not a URL/);
    expect(() => publicBaseUrl("https://addins.example.com/?v=1")).toThrow(/plain base URL/);
  });

  it("replaces every occurrence of the dev base in the manifest, not only the first", () => {
    const base = "https://addins.example.com/capcycle";
    const occurrences = manifestText.split(DEV_BASE_URL).length - 1;
    expect(occurrences).toBeGreaterThan(8);
    const rewritten = rewriteBaseUrl(manifestText, base);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten.split(base).length - 1).toBe(occurrences);
    // Still the same manifest, with every URL moved.
    expect(XMLValidator.validate(rewritten)).toBe(true);
    const moved = urlsIn(parse(rewritten).OfficeApp as XmlNode);
    expect(moved).toHaveLength(urlsIn(app).length);
    for (const url of moved) expect(url.startsWith(`${base}/`), url).toBe(true);
  });

  it("rewrites only the dev origin itself, wherever it ends", () => {
    const base = "https://a.example";
    expect(rewriteBaseUrl('"https://localhost:3000" https://localhost:3000/x', base)).toBe('"https://a.example" https://a.example/x');
    expect(rewriteBaseUrl("https://localhost:30001/x https://localhost:3000.example.org/", base)).toBe(
      "https://localhost:30001/x https://localhost:3000.example.org/",
    );
    expect(rewriteBaseUrl("<a/>", base)).toBe("<a/>");
  });
});
