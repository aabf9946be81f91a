import { normalizeRecipient } from '@core/address/normalize-address';
import { foldParts } from '@core/bridge/fold-part-status';
import { advanceState } from '@core/message/message-state';
import type { ErrorFrame, SendFrame, StateFrame } from '@core/protocol/frames';
import { estimateSegments } from '@core/sms/segment-estimate';
import type { CountryCode } from 'libphonenumber-js';
import type { DispatchOutcome, SmsBridge, SmsUpdate } from '../bridge/sms-bridge';
import type { PhoneDb, SendRequest } from '../db/phone-db';
import { recordMessage } from '../sync/message-log';
import { readGuardFacts } from './guard-facts';
import { readGuardSettings } from './guard-settings';
import { judgeSend } from './send-guard';
import { outgoingMessage, reasonFor, stateFrame, TAP_TO_SEND } from './send-request-views';

export type PhoneReply = Omit<StateFrame, 'v' | 'id'> | Omit<ErrorFrame, 'v' | 'id'>;

export interface SendRequestLedgerOptions {
  /** Delivers a frame to that computer if it is connected; dropped otherwise (it retries on reconnect). */
  reply: (computerPeerId: string, frame: PhoneReply) => void;
  defaultCountry?: CountryCode;
  now?: () => number;
}

const NOT_REPORTED =
  'The phone stopped while handing this text over and cannot tell whether it went out. Check your SMS app before sending it again.';

/**
 * The phone's record of the computers' send requests and of their dispatch to the SMS bridge; its
 * half of exactly once: a request is stored under its msgId before anything else, the
 * dispatch flag is persisted before the bridge is called, and a known msgId is only ever answered.
 */
export class SendRequestLedger {
  private unsubscribe: () => void;
  private readonly now: () => number;

  constructor(
    private readonly db: PhoneDb,
    private bridge: SmsBridge,
    private readonly options: SendRequestLedgerOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.unsubscribe = bridge.onUpdate((update) => void this.apply(update.msgId, update));
  }

  /** Requests already handed to the old bridge stay with it; new ones use this one. */
  useBridge(bridge: SmsBridge): void {
    this.unsubscribe();
    this.bridge = bridge;
    this.unsubscribe = bridge.onUpdate((update) => void this.apply(update.msgId, update));
  }

  async receive(computerPeerId: string, frame: SendFrame): Promise<void> {
    const address = normalizeRecipient(frame.to, this.options.defaultCountry);
    const bridge = this.bridge;
    const now = this.now();
    // What the carrier bills, and what the limits count: at least one SMS, even for an empty text.
    const segments = Math.max(1, estimateSegments(frame.body).segments);
    const base = {
      msgId: frame.msgId,
      computerPeerId,
      to: address.ok ? address.address : frame.to,
      body: frame.body,
      ...(frame.simId === undefined ? {} : { simId: frame.simId }),
      segments,
      parts: [],
      createdAt: now,
      updatedAt: now,
    };
    // Judged, stored and claimed for this bridge in one transaction: limits cannot be raced, and on
    // the send path every commit counts.
    const { db } = this;
    const { known, record } = await db.transaction(
      'rw',
      [db.requests, db.recipients, db.settings],
      async () => {
        const existing = await db.requests.get(frame.msgId);
        if (existing) return { known: true, record: existing };
        let fresh: SendRequest;
        if (!address.ok) fresh = { ...base, state: 'failed', dispatch: 'none', reason: address.error };
        else {
          const limits = await readGuardSettings(db, this.options.defaultCountry);
          const facts = await readGuardFacts(
            db,
            { computerPeerId, to: address.address, segments },
            limits,
            now,
            this.options.defaultCountry,
          );
          const verdict = judgeSend(facts, limits);
          // Only texts that count carry the mark the guards sum long texts by (guard-facts.ts).
          const long = verdict.kind !== 'refuse' && segments > 1 ? { long: 1 as const } : {};
          fresh =
            verdict.kind === 'allow'
              ? {
                  ...base,
                  state: 'on-phone',
                  dispatch: 'started',
                  ...long,
                  via: bridge.kind,
                  // Without the Android app nothing goes out until the person taps it on the phone.
                  ...(bridge.kind === 'sms-link' ? { reason: TAP_TO_SEND } : {}),
                }
              : verdict.kind === 'hold'
                ? { ...base, state: 'on-phone', dispatch: 'held', ...long, reason: verdict.reason }
                : { ...base, state: 'failed', dispatch: 'none', reason: verdict.reason };
          if (verdict.kind === 'allow') await rememberRecipient(db, address.address, now);
        }
        await db.requests.add(fresh);
        return { known: false, record: fresh };
      },
    );
    if (known && record.computerPeerId !== computerPeerId) {
      // Another computer's id: answering would leak its state, dispatching would break its promise.
      return this.options.reply(computerPeerId, {
        type: 'error',
        code: 'bad-frame',
        message: 'This message id is already taken.',
        ref: frame.id,
      });
    }
    const handing = !known && record.dispatch === 'started' ? this.handTo(bridge, record) : undefined;
    if (!known && !address.ok) {
      this.options.reply(computerPeerId, {
        type: 'error',
        code: 'invalid-number',
        message: address.error,
        ref: frame.id,
      });
    }
    this.options.reply(computerPeerId, stateFrame(record));
    await handing;
  }

