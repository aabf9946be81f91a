import { normalizeAddress } from '@core/address/normalize-address';
import type {
  AckInboundResult,
  BridgeEvent,
  ListInboxIdsResult,
  ReadInboxResult,
  SmsReceivedEvent,
} from '@core/bridge/bridge-contract';
import type { SyncedMessage } from '@core/sync/synced-message';
import type { CountryCode } from 'libphonenumber-js';
import type { PhoneDb } from '../db/phone-db';
import { type KnownText, matchStoreRows, type StoreRow } from './match-store-rows';
import { recordDeletions, recordMessage } from './message-log';

type Page = { afterId: number; limit: number };

/** What the inbox needs of the native bridge: paging through the SMS store, events, and acknowledging them. */
export interface InboxSource {
  sendMessage(type: 'readInbox', payload: Page): Promise<ReadInboxResult>;
  sendMessage(type: 'listInboxIds', payload: Page): Promise<ListInboxIdsResult>;
  sendMessage(type: 'ackInbound', payload: { queueIds: number[] }): Promise<AckInboundResult>;
  subscribe(listener: (event: BridgeEvent) => void): () => void;
}

const PAGE = 500;
const ID_PAGE = 5000;
/** How far a store row's date may be from the live report of the same received text. */
const RECEIVED_WINDOW_MS = 10 * 60_000;
/** A send's row is dated when the radio took it: after the request came, up to a day later if held. */
const SEND_SLACK_MS = 60_000;
const SEND_WINDOW_MS = 24 * 60 * 60_000;

/**
 * Keeps this page's store in step with the phone's SMS store: everything in it the first time
 * (page by page, resumable after a reload), then each text as the wrapper reports it live, and on
 * every `inbox-changed` the store's new rows (texts sent from another app, or missed) and its
 * deletions. Ids keep texts apart: `inbox:<row>` for store rows, `rx:<id>` for live texts, the
 * computer's id for its sends; a store row for a text already known under another id is linked to
 * it, not recorded twice, so two identical texts stay two messages and one text is never two.
 */
