/**
 * What the bridge double keeps as the phone would, in the page's localStorage so it outlives a reload:
 * the phone's SMS store (content://sms) and the wrapper's queue of received texts not yet acknowledged.
 */
import type { SmsReceivedEvent } from '@core/bridge/bridge-contract';

export type InboxRow = {
  id: number;
  box: 'inbox' | 'sent';
  address: string;
  body: string;
  date: number;
  read: boolean;
};

const STORE_KEY = 'bridge-double-store';
/** Received texts no page has acknowledged yet, in arrival order (the wrapper's inbound.log). */
const INBOUND_KEY = 'bridge-double-inbound';
/** How long Android's SMS app takes to write a received text, and the wrapper's debounce of changes. */
const STORE_WRITE_MS = 20;
const ANNOUNCE_MS = 200;

type QueuedEvent = SmsReceivedEvent & { queueId: number };

export function load<T>(key: string, fallback: T): T {
  return JSON.parse(localStorage.getItem(key) ?? 'null') ?? fallback;
}

export type PhoneStore = ReturnType<typeof phoneStore>;

/** The phone's SMS store, seeded with `inbox` at first start; any change is announced with `inbox-changed`. */
export function phoneStore(inbox: InboxRow[] | undefined, post: (message: unknown) => void) {
  if (localStorage.getItem(STORE_KEY) === null) localStorage.setItem(STORE_KEY, JSON.stringify(inbox ?? []));
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
  return store;
}

/**
 * The inbound queue (android InboundRelay): an entry leaves only on the page's ackInbound; this page
 * is posted each entry once, from when it holds the port (`attach`, on load), in order.
 */
export function inboundQueue(post: (message: unknown) => void, store: PhoneStore) {
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

  return {
    /** The page holds the port: it is handed every received text no page acknowledged. */
    attach: () => {
      attached = true;
      flushInbound();
    },

    /** `ackInbound`: the acknowledged entries leave the queue; ids it does not hold change nothing. */
    ack: (queueIds: number[]) => {
      const asked = [...new Set(queueIds)];
      const entries = inbound.entries();
      const held = new Set(entries.map((e) => e.queueId));
      const removed = asked.filter((id) => held.has(id));
      if (removed.length > 0) inbound.save(entries.filter((e) => !removed.includes(e.queueId)));
      for (const id of removed) postedToPage.delete(id);
      return { removed, unknown: asked.filter((id) => !held.has(id)) };
    },

    // A text arriving on the phone: the native side queues it with a fresh id, then posts it. Ids are
    // kept across reloads, as the wrapper's are, so two texts never share one.
    receive: (from: string, body: string): string => {
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
    },
  };
}
