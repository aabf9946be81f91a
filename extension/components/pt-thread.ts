import { displayAddress } from '@core/address/display-address';
import { defaultCountry } from '@web/default-country';
import { LiveQueryController } from '@web/live-query-controller';
import type { CountryCode } from 'libphonenumber-js';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { db } from '../lib/extension-db';
import { sendRuntimeMessage } from '../lib/runtime-messages';
import { TextSender } from '../lib/send-text';
import { threadMessages } from '../lib/thread-messages';
import './pt-export-menu';
import { formatWhen, i18n, stateLabel } from '../lib/i18n';
import { sharedStyles } from './shared-styles';

/** One conversation: every text with the state of each one sent, and a reply box. Fires `back`. */
@customElement('pt-thread')
export class PtThread extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; }
      header { display: flex; align-items: center; gap: 8px; }
      header button { font: inherit; font-size: 12px; background: none; border: 0; color: var(--pt-accent); cursor: pointer; padding: 0; }
      h2 { font-size: 14px; margin: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      .number { font-size: 11px; color: var(--pt-muted); }
      header pt-export-menu { margin-left: auto; }
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; max-height: var(--pt-thread-height, 340px); overflow-y: auto; }
      li { max-width: 80%; padding: 6px 10px; border-radius: 12px; font-size: 13px; white-space: pre-wrap; overflow-wrap: anywhere; }
      .in { justify-self: start; background: var(--pt-surface); border: 1px solid var(--pt-border); }
      .out { justify-self: end; background: var(--pt-accent); color: var(--pt-on-accent); }
      .meta { display: block; font-size: 10px; opacity: 0.8; margin-top: 2px; }
      .out.failed, .out.unknown { background: var(--pt-danger-surface); color: var(--pt-danger-text); }
      form { display: flex; gap: 6px; }
      textarea { flex: 1; font: inherit; padding: 6px 10px; border: 1px solid var(--pt-control-border); border-radius: 8px; min-height: 36px; resize: vertical; }
      form button { font: inherit; font-weight: 600; padding: 6px 14px; border-radius: 8px; border: 0; background: var(--pt-accent); color: var(--pt-on-accent); cursor: pointer; }
      form button:disabled { background: var(--pt-accent-muted); cursor: default; }
      .empty { color: var(--pt-muted); font-size: 13px; margin: 0; }
    `,
  ];

  @property() address = '';
  /** No phone is paired: queued texts say they wait for one. */
  @property({ type: Boolean }) noPhone = false;
  /** Whose numbers are national (`displayAddress`): the phone reports no region, so the browser's. */
  @property({ attribute: false }) region: CountryCode | undefined = defaultCountry();
  @state() private error = '';
  private readonly messages = new LiveQueryController(
    this,
    () => threadMessages(db, this.address),
    () => [this.address],
  );
  private readonly contact = new LiveQueryController(
    this,
    () => db.contacts.get(this.address),
    () => [this.address],
  );
  private readonly sender = new TextSender(this);

  /** The newest incoming text on show when the thread was last marked read. */
  private readThrough: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The live queries follow `address` themselves (see their dependencies).
    if (!changed.has('address')) return;
    this.readThrough = undefined;
    void this.markRead();
  }

  protected override updated(): void {
    const list = this.renderRoot.querySelector('ol');
    if (list) list.scrollTop = list.scrollHeight;
    // A text that arrives while the person has this thread in front of them is read as it shows.
    // Only a newer incoming text marks again, so the thread's own renders never loop here.
    const newest = this.messages.value?.findLast((m) => m.direction === 'in')?.id;
    if (newest === undefined || newest === this.readThrough) return;
    if (document.visibilityState !== 'visible') return;
    this.readThrough = newest;
    void this.markRead();
  }

  /** Texts that came while the popup's page was hidden are read once it shows again. */
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  private reasonOf(m: { state?: string; reason?: string }): string | undefined {
    return m.reason ?? (this.noPhone && m.state === 'queued' ? i18n.t('outbox.noPhonePaired') : undefined);
  }

  override render() {
    const messages = this.messages.value ?? [];
    const shown = html`<span class="tel">${displayAddress(this.address, this.region)}</span>`;
    return html`
      <header>
        <button data-testid="thread-back" @click=${() => this.dispatchEvent(new CustomEvent('back'))}>${i18n.t('thread.back')}</button>
        <h2 data-testid="thread-address">${this.contact.value?.name ?? shown}</h2>
        ${this.contact.value ? html`<span class="number" data-testid="thread-number">${shown}</span>` : ''}
        <pt-export-menu data-testid="thread-export" .address=${this.address}></pt-export-menu>
      </header>
      ${messages.length === 0 ? html`<p class="empty">${i18n.t('thread.none')}</p>` : ''}
      <ol>
        ${messages.map(
          (m) =>
            html`<li class="${m.direction} ${m.state ?? ''}" data-testid="thread-message" data-direction=${m.direction} data-state=${m.state ?? ''}>${m.body}<span class="meta">${formatWhen(m.date)}${m.state ? html` · <span data-testid="thread-message-state">${stateLabel(m.state)}</span>` : ''}${this.reasonOf(m) ? html` · ${this.reasonOf(m)}` : ''}</span></li>`,
        )}
      </ol>
      <form @submit=${this.send}>
        <textarea data-testid="thread-body" name="body" placeholder=${i18n.t('thread.placeholder')} aria-label=${i18n.t('thread.reply')}></textarea>
        <button data-testid="thread-send" ?disabled=${this.sender.sending}>${i18n.t('thread.send')}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
    `;
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const box = this.renderRoot.querySelector('textarea')!;
    const result = await this.sender.sendText(this.address, box.value);
    if (!result) return;
    if (!result.ok) {
      this.error = result.error;
      return;
    }
    this.error = '';
    box.value = '';
  }

  /**
   * Opening a conversation reads it, and so does a text arriving while it is open; the badge
   * follows. Only a thread with unread texts is written, so the badge is told only of a change.
   */
  private async markRead(): Promise<void> {
    const updated = await db.threads
      .where('address')
      .equals(this.address)
      .filter((thread) => thread.unread > 0)
      .modify({ unread: 0 });
    if (updated) void sendRuntimeMessage({ peertext: 'unread-changed' }).catch(() => undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-thread': PtThread;
  }
}
