import { normalizeAddress } from '@core/address/normalize-address';
import type { SmsReceivedEvent } from '@core/bridge/bridge-contract';
import type { CountryCode } from 'libphonenumber-js';
import type { PhoneDb } from '../db/phone-db';
import { DeletionPasses } from './deletion-passes';
import type { InboxSource } from './inbox-source';
import { recordMessage } from './message-log';
import { readNewRows } from './read-new-rows';
import { DEFAULT_WINDOW, DeletionReconciler, type ReconcileWindow } from './reconcile-deletions';

/**
 * Keeps this page's store in step with the phone's SMS store: everything in it the first time
 * (page by page, resumable after a reload), then each text as the wrapper reports it live, and on
 * every `inbox-changed` the store's new rows (texts sent from another app, or missed) and one window
 * of the check for deletions, so the cost of a change does not grow with the store (see
 * reconcile-deletions.ts); the rest of the store is then checked at an idle pace (deletion-passes.ts). Ids keep texts apart: `inbox:<row>` for store rows, `rx:<id>` for live
 * texts, the computer's id for its sends; a store row for a text already known under another id is
 * linked to it, not recorded twice, so two identical texts stay two messages and one text is never two.
 */
export class InboxSync {
  private chain: Promise<unknown> = Promise.resolve();
  private changed: ReturnType<typeof setTimeout> | undefined;
  private readonly deletions: DeletionReconciler;
  private readonly passes: DeletionPasses;

  constructor(
    private readonly db: PhoneDb,
    private readonly source: InboxSource,
    private readonly country?: CountryCode,
    /** A burst of store changes becomes one catch-up. */
    private readonly settleMs = 300,
    pace: { window?: ReconcileWindow; idleStepMs?: number } = {},
  ) {
    this.deletions = new DeletionReconciler(db, source, pace.window ?? DEFAULT_WINDOW);
    // A window every 2 s: a whole pass over 50,000 texts in under four minutes, at about 0.3 ms of
    // work a second (bench/RESULTS.md).
    this.passes = new DeletionPasses(this.deletions, (task) => this.enqueue(task), pace.idleStepMs ?? 2_000);
    // Subscribed at once, for the page's life: the wrapper hands over texts that arrived while no page
    // listened.
    source.subscribe((event) => {
      if (event.event === 'sms-received') void this.enqueue(() => this.received(event));
      else if (event.event === 'inbox-changed') this.storeChanged();
    });
  }

  /**
   * Reads what the store holds beyond this page (all of it the first time), then compares every row
   * id with the store once for deletions, including those made while no page followed it.
   */
  async catchUp(): Promise<void> {
    await this.enqueue(() => this.newRows());
    await this.passes.whole();
  }

  /** What one `inbox-changed` costs: the rows past the high-water mark, and one window of deletions. */
  follow(): Promise<void> {
    return this.enqueue(async () => {
      await this.newRows();
      await this.deletions.step();
    });
  }

  private newRows(): Promise<void> {
    return readNewRows(this.db, this.source, (raw) => this.address(raw));
  }

  private storeChanged(): void {
    clearTimeout(this.changed);
    this.changed = setTimeout(() => {
      void this.follow().catch(() => undefined);
      this.passes.afterChange();
    }, this.settleMs);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(task);
    this.chain = next.catch((error: unknown) => console.error('PeerText inbox:', error));
    return next;
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
