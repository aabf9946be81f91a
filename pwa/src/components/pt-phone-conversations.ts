import { displayAddress } from '@core/address/display-address';
import type { ThreadSummary } from '@core/sync/fold-threads';
import type { CountryCode } from 'libphonenumber-js';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatWhen } from '../i18n/formats';
import { t } from '../i18n/translate';
import { sharedStyles } from './shared-styles';

/** The phone's conversations, newest first, as every paired computer sees them. Fires `open` (detail: address). */
@customElement('pt-phone-conversations')
export class PtPhoneConversations extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      li button {
        width: 100%; text-align: left; font-weight: 400; display: grid; gap: 2px 10px;
        grid-template-columns: minmax(0, 1fr) auto; background: var(--pt-surface); border: 1px solid var(--pt-border);
        border-radius: 14px; padding: 10px 14px; color: inherit;
      }
      .who { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      .when { font-size: 12px; color: var(--pt-muted); }
      .last { font-size: 14px; color: var(--pt-text-soft); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      .count {
        justify-self: end; min-width: 20px; text-align: center; font-size: 12px; font-weight: 700;
        color: var(--pt-on-accent); background: var(--pt-accent); border-radius: 999px; padding: 1px 7px;
      }
    `,
  ];

  @property({ attribute: false }) threads: (ThreadSummary & { name?: string | undefined })[] = [];
  /** Whose numbers are national (`displayAddress`): `homeRegion`, from the guard settings. */
  @property({ attribute: false }) region: CountryCode | undefined;

  override render() {
    return html`<h2>${t('conversations.title')}</h2>
      ${
        this.threads.length === 0
          ? html`<p class="empty card">${t('conversations.empty')}</p>`
          : html`<ul>
            ${this.threads.map(
              (thread) => html`<li>
                <button data-testid="phone-conversation" data-address=${thread.address} @click=${() => this.open(thread.address)}>
                  <span class="who" data-testid="phone-conversation-name">${
                    thread.name ??
                    html`<span class="tel">${displayAddress(thread.address, this.region)}</span>`
                  }</span>
                  <span class="when">${formatWhen(thread.lastDate)}</span>
                  <span class="last">${thread.lastDirection === 'out' ? t('conversations.you') : ''}${thread.lastBody}</span>
                  ${thread.unread > 0 ? html`<span class="count">${thread.unread}</span>` : html`<span></span>`}
                </button>
              </li>`,
            )}
          </ul>`
      }`;
  }

  private open(address: string): void {
    this.dispatchEvent(new CustomEvent('open', { detail: address, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-phone-conversations': PtPhoneConversations;
  }
}
