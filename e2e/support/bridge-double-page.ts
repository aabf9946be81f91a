/**
 * The Android native layer's stand-in, run inside the phone page (bundled into an init script).
 * It implements docs/bridge-contract.md exactly: handshake with a MessagePort posted to the page's
 * own origin, JSON-string requests validated with core's parser, results, sms-status and
 * sms-received events, durable dedupe of SMS ids, and the inbound queue: each sms-received is kept
 * (with its queueId) until the page acknowledges it with ackInbound, and every page load is handed
 * whatever was not acknowledged, as the wrapper does on each new port. Everything it dispatched is
 * kept in localStorage so tests can assert "exactly once" across reloads. It also keeps the phone's SMS
 * store as Android does: the system writes each send to the sent box, the SMS app writes each
 * received text to the inbox, and any change is announced with `inbox-changed`.
 */
import { BRIDGE_HANDSHAKE, type BridgeRequest, type SmsReceivedEvent } from '@core/bridge/bridge-contract';
import { parseBridgeRequest } from '@core/bridge/parse-bridge-request';
import { estimateSegments } from '@core/sms/segment-estimate';

type InboxRow = {
  id: number;
  box: 'inbox' | 'sent';
  address: string;
  body: string;
  date: number;
  read: boolean;
};

export interface BridgeDoubleOptions {
  /** The phone's SMS store at first start, as the content provider would page it out through `readInbox`. */
  inbox?: InboxRow[];
  /** Recipients whose sends fail with Android's RESULT_ERROR_NO_SERVICE. */
  failNumbers?: string[];
  /** The phone's address book, as READ_CONTACTS would give it to `lookupContacts`; none: no permission. */
  contacts?: { number: string; name: string }[];
  sentDelayMs?: number;
  deliveredDelayMs?: number;
}

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
const STORE_KEY = 'bridge-double-store';
/** Received texts no page has acknowledged yet, in arrival order (the wrapper's inbound.log). */
const INBOUND_KEY = 'bridge-double-inbound';
/** How long Android's SMS app takes to write a received text, and the wrapper's debounce of changes. */
const STORE_WRITE_MS = 20;
const ANNOUNCE_MS = 200;

type QueuedEvent = SmsReceivedEvent & { queueId: number };

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

function load<T>(key: string, fallback: T): T {
  return JSON.parse(localStorage.getItem(key) ?? 'null') ?? fallback;
}

