import type { DeviceKey } from '@core/auth/device-key';
import type { SmsStatus } from '@core/bridge/bridge-contract';
import type { MessageState } from '@core/message/message-state';
import { foldThreads, type ThreadSummary } from '@core/sync/fold-threads';
import type { Change, SyncedMessage } from '@core/sync/synced-message';
import Dexie, { type EntityTable } from 'dexie';
import type { CountryCode } from 'libphonenumber-js';
import type { BridgeKind } from '../bridge/sms-bridge';

/** The phone's PeerJS id and token on one signaling server: random, kept so a reload reclaims the id. */
export interface ServerIdentity {
  peerId: string;
  token: string;
}

export interface PhoneIdentity {
  key: 'self';
  /**
   * One id and token per signaling server, created when the person agrees to pair through it: a
   * server learns only its own, so it cannot take this phone's id on another (PeerJS lets whoever
   * holds the token claim the id).
   */
  servers: Record<string, ServerIdentity>;
  /** Before per-server ids (installs from before them): moved into `servers`. */
  peerId?: string;
  token?: string;
  /** The name computers see in the hello frame; stored so the person can change it later. */
  deviceName: string;
  /** This phone's signing key (private part non-extractable): what computers pin. */
  deviceKey: DeviceKey;
}

export interface PairedComputer {
  peerId: string;
  signalingUrl: string;
  name: string;
  pairedAt: number;
  /** SHA-256 of the computer's public key, from the pairing QR code: the only key it may use. */
  keyFingerprint: string;
  /** The QR code's one-time secret, kept until the first handshake with this computer passes. */
  pairSecret?: string;
  /** A typed pairing code: set until both screens' six digits were confirmed; no key is pinned yet. */
  pairCode?: string;
  /** The end of the change log when this computer last had all of it, and when that was. */
  syncedSeq?: number;
  syncedAt?: number;
}

/**
 * `started`: stored in the same transaction that claims it for a bridge, before the bridge is called,
 * so a crash after it can never lead to a second dispatch. `none`: never dispatched (refused).
 * `held`: waiting for the person to confirm it on the phone; confirming moves it to `started` once.
 */
export type DispatchStep = 'started' | 'none' | 'held';

/** Someone this phone has texted; a burst of texts to people it never texted needs a confirmation. */
export interface KnownRecipient {
  to: string;
  firstAt: number;
}

/** How far the one-time import of the phone's SMS history has got, so a reload resumes it. */
export interface InboxImportState {
  key: 'inbox-import';
  afterId: number;
  done: boolean;
}

/**
 * A row of the phone's SMS store that stands for a text recorded under another id (a send from a
 * computer, a text reported live): what lets a deletion on the phone reach it.
 */
export interface StoreLink {
  rowId: number;
  messageId: string;
}

/** Limits on what each paired computer may ask of this phone; the person can change them. */
/** The limits on texts computers ask for, in SMS (a long text is several). Absent fields take defaults. */
export interface GuardSettings {
  key: 'guards';
  perTenMinutes: number;
  perDay: number;
  /** Every computer together, per day. */
  totalPerDay?: number;
  /** Countries the person texts: a number elsewhere waits for their OK. Default: the phone's own. */
  countries?: CountryCode[];
}

export interface SendRequest {
  /** The computer's client id: the key that makes a retried request answerable instead of resendable. */
  msgId: string;
  computerPeerId: string;
  to: string;
  body: string;
  simId?: number;
  /** SMS the body takes (sms-segments-calculator); rows from before v8 count as one. */
  segments?: number;
  /** 1 on a text of several SMS that was dispatched or held, absent otherwise: the sparse index the
   * guards sum over, so single texts (nearly all) are counted by the index alone. */
  long?: 1;
  state: MessageState;
  reason?: string;
  dispatch: DispatchStep;
  via?: BridgeKind;
  /** Every per-part report from the radio, folded into `state`. */
  parts: SmsStatus[];
  /** The text was deleted on the phone: `body` is emptied and it is never logged again. */
  bodyRemoved?: true;
  createdAt: number;
  updatedAt: number;
}

export interface ContactName {
  address: string;
  name: string;
  checkedAt: number;
}

/** The PWA's own IndexedDB (its origin only). */
export class PhoneDb extends Dexie {
  identity!: EntityTable<PhoneIdentity, 'key'>;
  computers!: EntityTable<PairedComputer, 'peerId'>;
  requests!: EntityTable<SendRequest, 'msgId'>;
  recipients!: EntityTable<KnownRecipient, 'to'>;
  settings!: EntityTable<GuardSettings, 'key'>;
  inboxImport!: EntityTable<InboxImportState, 'key'>;
  /** The phone's SMS store as mirrored here: the truth every computer syncs from. */
  messages!: EntityTable<SyncedMessage, 'id'>;
  /** Every change to `messages`, numbered: computers pull what follows their cursor. */
  changes!: EntityTable<Change, 'seq'>;
  /** One summary per conversation, updated with each message, for the phone's conversation list. */
  threads!: EntityTable<ThreadSummary, 'address'>;
  /** What the phone's contacts call each thread's address (`''`: nobody), and when it last asked. */
  contacts!: EntityTable<ContactName, 'address'>;
  storeLinks!: EntityTable<StoreLink, 'rowId'>;

  constructor(name = 'peertext-phone') {
    super(name);
    this.version(1).stores({
      identity: 'key',
      computers: 'peerId, pairedAt',
      requests: 'msgId, createdAt, dispatch',
    });
    this.version(2)
      .stores({
        requests: 'msgId, createdAt, dispatch, [computerPeerId+createdAt]',
        recipients: 'to, firstAt',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        // Whoever the phone already texted is nobody new.
        await tx
          .table<SendRequest>('requests')
          .where('dispatch')
          .equals('started')
          .each((r) => tx.table<KnownRecipient>('recipients').put({ to: r.to, firstAt: r.createdAt }));
      });
    this.version(3).stores({ messages: 'id, [address+date], date', changes: '++seq', inboxImport: 'key' });
    this.version(4)
      .stores({ threads: 'address, lastDate' })
      .upgrade(async (tx) => {
        const messages = await tx.table<SyncedMessage>('messages').toArray();
        await tx.table<ThreadSummary>('threads').bulkPut(foldThreads([], messages, () => false));
      });
    this.version(5).stores({ contacts: 'address, checkedAt' });
    this.version(6).stores({ storeLinks: 'rowId, messageId' });
    // The guards count a computer's texts on every send: refused asks are counted by index, so the
    // count is the browser's own, not a cursor over every recent request.
    this.version(7).stores({
      requests: 'msgId, createdAt, dispatch, [computerPeerId+createdAt], [computerPeerId+dispatch+createdAt]',
    });
    // The guards count SMS, and every computer's together: refused asks across computers by index,
    // and the few long texts through a sparse index of their own.
    this.version(8).stores({
      requests:
        'msgId, createdAt, dispatch, [computerPeerId+createdAt], [computerPeerId+dispatch+createdAt], [dispatch+createdAt], [long+createdAt]',
    });
  }
}
