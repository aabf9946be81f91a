import { displayAddress } from '@core/address/display-address';
import type { ThreadSummary } from '@core/sync/fold-threads';
import { formatWhen } from '@web/format-when';
import type { CountryCode } from 'libphonenumber-js';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
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
    return html`<h2>Conversations</h2>
      ${
        this.threads.length === 0
          ? html`<p class="empty card">Your texts appear here once the app has read them from the phone.</p>`
          : html`<ul>
            ${this.threads.map(
              (t) => html`<li>
                <button data-testid="phone-conversation" data-address=${t.address} @click=${() => this.open(t.address)}>
                  <span class="who" data-testid="phone-conversation-name">${
                    t.name ?? html`<span class="tel">${displayAddress(t.address, this.region)}</span>`
                  }</span>
                  <span class="when">${formatWhen(t.lastDate)}</span>
                  <span class="last">${t.lastDirection === 'out' ? 'You: ' : ''}${t.lastBody}</span>
                  ${t.unread > 0 ? html`<span class="count">${t.unread}</span>` : html`<span></span>`}
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
