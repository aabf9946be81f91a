import { normalizeAddress } from '@core/address/normalize-address';
import type { BridgeEvent, ReadInboxResult, SmsReceived } from '@core/bridge/bridge-contract';
import type { SyncedMessage } from '@core/sync/synced-message';
import type { CountryCode } from 'libphonenumber-js';
import type { PhoneDb } from '../db/phone-db';
import { recordMessage } from './message-log';

/** What the inbox needs of the native bridge: paging through history, and events. */
export interface InboxSource {
  sendMessage(type: 'readInbox', payload: { afterId: number; limit: number }): Promise<ReadInboxResult>;
  subscribe(listener: (event: BridgeEvent) => void): () => void;
}

const PAGE = 500;

/**
 * Brings the phone's SMS into this page's store: the history once, page by page (resumable after a
 * reload), then each text as the wrapper reports it. Ids keep them apart: `inbox:<n>` for history,
 * `rx:<id>` for live texts, so two identical texts stay two messages and a repeated event is one.
 */
export class InboxSync {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: PhoneDb,
    private readonly source: InboxSource,
    private readonly country?: CountryCode,
  ) {
    // Subscribed at once: the wrapper hands over texts that arrived while no page listened.
    this.unsubscribe = source.subscribe((event) => {
      if (event.event === 'sms-received') this.enqueue(() => this.received(event.data));
    });
  }

  /** Imports whatever history is left; live texts wait in the same queue, so order is kept. */
  importHistory(): Promise<void> {
    return this.enqueue(() => this.importPages());
  }

  stop(): void {
    this.unsubscribe();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task);
    this.chain = next.catch((error: unknown) => console.error('PeerText inbox:', error));
    return next;
  }

  private async importPages(): Promise<void> {
    let state = (await this.db.inboxImport.get('inbox-import')) ?? {
      key: 'inbox-import',
      afterId: 0,
      done: false,
    };
    while (!state.done) {
      const page = await this.source.sendMessage('readInbox', { afterId: state.afterId, limit: PAGE });
      const messages = page.messages.map((m) => ({
        id: `inbox:${m.id}`,
        address: this.address(m.address),
        direction: m.box === 'inbox' ? 'in' : 'out',
        body: m.body,
        date: m.date,
        ...(m.box === 'sent' ? { state: 'sent' as const } : { read: m.read }),
        ...(m.simId === undefined ? {} : { simId: m.simId }),
      })) satisfies SyncedMessage[];
      state = { key: 'inbox-import', afterId: page.nextAfterId, done: page.done || messages.length === 0 };
      // The page and the import's progress commit together: a reload neither skips nor repeats.
      await this.db.transaction(
        'rw',
        [this.db.messages, this.db.changes, this.db.threads, this.db.inboxImport],
        async () => {
          for (const message of messages) await recordMessage(this.db, message);
          await this.db.inboxImport.put(state);
        },
      );
    }
  }

  private async received(sms: SmsReceived): Promise<void> {
    await recordMessage(this.db, {
      id: `rx:${sms.id}`,
      address: this.address(sms.from),
      direction: 'in',
      body: sms.body,
      date: sms.date,
      ...(sms.simId === undefined ? {} : { simId: sms.simId }),
    });
  }

  /** The thread key; a sender the parser cannot read is kept as it came, never dropped. */
  private address(raw: string): string {
    const normalized = normalizeAddress(raw, this.country);
    return (normalized.ok ? normalized.address : raw.trim() || 'Unknown').slice(0, 40);
  }
}