  /** The person let a held text go: it is claimed for the bridge once, however often this is called. */
  async confirmHeld(msgId: string): Promise<void> {
    const bridge = this.bridge;
    const { db } = this;
    const claimed = await db.transaction(
      'rw',
      [db.requests, db.recipients, db.messages, db.changes, db.threads],
      async () => {
        const record = await db.requests.get(msgId);
        if (record?.dispatch !== 'held') return undefined;
        const next: SendRequest = { ...record, dispatch: 'started', via: bridge.kind, updatedAt: this.now() };
        delete next.reason;
        await db.requests.put(next);
        await recordMessage(db, outgoingMessage(next));
        await rememberRecipient(db, record.to, this.now());
        return next;
      },
    );
    if (!claimed) return;
    this.options.reply(claimed.computerPeerId, stateFrame(claimed));
    await this.handTo(bridge, claimed);
  }

  /** The person said no to a held text: it fails, and the computer is told why. */
  async refuseHeld(msgId: string): Promise<void> {
    const refused = await this.db.transaction(
      'rw',
      [this.db.requests, this.db.messages, this.db.changes, this.db.threads],
      async () => {
        const record = await this.db.requests.get(msgId);
        if (record?.dispatch !== 'held') return undefined;
        const next: SendRequest = {
          ...record,
          state: 'failed',
          dispatch: 'none',
          reason: 'Refused on the phone.',
          updatedAt: this.now(),
        };
        await this.db.requests.put(next);
        await recordMessage(this.db, outgoingMessage(next));
        return next;
      },
    );
    if (refused) this.options.reply(refused.computerPeerId, stateFrame(refused));
  }

  /** At startup, before any computer can ask: finish what a previous run left half done. */
  async recover(): Promise<void> {
    const open = await this.db.requests.where('dispatch').equals('started').toArray();
    for (const record of open) {
      // A radio result that came while no page listened was dropped: ask the native side for the state.
      if ((record.state === 'on-phone' || record.state === 'sent') && record.via === 'native')
        await this.recoverStarted(record);
    }
  }

  /** The person tapped the `sms:` link: the text is in their SMS app, the phone can know no more. */
  async handOff(msgId: string): Promise<void> {
    await this.apply(msgId, { state: 'handed-off' }, (record) => record.via === 'sms-link');
  }

  /** Only ever called right after the request was durably claimed (`dispatch: started`). */
  private async handTo(bridge: SmsBridge, record: SendRequest): Promise<void> {
    const outcome = await bridge.send({
      msgId: record.msgId,
      to: record.to,
      body: record.body,
      ...(record.simId === undefined ? {} : { simId: record.simId }),
    });
    await this.apply(record.msgId, outcome);
  }

  private async recoverStarted(record: SendRequest): Promise<void> {
    const sms = { msgId: record.msgId, to: record.to, body: record.body, simId: record.simId };
    const outcome = this.bridge.kind === 'native' ? await this.bridge.recover(sms) : undefined;
    // Once sent, a text that cannot be asked about is still sent; only a dispatch nobody saw end is unknown.
    if (outcome) await this.apply(record.msgId, outcome);
    else if (record.state === 'on-phone')
      await this.apply(record.msgId, { state: 'unknown', reason: NOT_REPORTED });
  }

  /** `report`: what a bridge said when handed the text, or a later report about one of its parts. */
  private async apply(
    msgId: string,
    report: DispatchOutcome | SmsUpdate,
    allowed?: (record: SendRequest) => boolean,
  ): Promise<void> {
    const status = 'status' in report ? report.status : undefined;
    const { db } = this;
    const changed = await db.transaction(
      'rw',
      [db.requests, db.messages, db.changes, db.threads],
      async () => {
        const record = await this.db.requests.get(msgId);
        if (!record || (allowed && !allowed(record))) return undefined;
        const parts = status ? [...record.parts, status] : record.parts;
        // The one fold of part reports, over the stored parts: they survive reloads, a page's do not.
        const outcome: DispatchOutcome = 'status' in report ? foldParts(parts) : report;
        const state = advanceState(record.state, outcome.state);
        if (state === record.state && !status) return undefined;
        const reason = reasonFor(state, record, outcome, parts);
        const next: SendRequest = { ...record, state, parts, updatedAt: this.now() };
        if (reason === undefined) delete next.reason;
        else next.reason = reason;
        await this.db.requests.put(next);
        // A text deleted on the phone stays deleted: a late radio report only updates the request.
        if (record.dispatch !== 'none' && !record.bodyRemoved)
          await recordMessage(this.db, outgoingMessage(next));
        return state === record.state ? undefined : next;
      },
    );
    if (changed) this.options.reply(changed.computerPeerId, stateFrame(changed));
  }
}

async function rememberRecipient(db: PhoneDb, to: string, now: number): Promise<void> {
  if (!(await db.recipients.get(to))) await db.recipients.add({ to, firstAt: now });
}
