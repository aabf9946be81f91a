/**
 * Initial sync: 100,000 texts in the phone's store reach the extension's store over the real link,
 * beside a local Dexie `bulkPut` of the same rows in the extension's page (the floor), in the same
 * run, and beside bare IndexedDB puts (what this machine's storage can do at all). Then the popup's
 * first render with all of them stored: the list as last seen (painted from its cache,
 * conversation-cache.ts), then the live list from IndexedDB.
 * Run: npm run build && npm run bench:sync
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { iterations, smoke } from './bench-mode';
import { allowEvaluatedNames, PWA_ORIGIN, startLocalStack } from './local-stack';

const COUNT = iterations('COUNT', 100_000, 2_000);
const THREADS = smoke ? 50 : 500;
const POPUP_OPENS = smoke ? 1 : 5;
const dexieSource = readFileSync(
  fileURLToPath(new URL('../node_modules/dexie/dist/dexie.js', import.meta.url)),
  'utf8',
);

/** The phone's store as a long-used phone has it: `COUNT` texts over `THREADS` conversations. */
function rows(count: number) {
  const start = Date.now() - count * 60_000;
  return Array.from({ length: count }, (_, i) => ({
    id: `inbox:${i + 1}`,
    address: `+4479111${String(i % THREADS).padStart(5, '0')}`,
    direction: i % 3 === 0 ? 'out' : 'in',
    body: `Text number ${i + 1}: ${'see you at the usual place '.slice(0, 10 + (i % 60))}`,
    date: start + i * 60_000,
    ...(i % 3 === 0 ? { state: 'delivered' } : { read: true }),
  }));
}

/** Straight into the PWA's IndexedDB, messages and the change log alike, as its import would leave them. */
async function seedPhone(phone: Page): Promise<void> {
  await phone.goto(`${PWA_ORIGIN}/`);
  await phone.locator('pt-phone-app').waitFor();
  await phone.evaluate(dexieSource);
  await allowEvaluatedNames(phone);
  await phone.evaluate(async (messages) => {
    const { Dexie } = globalThis as unknown as { Dexie: typeof import('dexie').Dexie };
    const db = new Dexie('peertext-phone');
    await db.open();
    await db.table('messages').bulkPut(messages);
    await db.table('changes').bulkAdd(messages.map((message, i) => ({ seq: i + 1, op: 'put', message })));
    db.close();
  }, rows(COUNT));
}

interface Render {
  start: number;
  frame: number;
  /** The list first shows conversations: the cached ones when there is a cache. */
  shown: number;
  /** The live query's list replaced it. */
  live: number;
}

/** Opens the popup and reads its user timing marks: script start, first frame, list shown, live list. */
async function openPopup(extension: BrowserContext, extensionId: string): Promise<Render> {
  const popup = await extension.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await allowEvaluatedNames(popup);
  const render = await popup.evaluate(
    () =>
      new Promise<Render>((resolve) => {
        const look = () => {
          const mark = (name: string) => performance.getEntriesByName(`peertext:${name}`)[0]?.startTime;
          const [start, frame, shown, live] = [
            mark('popup-start'),
            mark('popup-shown'),
            mark('conversations-shown'),
            mark('conversations-live'),
          ];
          if (shown && start && frame && live) resolve({ start, frame, shown, live });
          else setTimeout(look, 20);
        };
        look();
      }),
  );
  await popup.close();
  return render;
}

const stack = await startLocalStack(seedPhone);
try {
  // Both ends of the interval are the link's own clock: when it saw the phone authenticated (and sent
  // its pull), and when it applied the last change.
  const { linkUpAt, doneAt } = await stack.popup.evaluate(
    (count) =>
      new Promise<{ linkUpAt: number; doneAt: number }>((resolve) => {
        const look = () => {
          const open = indexedDB.open('peertext');
          open.onsuccess = () => {
            const tx = open.result.transaction(['cursors', 'kv']);
            const cursors = tx.objectStore('cursors').getAll();
            const link = tx.objectStore('kv').get('link');
            tx.oncomplete = () => {
              open.result.close();
              const done = (cursors.result as { seq: number; at: number }[]).find((c) => c.seq >= count);
              if (done) resolve({ linkUpAt: link.result.value.updatedAt, doneAt: done.at });
              else setTimeout(look, 100);
            };
          };
        };
        look();
      }),
    COUNT,
  );
  const syncMs = doneAt - linkUpAt;

  await stack.popup.evaluate(dexieSource);
  const floorMs = await stack.popup.evaluate(async (messages) => {
    const { Dexie } = globalThis as unknown as { Dexie: typeof import('dexie').Dexie };
    const db = new Dexie(`bench-floor-${Math.random()}`);
    db.version(1).stores({ messages: 'id, [address+date]' });
    const t = performance.now();
    await db.table('messages').bulkPut(messages);
    const ms = performance.now() - t;
    await db.delete();
    return ms;
  }, rows(COUNT));
  // What this machine's IndexedDB can do at all: bare puts, same rows and index, 20k per relaxed transaction.
  const rawMs = await stack.popup.evaluate(async (messages) => {
    const name = `bench-raw-${Math.random()}`;
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () =>
        open.result.createObjectStore('messages', { keyPath: 'id' }).createIndex('ad', ['address', 'date']);
      open.onsuccess = () => resolve(open.result);
    });
    const t = performance.now();
    for (let i = 0; i < messages.length; i += 20_000) {
      await new Promise((done) => {
        const tx = db.transaction('messages', 'readwrite', { durability: 'relaxed' });
        for (const row of messages.slice(i, i + 20_000)) tx.objectStore('messages').put(row);
        tx.oncomplete = done;
      });
    }
    const ms = performance.now() - t;
    db.close();
    indexedDB.deleteDatabase(name);
    return ms;
  }, rows(COUNT));

  // Popups opened one after another with everything stored, as a person opens it again and again:
  // the first pays for compiling the popup's code, later ones use the browser's code cache.
  const renders: Render[] = [];
  for (let i = 0; i < POPUP_OPENS; i++) renders.push(await openPopup(stack.extension, stack.extensionId));

  console.log(`messages: ${COUNT} in ${THREADS} conversations`);
  console.log(`initial sync, link up → all applied: ${syncMs} ms (goal ≤ 5000)`);
  console.log(`local Dexie bulkPut of the same rows: ${floorMs.toFixed(0)} ms`);
  console.log(`bare IndexedDB puts of the same rows (20k per transaction): ${rawMs.toFixed(0)} ms`);
  console.log(`ratio sync / local floor: ${(syncMs / floorMs).toFixed(2)} (goal ≤ 2)`);
  console.log(`ratio sync / bare IndexedDB: ${(syncMs / rawMs).toFixed(2)}`);
  for (const [i, r] of renders.entries()) {
    console.log(
      `popup open ${i + 1} with ${COUNT} stored: conversations listed ${(r.shown - r.start).toFixed(0)} ms after its script started, ${r.shown.toFixed(0)} ms after navigation (goal ≤ 100); script start → first frame ${(r.frame - r.start).toFixed(0)} ms, frame → list ${(r.shown - r.frame).toFixed(0)} ms; live list ${r.live.toFixed(0)} ms after navigation`,
    );
  }
} finally {
  await stack.close();
}