function install(options: BridgeDoubleOptions): void {
  const states = load<Record<string, SendState>>(STATES_KEY, {});
  const { port1: native, port2: page } = new MessageChannel();
  const post = (message: unknown) => native.postMessage(JSON.stringify(message));
  const result = (id: string, value: unknown) => post({ id, type: 'result', success: true, result: value });

  if (localStorage.getItem(STORE_KEY) === null)
    localStorage.setItem(STORE_KEY, JSON.stringify(options.inbox ?? []));
  const store = {
    rows: () => load<InboxRow[]>(STORE_KEY, []),
    save: (rows: InboxRow[]) => {
      localStorage.setItem(STORE_KEY, JSON.stringify(rows));
      announce();
    },
    /** Row ids grow and are never reused, as content://sms's _id. */
    write: (row: Omit<InboxRow, 'id'>) => {
      const rows = store.rows();
      const id = Math.max(load<number>(`${STORE_KEY}-last`, 0), ...rows.map((r) => r.id)) + 1;
      localStorage.setItem(`${STORE_KEY}-last`, JSON.stringify(id));
      store.save([...rows, { id, ...row }]);
      return id;
    },
  };
  let announcing: ReturnType<typeof setTimeout> | undefined;
  const announce = () => {
    clearTimeout(announcing);
    announcing = setTimeout(() => post({ type: 'event', event: 'inbox-changed', data: {} }), ANNOUNCE_MS);
  };

  // The inbound queue (android InboundRelay): an entry leaves only on the page's ackInbound; this page
  // is posted each entry once, from when it holds the port (load), in order.
  const inbound = {
    entries: () => load<QueuedEvent[]>(INBOUND_KEY, []),
    save: (entries: QueuedEvent[]) => localStorage.setItem(INBOUND_KEY, JSON.stringify(entries)),
  };
  const postedToPage = new Set<number>();
  let attached = false;
  const flushInbound = () => {
    if (!attached) return;
    for (const entry of inbound.entries()) {
      if (postedToPage.has(entry.queueId)) continue;
      postedToPage.add(entry.queueId);
      post(entry);
    }
  };

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

  native.onmessage = (event: MessageEvent) => {
    // When the call reached the bridge, before the double's own bookkeeping.
    const receivedAt = performance.timeOrigin + performance.now();
    const parsed = parseBridgeRequest(String(event.data));
    if (!parsed.ok) {
      if (parsed.id)
        post({
          id: parsed.id,
          type: 'result',
          success: false,
          error: { code: parsed.code, message: parsed.message },
        });
      return;
    }
    const request = parsed.request;
    switch (request.type) {
      case 'capabilities':
        return result(request.id, {
          bridgeVersion: 1,
          platform: 'android',
          canSend: true,
          canReadInbox: true,
          canReceive: true,
          canReadContacts: options.contacts !== undefined,
        });
      case 'listSims':
        return result(request.id, { sims: [{ id: 1, slot: 0, carrier: 'Test Carrier' }] });
      case 'send':
        return send(request, receivedAt);
      case 'readInbox': {
        const { afterId, limit } = request.payload;
        const rows = store
          .rows()
          .filter((r) => r.id > afterId)
          .sort((a, b) => a.id - b.id);
        const page = rows.slice(0, limit);
        const last = page.at(-1)?.id ?? afterId;
        return result(request.id, { messages: page, nextAfterId: last, done: rows.length <= limit });
      }
      case 'listInboxIds': {
        const { afterId, limit } = request.payload;
        const ids = store
          .rows()
          .map((r) => r.id)
          .filter((id) => id > afterId)
          .sort((a, b) => a - b);
        const page = ids.slice(0, limit);
        return result(request.id, {
          ids: page,
          nextAfterId: page.at(-1) ?? afterId,
          done: ids.length <= limit,
        });
      }
      case 'lookupContacts': {
        if (!options.contacts)
          return post({
            id: request.id,
            type: 'result',
            success: false,
            error: { code: 'permission-denied', message: 'READ_CONTACTS not granted' },
          });
        const asked = new Set(request.payload.numbers);
        return result(request.id, { contacts: options.contacts.filter((c) => asked.has(c.number)) });
      }
      case 'reportConnections':
        localStorage.setItem('bridge-double-connections', JSON.stringify(request.payload.computers));
        return result(request.id, {});
      case 'ackInbound': {
        const asked = [...new Set(request.payload.queueIds)];
        const entries = inbound.entries();
        const held = new Set(entries.map((e) => e.queueId));
        const removed = asked.filter((id) => held.has(id));
        if (removed.length > 0) inbound.save(entries.filter((e) => !removed.includes(e.queueId)));
        for (const id of removed) postedToPage.delete(id);
        return result(request.id, { removed, unknown: asked.filter((id) => !held.has(id)) });
      }
    }
  };

  // A text arriving on the phone: the native side queues it with a fresh id, then posts it. Ids are
  // kept across reloads, as the wrapper's are, so two texts never share one.
  (globalThis as { bridgeDoubleReceive?: (from: string, body: string) => string }).bridgeDoubleReceive = (
    from,
    body,
  ) => {
    const next = load<number>('bridge-double-rx', 0) + 1;
    localStorage.setItem('bridge-double-rx', JSON.stringify(next));
    const id = `double-${next}`;
    const date = Date.now();
    const queueId = load<number>(`${INBOUND_KEY}-last`, 0) + 1;
    localStorage.setItem(`${INBOUND_KEY}-last`, JSON.stringify(queueId));
    inbound.save([
      ...inbound.entries(),
      { type: 'event', event: 'sms-received', queueId, data: { id, from, body, date } },
    ]);
    flushInbound();
    setTimeout(() => store.write({ box: 'inbox', address: from, body, date, read: false }), STORE_WRITE_MS);
    return id;
  };

  // The person using the phone itself: a text sent from its own SMS app, or one deleted there.
  const hooks = globalThis as {
    bridgeDoublePhoneAppSends?: (to: string, body: string) => number;
    bridgeDoubleDeleteSms?: (rowId: number) => void;
    bridgeDoubleStore?: () => InboxRow[];
  };
  hooks.bridgeDoublePhoneAppSends = (to, body) =>
    store.write({ box: 'sent', address: to, body, date: Date.now(), read: true });
  hooks.bridgeDoubleDeleteSms = (rowId) => store.save(store.rows().filter((r) => r.id !== rowId));
  hooks.bridgeDoubleStore = () => store.rows();

  // The next load is after a crash: radio results still owed to texts that were only dispatched are lost.
  (globalThis as { bridgeDoubleCrash?: () => void }).bridgeDoubleCrash = () =>
    localStorage.setItem(CRASH_KEY, '1');

  // Android posts the port after onPageFinished, to the PWA's origin only, then hands the new page
  // every received text no page acknowledged (a reload before the ack loses nothing).
  window.addEventListener('load', () => {
    window.postMessage(BRIDGE_HANDSHAKE, location.origin, [page]);
    attached = true;
    flushInbound();
  });
}

(globalThis as { installBridgeDouble?: typeof install }).installBridgeDouble = install;