export class InboxSync {
  private chain: Promise<unknown> = Promise.resolve();
  private changed: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly db: PhoneDb,
    private readonly source: InboxSource,
    private readonly country?: CountryCode,
    /** A burst of store changes becomes one catch-up. */
    private readonly settleMs = 300,
  ) {
    // Subscribed at once, for the page's life: the wrapper hands over texts that arrived while no page
    // listened.
    source.subscribe((event) => {
      if (event.event === 'sms-received') void this.enqueue(() => this.received(event));
      else if (event.event === 'inbox-changed') this.storeChanged();
    });
  }

  /** Reads what the store holds beyond this page (all of it the first time), then its deletions. */
  catchUp(): Promise<void> {
    return this.enqueue(async () => {
      await this.readNewRows();
      await this.findDeletions();
    });
  }

  private storeChanged(): void {
    clearTimeout(this.changed);
    this.changed = setTimeout(() => void this.catchUp().catch(() => undefined), this.settleMs);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task);
    this.chain = next.catch((error: unknown) => console.error('PeerText inbox:', error));
    return next;
  }

  private async readNewRows(): Promise<void> {
    let state = (await this.db.inboxImport.get('inbox-import')) ?? {
      key: 'inbox-import' as const,
      afterId: 0,
      done: false,
    };
    for (;;) {
      const page = await this.source.sendMessage('readInbox', { afterId: state.afterId, limit: PAGE });
      const rows = page.messages.map((m) => ({ ...m, address: this.address(m.address) }));
      const last = page.done || rows.length === 0;
      state = { key: 'inbox-import', afterId: page.nextAfterId, done: state.done || last };
      // The page and the progress commit together: a reload neither skips nor repeats.
      await this.db.transaction(
        'rw',
        [
          this.db.messages,
          this.db.changes,
          this.db.threads,
          this.db.inboxImport,
          this.db.storeLinks,
          this.db.requests,
        ],
        async () => {
          const links = matchStoreRows(rows, await this.knownTexts(rows));
          await this.db.storeLinks.bulkPut([...links].map(([rowId, messageId]) => ({ rowId, messageId })));
          for (const row of rows) if (!links.has(row.id)) await recordMessage(this.db, storedMessage(row));
          await this.db.inboxImport.put(state);
        },
      );
      if (last) return;
    }
  }

  /** Texts recorded under another id near these rows' dates whose row has not been seen yet. */
  private async knownTexts(rows: readonly StoreRow[]): Promise<KnownText[]> {
    if (rows.length === 0) return [];
    const dates = rows.map((r) => r.date);
    const [from, to] = [Math.min(...dates), Math.max(...dates)];
    const sends = await this.db.requests
      .where('createdAt')
      .between(from - SEND_WINDOW_MS, to + SEND_SLACK_MS, true, true)
      .filter((r) => r.dispatch === 'started' && r.state !== 'failed' && !r.bodyRemoved)
      .toArray();
    const live = await this.db.messages
      .where('date')
      .between(from - RECEIVED_WINDOW_MS, to + RECEIVED_WINDOW_MS, true, true)
      .filter((m) => m.id.startsWith('rx:'))
      .toArray();
    const text = (messageId: string, box: KnownText['box'], address: string, body: string) => ({
      messageId,
      box,
      address,
      body,
    });
    const known: KnownText[] = [
      ...sends.map((r) => ({
        ...text(r.msgId, 'sent', r.to, r.body),
        from: r.createdAt - SEND_SLACK_MS,
        to: r.createdAt + SEND_WINDOW_MS,
      })),
      ...live.map((m) => ({
        ...text(m.id, 'inbox', m.address, m.body),
        from: m.date - RECEIVED_WINDOW_MS,
        to: m.date + RECEIVED_WINDOW_MS,
      })),
    ];
    const linked = new Set(
      (
        await this.db.storeLinks
          .where('messageId')
          .anyOf(known.map((k) => k.messageId))
          .toArray()
      ).map((l) => l.messageId),
    );
    return known.filter((k) => !linked.has(k.messageId));
  }

  /** Rows this page has seen that the store no longer lists were deleted on the phone. */
  private async findDeletions(): Promise<void> {
    const state = await this.db.inboxImport.get('inbox-import');
    if (!state?.done) return;
    const present = new Set<number>();
    for (let afterId = 0; ; ) {
      const page = await this.source.sendMessage('listInboxIds', { afterId, limit: ID_PAGE });
      for (const id of page.ids) present.add(id);
      if (page.done || page.ids.length === 0) break;
      afterId = page.nextAfterId;
    }
    const gone = (row: number) => row <= state.afterId && !present.has(row);
    const stored = (await this.db.messages.where('id').startsWith('inbox:').primaryKeys()) as string[];
    const links = await this.db.storeLinks.toArray();
    const ids = [
      ...stored.filter((id) => gone(Number(id.slice('inbox:'.length)))),
      ...links.filter((l) => gone(l.rowId)).map((l) => l.messageId),
    ];
    if (ids.length > 0) await recordDeletions(this.db, ids);
  }

  /**
   * Stored under its own id, so a repeat (the wrapper delivers again what no page acknowledged) is
   * no second text; then acknowledged, a repeat too, as the wrapper keeps it until then. A failed
   * write throws before the ack: the next page gets the text again.
   */
  private async received({ data: sms, queueId }: SmsReceivedEvent): Promise<void> {
    await recordMessage(this.db, {
      id: `rx:${sms.id}`,
      address: this.address(sms.from),
      direction: 'in',
      body: sms.body,
      date: sms.date,
      ...(sms.simId === undefined ? {} : { simId: sms.simId }),
    });
    // Not awaited: a slow answer must not hold up the texts behind it. A lost ack only means the
    // next page is handed this text again, and stores it once.
    if (queueId !== undefined) {
      this.source
        .sendMessage('ackInbound', { queueIds: [queueId] })
        .catch((error: unknown) => console.warn('PeerText inbox: ackInbound', error));
    }
  }

  /** The thread key; a sender the parser cannot read is kept as it came, never dropped. */
  private address(raw: string): string {
    const normalized = normalizeAddress(raw, this.country);
    return (normalized.ok ? normalized.address : raw.trim() || 'Unknown').slice(0, 40);
  }
}

function storedMessage(row: ReadInboxResult['messages'][number]): SyncedMessage {
  return {
    id: `inbox:${row.id}`,
    address: row.address,
    direction: row.box === 'inbox' ? 'in' : 'out',
    body: row.body,
    date: row.date,
    ...(row.box === 'sent' ? { state: 'sent' as const } : { read: row.read }),
    ...(row.simId === undefined ? {} : { simId: row.simId }),
  };
}
