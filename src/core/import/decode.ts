/**
 * Bytes of a text file → text. Terminals on Chinese Windows write GB18030/GBK, others UTF-8
 * (with or without a byte-order mark); Excel's "Unicode text" is UTF-16.
 *
 * Order: a BOM decides; else strict UTF-8 (TextDecoder fatal: any invalid sequence throws, and
 * GBK text is almost never valid UTF-8 — a Chinese character in GBK is two bytes ≥ 0x81, which
 * UTF-8 reads as a lone continuation or a bad lead byte); else strict GB18030 (a superset of GBK
 * and GB2312). The WHATWG Encoding Standard every browser and Node (full ICU, the default
 * build since Node 13) implements includes gb18030, so no decoding library is needed; a file
 * that fits neither — or holds NUL bytes, i.e. is binary (an .xls, a zip) — is refused by name.
 */

export type Encoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export type Decoded = { readonly ok: true; readonly text: string; readonly encoding: Encoding } | { readonly ok: false; readonly reason: "binary" | "encoding" };

function strict(label: Encoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(input: Uint8Array | ArrayBuffer): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const t = strict("utf-16le", bytes);
    return t === null ? { ok: false, reason: "encoding" } : { ok: true, text: t, encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const t = strict("utf-16be", bytes);
    return t === null ? { ok: false, reason: "encoding" } : { ok: true, text: t, encoding: "utf-16be" };
  }
  // A NUL byte never occurs in UTF-8 or GB18030 text: this is a binary file (.xls, .zip, an image).
  if (bytes.includes(0)) return { ok: false, reason: "binary" };
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  const gb = strict("gb18030", bytes);
  if (gb !== null) return { ok: true, text: gb, encoding: "gb18030" };
  return { ok: false, reason: "encoding" };
}
