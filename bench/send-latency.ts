/**
 * Send latency on a warm link: popup send → the phone's bridge call, over ≥ 200 sends,
 * beside the raw data-channel round trip measured in the same run.
 * Run: npm run build && npm run bench:send
 */

import { startLocalStack } from './local-stack';
import { rawRoundTrips } from './raw-channel';
import { percentile, summary } from './stats';

const SENDS = Number(process.env.SENDS ?? 200);
const WARMUP = 20;

const stack = await startLocalStack();
try {
  const timings = await stack.popup.evaluate(
    async ({ total }) => {
      const popup = document.querySelector('pt-popup')!;
      const compose = popup.shadowRoot!.querySelector('pt-compose') as unknown as {
        to: string;
        body: string;
        send(): Promise<{ ok: true; message: { msgId: string } } | { ok: false; error: string }>;
      };
      const open = indexedDB.open('peertext');
      const idb: IDBDatabase = await new Promise((r) => {
        open.onsuccess = () => r(open.result);
      });
      const stateOf = (id: string) =>
        new Promise<string | undefined>((r) => {
          const req = idb.transaction('outbox').objectStore('outbox').get(id);
          req.onsuccess = () => r(req.result?.state);
        });
      const out: { msgId: string; t0: number; sentAfter: number }[] = [];
      for (let i = 0; i < total; i++) {
        compose.to = '+447911123456';
        compose.body = `Bench message ${i}`;
        const t0 = performance.timeOrigin + performance.now();
        const start = performance.now();
        const result = await compose.send();
        if (!result.ok) throw new Error(result.error);
        for (;;) {
          const state = await stateOf(result.message.msgId);
          if (state === 'delivered') break;
          if (state === 'failed') throw new Error('send failed');
          await new Promise((r) => setTimeout(r, 1));
        }
        out.push({ msgId: result.message.msgId, t0, sentAfter: performance.now() - start });
      }
      return out;
    },
    { total: SENDS + WARMUP },
  );
  const sends: { id: string; at: number }[] = await stack.phone.evaluate(() =>
    JSON.parse(localStorage.getItem('bridge-double-sends') ?? '[]'),
  );
  const at = new Map(sends.map((s) => [s.id, s.at]));
  const measured = timings.slice(WARMUP);
  const toBridge = measured.map((t) => at.get(t.msgId)! - t.t0);
  const toDelivered = measured.map((t) => t.sentAfter);
  if (sends.length !== SENDS + WARMUP)
    throw new Error(`bridge saw ${sends.length} sends, expected ${SENDS + WARMUP}`);

  const raw = await rawRoundTrips(stack.extension, stack.phoneBrowser, SENDS);
  const rawP50 = percentile(raw, 50);
  console.log(summary('raw data-channel round trip (baseline)', raw));
  console.log(summary('popup send → bridge send call', toBridge));
  console.log(summary('popup send → popup sees delivered', toDelivered));
  console.log(`ratio p50 send→bridge / raw round trip: ${(percentile(toBridge, 50) / rawP50).toFixed(2)}`);
  console.log(
    `ratio p50 send→delivered seen / raw round trip: ${(percentile(toDelivered, 50) / rawP50).toFixed(2)}`,
  );
  console.log(`every one of ${sends.length} sends reached the bridge exactly once`);
} finally {
  await stack.close();
}
