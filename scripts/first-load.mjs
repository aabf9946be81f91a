// What each built page loads before its first paint: the script its HTML starts, the modules its
// HTML preloads, and every chunk those import statically, followed through the built chunks
// (their names carry hashes, so they are read from the output rather than written down).
// `.size-limit.mjs` measures these lists; `node scripts/first-load.mjs` prints them file by file.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each entry and its budget (first-load JavaScript, gzip, kB of 1000 bytes as size-limit counts).
 * `awaited`: chunks the entry's own script imports with a top-level `await import()` before it
 * renders anything (the popup does, to mark its start for bench/sync): part of the first paint too.
 */
export const ENTRIES = [
  { name: 'popup (Chrome)', page: '.output/chrome-mv3/popup.html', awaited: ['pt-popup'], limit: '60 kB' },
  { name: 'popup (Firefox)', page: '.output/firefox-mv2/popup.html', awaited: ['pt-popup'], limit: '60 kB' },
  // The full-tab view (entrypoints/tab) is the popup's elements laid out wide: the popup's budget.
  { name: 'tab view (Chrome)', page: '.output/chrome-mv3/tab.html', limit: '60 kB' },
  { name: 'tab view (Firefox)', page: '.output/firefox-mv2/tab.html', limit: '60 kB' },
  { name: 'phone app', page: 'dist/pwa/index.html', limit: '120 kB' },
  // Today's size and a small margin (2026-12-07: 66.2, 109.1 and 106.2 kB). The offscreen document
  // is the link and starts it at once (PeerJS, Dexie, the frames' checks); it paints nothing.
  // Firefox has no offscreen document: its background is the link, in one file like Chrome's.
  // Chrome's background names the sender of a text in its notification the person's way
  // (displayAddress: libphonenumber-js min, ~29 kB); a service worker cannot import() it later.
  { name: 'background (Chrome)', script: '.output/chrome-mv3/background.js', limit: '70 kB' },
  { name: 'offscreen (Chrome)', page: '.output/chrome-mv3/offscreen.html', limit: '115 kB' },
  { name: 'background (Firefox)', script: '.output/firefox-mv2/background.js', limit: '112 kB' },
];

/** The first-load files of one entry, as paths relative to the repository. */
export function firstLoadFiles(entry) {
  const start = [];
  let base;
  if (entry.page) {
    const page = join(root, entry.page);
    base = dirname(page);
    const html = readFileSync(page, 'utf8');
    for (const [, src] of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) start.push(src);
    for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
      start.push(href);
  } else {
    start.push(`/${entry.script.split('/').pop()}`);
    base = dirname(join(root, entry.script));
  }
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports and re-exports only (`import "./x.js"`, `from "./x.js"`); `import("./x.js")` is later.
    for (const [, spec] of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(join(dirname(file), spec));
    }
    for (const name of entry.awaited ?? []) {
      const pattern = new RegExp(`import\\(["'](\\.{1,2}\\/(?:[^"']*\\/)?${name}-[\\w-]+\\.js)["']\\)`, 'g');
      for (const [, spec] of code.matchAll(pattern)) visit(join(dirname(file), spec));
    }
  };
  for (const src of start) visit(join(base, src.replace(/^\//, '')));
  for (const name of entry.awaited ?? []) {
    if (![...seen].some((file) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(file))) {
      throw new Error(`${entry.name}: no awaited chunk named ${name}`);
    }
  }
  return [...seen].map((file) => relative(root, file));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of ENTRIES) {
    const files = firstLoadFiles(entry).map((file) => [
      file,
      gzipSync(readFileSync(join(root, file)), { level: 9 }).length,
    ]);
    const total = files.reduce((sum, [, size]) => sum + size, 0);
    console.log(`${entry.name}: ${(total / 1000).toFixed(1)} kB gzip (budget ${entry.limit})`);
    for (const [file, size] of files.sort((a, b) => b[1] - a[1]))
      console.log(`  ${(size / 1000).toFixed(1).padStart(6)} kB  ${file}`);
  }
}
