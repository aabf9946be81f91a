import { normalizeRecipient } from '@core/address/normalize-address';
import {
  advanceState,
  MESSAGE_STATES,
  type MessageState,
  TERMINAL_STATES,
} from '@core/message/message-state';
import { MAX_BODY_CHARS } from '@core/protocol/frames';
import { defaultCountry } from '@web/default-country';
import type { CountryCode } from 'libphonenumber-js';
import { uuidv7 } from 'uuidv7';
import type { ExtensionDb, OutboxMessage } from './extension-db';
import { i18n } from './i18n';

export type ComposeResult = { ok: true; message: OutboxMessage } | { ok: false; error: string };

/** The extension's half of exactly-once: the message exists, with its id, before any attempt to send it. */
export class Outbox {
  constructor(
    private readonly db: ExtensionDb,
    /** Numbers typed without a country code are of the browser's region, as they are shown (number-format.ts). */
    private readonly region: CountryCode | undefined = defaultCountry(),
  ) {}

  /** `simId`: the SIM chosen in compose, stored with the row so every resend asks for the same one. */
  async compose(to: string, body: string, now = Date.now(), simId?: number): Promise<ComposeResult> {
    const address = normalizeRecipient(to, this.region);
    if (!address.ok) return { ok: false, error: address.error };
    if (body.trim() === '') return { ok: false, error: i18n.t('compose.empty') };
    if (body.length > MAX_BODY_CHARS) {
      return {
        ok: false,
        error: i18n.t('compose.tooLong', { length: body.length, limit: MAX_BODY_CHARS }),
      };
    }
    const message: OutboxMessage = {
      msgId: uuidv7(),
      to: address.address,
      body,
      ...(simId === undefined ? {} : { simId }),
      state: 'queued',
      createdAt: now,
      updatedAt: now,
    };
    await this.db.outbox.add(message);
    return { ok: true, message };
  }

  /** Everything the phone has not settled: sent again on every connect, answered with the current state. */
  async unsettled(): Promise<OutboxMessage[]> {
    const open = MESSAGE_STATES.filter((state) => !TERMINAL_STATES.has(state));
    const found = await this.db.outbox.where('state').anyOf(open).toArray();
    return found.sort((a, b) => a.createdAt - b.createdAt);
  }

  async applyState(msgId: string, state: MessageState, reason?: string, now = Date.now()): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, async () => {
      const current = await this.db.outbox.get(msgId);
      if (!current) return;
      const next = advanceState(current.state, state);
      if (next === current.state && reason === current.reason) return;
      // The phone's word on the current state carries its reason, or says there is none any more
      // (a text held for confirmation, then confirmed). Dexie drops a field updated to undefined.
      await this.db.outbox.update(msgId, {
        state: next,
        updatedAt: now,
        ...(next === state ? { reason } : {}),
      });
    });
  }

  /**
   * The phone is unpaired (either side): it will never report again on what it took. A text it took
   * (`on-phone`, `sent`) becomes `unknown` and is never handed to a phone paired later, which would
   * send it a second time; a text no phone took stays queued for the next phone (the popup says so: outbox.noPhonePaired in locales).
   */
  async phoneUnpaired(now = Date.now()): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, async () => {
      for (const message of await this.unsettled()) {
        if (message.state === 'queued') continue;
        await this.db.outbox.update(message.msgId, {
          state: 'unknown',
          reason:
            message.state === 'sent'
              ? 'Your phone sent it, then was unpaired before it could report delivery.'
              : 'Your phone was unpaired before it reported on this text: check your phone.',
          updatedAt: now,
        });
      }
    });
  }

  recent(limit = 50): Promise<OutboxMessage[]> {
    return this.db.outbox.orderBy('createdAt').reverse().limit(limit).toArray();
  }
}
