import type { MessageState } from '@core/message/message-state';
import Dexie, { type EntityTable } from 'dexie';

export interface OutboxMessage {
  /** Client id (UUIDv7), made before anything else so a retry can never become a second SMS. */
  msgId: string;
  to: string;
  body: string;
  state: MessageState;
  reason?: string;
  createdAt: number;
  updatedAt: number;
}

export interface KeyValue {
  key: string;
  value: unknown;
}

/** The extension's own IndexedDB; popup and offscreen document share it and see each other's writes. */
export class ExtensionDb extends Dexie {
  outbox!: EntityTable<OutboxMessage, 'msgId'>;
  kv!: EntityTable<KeyValue, 'key'>;

  constructor(name = 'peertext') {
    super(name);
    this.version(1).stores({ outbox: 'msgId, createdAt, state', kv: 'key' });
  }
}

export const db = new ExtensionDb();
