/**
 * The bridge double's sending: durable dedupe of SMS ids, everything dispatched kept in localStorage
 * (so tests can assert "exactly once" across reloads), and the radio's sms-status results.
 */
import type { BridgeRequest } from '@core/bridge/bridge-contract';
import { estimateSegments } from '@core/sms/segment-estimate';
import { load, type PhoneStore } from './bridge-double-stores';

export interface DoubleSend {
  id: string;
  to: string;
  body: string;
  simId?: number;
  at: number;
}

type SendState = { state: 'dispatched' | 'sent' | 'delivered' | 'failed'; parts: number; reason?: string };

const SENDS_KEY = 'bridge-double-sends';
const STATES_KEY = 'bridge-double-states';
const PENDING_KEY = 'bridge-double-pending';
const CRASH_KEY = 'bridge-double-crash';

type RadioResult = {
  data: {
    id: string;
    part: number;
    parts: number;
    state: 'sent' | 'delivered' | 'failed';
    resultCode?: number;
    reason?: string;
  };
  at: number;
};

function sameResult(a: RadioResult, b: RadioResult): boolean {
  return (
    a.at === b.at && a.data.id === b.data.id && a.data.part === b.data.part && a.data.state === b.data.state
  );
}

/** The next load is after a crash: radio results still owed to texts that were only dispatched are lost. */
export function crashOnNextLoad(): void {
  localStorage.setItem(CRASH_KEY, '1');
}

/**
 * Replays the radio results still due from before this load, and returns what answers `send`.
 * `options`: which recipients fail, and when the radio reports sent and delivered.
 */
export function sendingRadio(
  options: { failNumbers?: string[]; sentDelayMs?: number; deliveredDelayMs?: number },
  post: (message: unknown) => void,
  result: (id: string, value: unknown) => void,
  store: PhoneStore,
) {
  const states = load<Record<string, SendState>>(STATES_KEY, {});

  const setState = (id: string, next: SendState) => {
    states[id] = next;
    localStorage.setItem(STATES_KEY, JSON.stringify(states));
  };

  const send = (request: Extract<BridgeRequest, { type: 'send' }>, receivedAt: number) => {
    const { id, to, body, simId } = request.payload;
    const known = states[id];
    if (known) return result(request.id, { id, ...known, duplicate: true });
    const parts = Math.max(1, estimateSegments(body).segments);
    // Recorded before the "radio" is touched, as the native side does.
    setState(id, { state: 'dispatched', parts });
    const sends = load<DoubleSend[]>(SENDS_KEY, []);
    sends.push({
      id,
      to,
      body,
      ...(simId === undefined ? {} : { simId }),
      at: receivedAt,
    });
    localStorage.setItem(SENDS_KEY, JSON.stringify(sends));
    result(request.id, { id, state: 'dispatched', parts, duplicate: false });
    const fails = options.failNumbers?.includes(to) ?? false;
    // Android writes a text a non-default app sent to the sent box (a failed one elsewhere).
    if (!fails) store.write({ box: 'sent', address: to, body, date: Date.now(), read: true });
    for (let part = 0; part < parts; part++) {
      radio(
        fails
          ? { id, part, parts, state: 'failed', resultCode: 4, reason: 'No service' }
          : { id, part, parts, state: 'sent' },
        options.sentDelayMs ?? 5,
      );
      if (!fails) radio({ id, part, parts, state: 'delivered' }, options.deliveredDelayMs ?? 40);
    }
  };

  // Radio results come from the system, not the page: like the wrapper's, they outlive a page reload
  // (kept here with their due time). A crash (`bridgeDoubleCrash`) is the one case where the radio
  // never reports: texts still `dispatched` then stay so, which is what makes the page say `unknown`.
  const fire = (due: RadioResult) => {
    const pending = load<RadioResult[]>(PENDING_KEY, []).filter((r) => !sameResult(r, due));
    localStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    const { id, parts, state, reason } = due.data;
    const current = states[id];
    if (state === 'failed') setState(id, { state: 'failed', parts, ...(reason ? { reason } : {}) });
    else if (current?.state !== 'failed' && current?.state !== 'delivered') setState(id, { state, parts });
    post({ type: 'event', event: 'sms-status', data: due.data });
  };
  const radio = (data: RadioResult['data'], delayMs: number) => {
    const due = { data, at: Date.now() + delayMs };
    localStorage.setItem(PENDING_KEY, JSON.stringify([...load<RadioResult[]>(PENDING_KEY, []), due]));
    setTimeout(() => fire(due), delayMs);
  };
  let pending = load<RadioResult[]>(PENDING_KEY, []);
  if (localStorage.getItem(CRASH_KEY)) {
    localStorage.removeItem(CRASH_KEY);
    pending = pending.filter((r) => states[r.data.id]?.state !== 'dispatched');
    localStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  }
  for (const due of pending.sort((a, b) => a.at - b.at)) {
    setTimeout(() => fire(due), Math.max(0, due.at - Date.now()));
  }

  return send;
}
