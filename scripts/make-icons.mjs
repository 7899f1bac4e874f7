// Draws the CapCycle icons (assets/icon-{16,32,64,80}.png) with no image library: the
// shapes are sampled 4×4 per pixel for anti-aliasing and written as RGBA PNGs with zlib.
// The PNGs are committed; run `node scripts/make-icons.mjs` only to change the design.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 4;

// Design on a unit square: a blue rounded tile, three rising white columns (capex), and an
// amber line across them (the capex/D&A ratio), the product's signature chart.
const TILE = [15, 108, 189]; // Office blue #0F6CBD
const COLUMN = [255, 255, 255];
const LINE = [255, 185, 0];
const COLUMNS = [
  { x0: 0.2, x1: 0.34, top: 0.58 },
  { x0: 0.43, x1: 0.57, top: 0.42 },
  { x0: 0.66, x1: 0.8, top: 0.26 },
];
const BASELINE = 0.8;
const LINE_POINTS = [
  [0.16, 0.5],
  [0.5, 0.3],
  [0.84, 0.36],
];
const LINE_HALF_WIDTH = 0.045;

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point of the unit square, or null outside the tile. */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y, 0.18)) return null;
  for (let i = 1; i < LINE_POINTS.length; i++) {
    if (distanceToSegment(x, y, LINE_POINTS[i - 1], LINE_POINTS[i]) <= LINE_HALF_WIDTH) return LINE;
  }
  for (const c of COLUMNS) {
    if (x >= c.x0 && x <= c.x1 && y >= c.top && y <= BASELINE) return COLUMN;
  }
  return TILE;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        // Colour averaged over covered samples (straight alpha), coverage as alpha.
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
        rgba[o + 3] = Math.round((255 * covered) / (n * n));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
