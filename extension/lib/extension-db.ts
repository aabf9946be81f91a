import type { MessageState } from '@core/message/message-state';
import type { ThreadSummary } from '@core/sync/fold-threads';
import type { SyncedMessage } from '@core/sync/synced-message';
import Dexie, { type EntityTable } from 'dexie';

export interface OutboxMessage {
  /** Client id (UUIDv7), made before anything else so a retry can never become a second SMS. */
  msgId: string;
  to: string;
  body: string;
  /** The SIM chosen in compose (the phone's subscription id); absent: the phone's default. */
  simId?: number;
  state: MessageState;
  reason?: string;
  createdAt: number;
  updatedAt: number;
}

export interface KeyValue {
  key: string;
  value: unknown;
}

/** One conversation, kept up to date as messages are applied, so the list never scans messages. */
export type Thread = ThreadSummary;

export interface Contact {
  address: string;
  name: string;
}

/** How far this computer has applied a phone's change log; moved in the same transaction as the changes. */
export interface SyncCursor {
  phone: string;
  seq: number;
  /** The phone's newest change when it last said: with `seq`, the progress bar. */
  head: number;
  /** When changes were last applied. */
  at: number;
}

/** The extension's own IndexedDB; popup and offscreen document share it and see each other's writes. */
export class ExtensionDb extends Dexie {
  outbox!: EntityTable<OutboxMessage, 'msgId'>;
  kv!: EntityTable<KeyValue, 'key'>;
  /** The phone's messages as synced: the phone is the truth, this is its mirror. */
  messages!: EntityTable<SyncedMessage, 'id'>;
  threads!: EntityTable<Thread, 'address'>;
  cursors!: EntityTable<SyncCursor, 'phone'>;
  /** Names from the phone's contacts for the addresses of its threads, as the phone looked them up. */
  contacts!: EntityTable<Contact, 'address'>;

  constructor(name = 'peertext') {
    super(name);
    this.version(1).stores({ outbox: 'msgId, createdAt, state', kv: 'key' });
    this.version(2).stores({
      messages: 'id, [address+date]',
      threads: 'address, lastDate',
      cursors: 'phone',
    });
    this.version(3).stores({ contacts: 'address' });
  }
}

export const db = new ExtensionDb();
