/**
 * Just enough XML for custom XML parts: Excel rejects a part that is not well-formed
 * (InvalidArgument) and files it under its root element's namespace. No DOM: the fake must
 * also run in a browser bundle and in node without DOMParser.
 */

const NAME = /^[A-Za-z_\u00C0-\uFFEF][\w.\-\u00B7\u00C0-\uFFEF]*(?::[A-Za-z_\u00C0-\uFFEF][\w.\-\u00B7\u00C0-\uFFEF]*)?$/;
const ATTRIBUTE = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

function validText(text: string): boolean {
  return !/[<]/.test(text) && !/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text);
}

function parseAttributes(body: string): Map<string, string> | null {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i]!)) i += 1;
    if (i >= body.length) break;
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(body);
    if (!m || !NAME.test(m[1]!) || out.has(m[1]!)) return null;
    const value = m[3] ?? m[4] ?? "";
    if (!validText(value)) return null;
    out.set(m[1]!, value);
    i = ATTRIBUTE.lastIndex;
    if (i < body.length && !/\s/.test(body[i]!)) return null;
  }
  return out;
}

/** The root element's namespace URI, or a reason the text is not well-formed XML. */
export function xmlRootNamespace(xml: unknown): { namespaceUri: string } | { problem: string } {
  if (typeof xml !== "string" || xml.trim() === "") return { problem: "The XML is empty." };
  const tokens = xml.replace(/^\uFEFF/, "").match(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<[^>]*>|[^<]+|</g) ?? [];
  const stack: string[] = [];
  let rootNamespace: string | null = null;
  let rootClosed = false;
  for (const token of tokens) {
    if (token.startsWith("<!--") || token.startsWith("<?")) continue;
    if (token.startsWith("<![CDATA[")) {
      if (stack.length === 0) return { problem: "Character data outside the root element." };
      continue;
    }
    if (token.startsWith("<!")) {
      if (rootNamespace !== null) return { problem: "A declaration inside the document." };
      continue;
    }
    if (!token.startsWith("<")) {
      if (stack.length === 0 && token.trim() !== "") return { problem: "Text outside the root element." };
      if (!validText(token)) return { problem: "An unescaped & or < in text." };
      continue;
    }
    if (!token.endsWith(">")) return { problem: "An unterminated tag." };
    if (token.startsWith("</")) {
      const name = token.slice(2, -1).trim();
      if (stack.pop() !== name) return { problem: `Mismatched closing tag </${name}>.` };
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    const selfClosing = token.endsWith("/>");
    const inner = token.slice(1, selfClosing ? -2 : -1);
    const nameMatch = /^[^\s/>]+/.exec(inner);
    const name = nameMatch?.[0] ?? "";
    if (!NAME.test(name)) return { problem: `Invalid element name "${name}".` };
    const attributes = parseAttributes(inner.slice(name.length));
    if (!attributes) return { problem: `Malformed attributes on <${name}>.` };
    if (stack.length === 0) {
      if (rootClosed) return { problem: "More than one root element." };
      const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : null;
      rootNamespace = (prefix ? attributes.get(`xmlns:${prefix}`) : attributes.get("xmlns")) ?? "";
    }
    if (selfClosing) {
      if (stack.length === 0) rootClosed = true;
    } else {
      stack.push(name);
    }
  }
  if (rootNamespace === null) return { problem: "There is no root element." };
  if (stack.length > 0) return { problem: `<${stack[stack.length - 1]}> is not closed.` };
  return { namespaceUri: rootNamespace };
}
