#!/usr/bin/env node
// Draws the app icons (a white speech bubble on the brand blue) and writes them as PNG files with
// Node's own zlib: no image library, so anyone can regenerate them. Run: node pwa/scripts/make-icons.mjs
// It writes the PWA's icons and the extension's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const OUT = new URL('../public/icons/', import.meta.url);
const BLUE = [36, 87, 197];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside a rounded rectangle centred at (cx, cy) with half sizes hw, hh and corner radius r. */
function inRoundedRect(x, y, cx, cy, hw, hh, r) {
  const dx = Math.max(Math.abs(x - cx) - (hw - r), 0);
  const dy = Math.max(Math.abs(y - cy) - (hh - r), 0);
  return dx * dx + dy * dy <= r * r;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by);
  const d2 = s(x, y, bx, by, cx, cy);
  const d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/**
 * The artwork in unit coordinates (0..1). `scale` shrinks the bubble towards the centre so a
 * maskable icon keeps it inside the safe zone; `fullBleed` fills the square for launchers that crop.
 */
function paint(x, y, { scale, fullBleed }) {
  const bg = fullBleed || inRoundedRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.22);
  if (!bg) return null;
  const u = 0.5 + (x - 0.5) / scale;
  const v = 0.5 + (y - 0.5) / scale;
  const bubble =
    inRoundedRect(u, v, 0.5, 0.45, 0.3, 0.22, 0.12) ||
    inTriangle(u, v, [0.3, 0.6], [0.46, 0.64], [0.26, 0.8]);
  if (!bubble) return BLUE;
  // Three dots: a message being typed.
  for (const dx of [-0.12, 0, 0.12]) {
    if ((u - 0.5 - dx) ** 2 + (v - 0.45) ** 2 <= 0.045 ** 2) return BLUE;
  }
  return WHITE;
}

function render(size, options) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = paint(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
            options,
          );
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a)], i);
      rgba[i + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return png(size, rgba);
}

const icons = [
  ['icon-192.png', 192, { scale: 1, fullBleed: false }],
  ['icon-512.png', 512, { scale: 1, fullBleed: false }],
  ['maskable-512.png', 512, { scale: 0.78, fullBleed: true }],
  ['apple-touch-icon.png', 180, { scale: 0.9, fullBleed: true }],
];
for (const [name, size, options] of icons) {
  writeFileSync(new URL(name, OUT), render(size, options));
  console.log(`wrote pwa/public/icons/${name}`);
}
// The extension's toolbar and store icons, where WXT finds them (public/icon/<size>.png).
const EXTENSION_OUT = new URL('../../extension/public/icon/', import.meta.url);
mkdirSync(EXTENSION_OUT, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`${size}.png`, EXTENSION_OUT), render(size, { scale: 1, fullBleed: false }));
  console.log(`wrote extension/public/icon/${size}.png`);
}
