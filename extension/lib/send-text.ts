import { lazyModule } from '@web/lazy-module';
import type { ReactiveControllerHost } from 'lit';
import { db } from './extension-db';
import type { ComposeResult, Outbox } from './outbox';
import { nudgeOutbox } from './outbox-nudge';

/** Checking a typed number needs libphonenumber-js: not for the popup's first paint, fetched just after. */
const outboxModule = lazyModule(() => import('./outbox'));

/**
 * The popup's one way to send a text: store it in the outbox, then nudge the link. Every stored
 * row gets its own message id and so becomes its own SMS, so a second click or Ctrl+Enter while
 * this element's last send is still being stored does nothing. The flag is set before the first
 * await: a double click's two events both arrive before the outbox write ends, and before any
 * re-render could disable the button.
 */
export class TextSender {
  /** A send is in flight: the element disables its button (re-rendered through `host`). */
  sending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Without one, the outbox module is fetched now and the outbox made on the first send. */
    private outbox?: Outbox,
  ) {
    // A failed fetch is tried again, and told, by the first send.
    if (!outbox) outboxModule.load().catch(() => undefined);
  }

  /** The outbox's answer, or undefined when a send of this element was already in flight. */
  async sendText(to: string, body: string, simId?: number): Promise<ComposeResult | undefined> {
    if (this.sending) return undefined;
    this.sending = true;
    this.host.requestUpdate();
    try {
      this.outbox ??= new (await outboxModule.load()).Outbox(db);
      const result = await this.outbox.compose(to, body, Date.now(), simId);
      if (result.ok) nudgeOutbox(result.message);
      return result;
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }
}
