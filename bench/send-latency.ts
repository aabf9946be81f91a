/**
 * Send latency on a warm link: popup send → the phone's bridge call, over ≥ 200 sends,
 * beside the raw data-channel round trip measured in the same run.
 * Run: npm run build && npm run bench:send
 */

import { setGuardLimits } from '../e2e/support/guard-limits';
import { assertSamples, iterations, smoke } from './bench-mode';
import { startLocalStack } from './local-stack';
import { rawRoundTrips } from './raw-channel';
import { percentile, summary } from './stats';

const SENDS = iterations('SENDS', 200, 5);
const WARMUP = smoke ? 1 : 20;
const PAUSE_MS = 50;

const stack = await startLocalStack();
try {
  // The phone's guards (30 texts per 10 minutes by default) are not what this measures.
  await setGuardLimits(stack.phone, 5000, 5000);
  const timings = await stack.popup.evaluate(
    async ({ total, PAUSE_MS }) => {
      const popup = document.querySelector('pt-popup')!;
      const compose = popup.shadowRoot!.querySelector('pt-compose') as unknown as {
        to: string;
        body: string;
        send(): Promise<{ ok: true; message: { msgId: string } } | { ok: false; error: string }>;
      };
      const outbox = popup.shadowRoot!.querySelector('pt-outbox')!.shadowRoot!;
      // Watching the popup's own list (not polling IndexedDB, which would compete with the sends).
      const shown = (id: string, state: string) =>
        new Promise<void>((resolve, reject) => {
          const check = () => {
            const item = outbox.querySelector(`[data-msg-id="${id}"]`);
            const now = item?.getAttribute('data-state');
            if (now === 'failed') reject(new Error('send failed'));
            if (now !== state) return false;
            observer.disconnect();
            resolve();
            return true;
          };
          const observer = new MutationObserver(check);
          if (!check()) observer.observe(outbox, { subtree: true, childList: true, attributes: true });
        });
      const out: { msgId: string; t0: number; storedAfter: number; sentAfter: number }[] = [];
      for (let i = 0; i < total; i++) {
        compose.to = '+447911123456';
        compose.body = `Bench message ${i}`;
        const t0 = performance.timeOrigin + performance.now();
        const start = performance.now();
        const result = await compose.send();
        const storedAfter = performance.now() - start;
        if (!result.ok) throw new Error(result.error);
        await shown(result.message.msgId, 'delivered');
        out.push({ msgId: result.message.msgId, t0, storedAfter, sentAfter: performance.now() - start });
        // A person does not send twice in the same millisecond: let the last one's follow-up work end.
        await new Promise((r) => setTimeout(r, PAUSE_MS));
      }
      return out;
    },
    { total: SENDS + WARMUP, PAUSE_MS },
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

  assertSamples('send → bridge', toBridge, SENDS);
  const raw = await rawRoundTrips(stack.extension, stack.phoneBrowser, SENDS);
  assertSamples('raw round trip', raw, SENDS);
  const rawP50 = percentile(raw, 50);
  console.log(summary('raw data-channel round trip (baseline)', raw));
  console.log(
    summary(
      'popup send → stored in outbox',
      measured.map((t) => t.storedAfter),
    ),
  );
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
