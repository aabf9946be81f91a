// Draws the launcher icon (a white speech bubble on a blue disc) as PNGs for each density.
// Run once with `node android/scripts/make-icons.mjs`; the PNGs are kept in android/res.
// Legacy PNG icons, not adaptive ones: adaptive icons need API 26 and the app starts at 23.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const RES = join(dirname(fileURLToPath(import.meta.url)), '..', 'res');
const SIZES = { mdpi: 48, hdpi: 72, xhdpi: 96, xxhdpi: 144, xxxhdpi: 192 };
const BLUE = [37, 99, 235];
const SAMPLES = 4;

/** Coverage of the shapes at a point in a 1x1 icon: 1 disc, 2 bubble. */
function shapeAt(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  if (dx * dx + dy * dy > 0.46 * 0.46) return 0;
  const inBody = roundedRect(x, y, 0.24, 0.28, 0.76, 0.64, 0.08);
  const inTail = triangle(x, y, [0.34, 0.6], [0.48, 0.6], [0.32, 0.76]);
  return inBody || inTail ? 2 : 1;
}

function roundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function triangle(x, y, a, b, c) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function pixels(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let disc = 0;
      let bubble = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shapeAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (s >= 1) disc++;
          if (s === 2) bubble++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const white = disc === 0 ? 0 : bubble / disc;
      const at = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[at + c] = Math.round(BLUE[c] + (255 - BLUE[c]) * white);
      row[at + 3] = Math.round((255 * disc) / n);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [density, size] of Object.entries(SIZES)) {
  const file = join(RES, `mipmap-${density}`, 'ic_launcher.png');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png(size));
  console.log(`${file} ${size}x${size}`);
}
