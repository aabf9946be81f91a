import type { Page } from '@playwright/test';
import { type RunningSignaling, startSignaling } from '../../signaling/start-signaling';
import { bridgeSends, expect, pair, test } from '../support/fixtures';
import { setGuardLimits } from '../support/guard-limits';
import { trackDataChannels } from './track-data-channels';

/**
 * 1,000 sends from the popup while the link is broken at random moments in every way we know of.
 * The signaling server runs inside this test (see playwright.faults.config.ts) so it can be restarted.
 */
const SENDS = Number(process.env.FAULT_SENDS ?? 1000);
const SEED = Number(process.env.FAULT_SEED ?? Date.now() % 100_000);
const RECIPIENTS = ['+447911123456', '+447911123789', '+447911123790'];
const FAULTS = [
  'drop-channel',
  'reload-phone',
  'crash-phone',
  'close-link-document',
  'restart-signaling',
] as const;
type Fault = (typeof FAULTS)[number];

/** A small seeded generator (mulberry32): a failing run can be replayed with FAULT_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Radio results take as long as a real network's do, so a crash can land between dispatch and result.
test.use({ bridgeOptions: { sentDelayMs: 400, deliveredDelayMs: 1500 } });

let signaling: RunningSignaling;
const startServer = () => startSignaling({ port: 8787, host: '0.0.0.0' });

test.beforeAll(async () => {
  signaling = await startServer();
});
test.afterAll(async () => {
  await signaling.close();
});

type Row = { key: string; state?: string; direction?: string };

/** Every row of one store of a page's IndexedDB, reduced to what the two sides must agree on. */
function rows(page: Page, database: string, store: string, key: string): Promise<Row[]> {
  return page.evaluate(
    ([name, table, keyPath]) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open(name!);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(table!).objectStore(table!).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(
              (all.result as Record<string, string>[]).map((r) => ({
                key: r[keyPath!]!,
                state: r['state'],
                direction: r['direction'],
              })),
            );
          };
        };
      }),
    [database, store, key],
  );
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const byKey = (a: Row, b: Row) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

test('1,000 sends through dropped channels, phone reloads and crashes, a closed link document and a restarted server: each SMS once, every message settled, both stores agree', async ({
  popup,
  phone,
  phoneContext,
  serviceWorker,
}) => {
  test.setTimeout(30 * 60_000);
  await phoneContext.addInitScript(trackDataChannels);
  await pair(popup, phone);
  // Limits high enough for a test run: the guards are not what is under test here.
  await setGuardLimits(phone, 5000, 5000);

  const next = random(SEED);
  const injected: Record<Fault, number> = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<
    Fault,
    number
  >;
  const recoveries: Promise<void>[] = [];
  const started = Date.now();

  const inject = async (fault: Fault) => {
    injected[fault] += 1;
    switch (fault) {
      case 'drop-channel':
        await phone.evaluate(() =>
          (globalThis as unknown as { dropDataChannels(): number }).dropDataChannels(),
        );
        return;
      case 'reload-phone':
        await phone.reload({ waitUntil: 'commit' });
        return;
      case 'crash-phone':
        await phone.evaluate(() =>
          (globalThis as unknown as { bridgeDoubleCrash(): void }).bridgeDoubleCrash(),
        );
        await phone.reload({ waitUntil: 'commit' });
        return;
      case 'close-link-document':
        // Closed under the running link; a person opening the popup again brings it back.
        await serviceWorker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
        await popup.reload();
        await popup.locator('pt-popup').waitFor();
        return;
      case 'restart-signaling': {
        const old = signaling;
        await old.close();
        const downMs = Math.floor(next() * 3000);
        recoveries.push(
          new Promise<void>((resolve) => setTimeout(resolve, downMs)).then(async () => {
            signaling = await startServer();
          }),
        );
        await recoveries.at(-1);
        return;
      }
    }
  };

  const composed: string[] = [];
  for (let i = 0; i < SENDS; i++) {
    // Sent from the popup's own compose element: stored in the outbox, then the link is nudged.
    const result = await popup.evaluate(
      async ([to, body]) => {
        const compose = document
          .querySelector('pt-popup')
          ?.shadowRoot?.querySelector('pt-compose') as unknown as
          | {
              to: string;
              body: string;
              send(): Promise<{ ok: true; message: { msgId: string } } | { ok: false; error: string }>;
            }
          | undefined;
        if (!compose) return { ok: false as const, error: 'no compose element yet' };
        compose.to = to!;
        compose.body = body!;
        return compose.send();
      },
      [RECIPIENTS[i % RECIPIENTS.length]!, `Fault run text ${i + 1} of ${SENDS}`],
    );
    if (!result.ok) {
      // The popup was reloading: the person types it again.
      i -= 1;
      await popup.locator('pt-popup').waitFor();
      continue;
    }
    composed.push(result.message.msgId);
    if (next() < 1 / 25) await inject(FAULTS[Math.floor(next() * FAULTS.length)]!);
    await new Promise((r) => setTimeout(r, Math.floor(next() * 40)));
  }
  await Promise.all(recoveries);
  const sentAll = Date.now();

  // Every message settles: a terminal state, with no resend; the person needs nothing but patience.
  await expect
    .poll(
      async () =>
        (await rows(popup, 'peertext', 'outbox', 'msgId')).filter(
          (r) => !['delivered', 'failed', 'unknown', 'handed-off'].includes(r.state!),
        ).length,
      { timeout: 10 * 60_000, intervals: [1000] },
    )
    .toBe(0);
  const settled = Date.now();

  const outbox = await rows(popup, 'peertext', 'outbox', 'msgId');
  const sends = await bridgeSends(phone);
  const perId = countBy(sends, (s) => s.id);
  const doubled = Object.entries(perId).filter(([, n]) => n > 1);
  const radio: Record<string, { state: string }> = await phone.evaluate(() =>
    JSON.parse(localStorage.getItem('bridge-double-states') ?? '{}'),
  );

  // Both stores agree: the phone's requests and the computer's outbox; the phone's messages and
  // the computer's synced copy (which catches up on its own after the last fault).
  const requests = (await rows(phone, 'peertext-phone', 'requests', 'msgId')).sort(byKey);
  await expect
    .poll(
      async () => {
        const [theirs, ours] = await Promise.all([
          rows(phone, 'peertext-phone', 'messages', 'id'),
          rows(popup, 'peertext', 'messages', 'id'),
        ]);
        return JSON.stringify(ours.sort(byKey)) === JSON.stringify(theirs.sort(byKey));
      },
      { timeout: 60_000, intervals: [1000] },
    )
    .toBe(true);
  const synced = await rows(popup, 'peertext', 'messages', 'id');

  const states = countBy(outbox, (r) => r.state!);
  console.log(
    [
      `fault run: seed ${SEED}, ${SENDS} sends in ${((sentAll - started) / 1000).toFixed(0)} s, all settled ${((settled - sentAll) / 1000).toFixed(0)} s later`,
      `faults injected: ${FAULTS.map((f) => `${f} ${injected[f]}`).join(', ')}`,
      `outbox states: ${JSON.stringify(states)}`,
      `bridge double: ${sends.length} send calls for ${Object.keys(perId).length} ids, ${doubled.length} ids twice or more`,
      `phone requests: ${requests.length}; synced messages: ${synced.length}`,
    ].join('\n'),
  );

  expect(composed).toHaveLength(SENDS);
  expect(outbox.map((r) => r.key).sort()).toEqual([...composed].sort());
  expect(doubled).toEqual([]);
  // Nothing failed: the numbers are valid and the limits high. Each message went to the radio once,
  // and `unknown` only where the phone died between the dispatch and the radio's answer.
  expect(states['failed'] ?? 0).toBe(0);
  expect(Object.keys(perId).sort()).toEqual([...composed].sort());
  for (const row of outbox) {
    if (row.state === 'unknown') expect(radio[row.key]?.state, row.key).toBe('dispatched');
    else expect(row.state, row.key).toBe('delivered');
  }
  expect(requests.map((r) => `${r.key}:${r.state}`)).toEqual(
    outbox.sort(byKey).map((r) => `${r.key}:${r.state}`),
  );
  expect(injected['drop-channel'] + injected['reload-phone'] + injected['crash-phone']).toBeGreaterThan(0);
});
