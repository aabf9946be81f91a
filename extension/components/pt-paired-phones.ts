import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatWhen, i18n } from '../lib/i18n';
import type { PairedPhone } from '../lib/kv';

/** The phones this computer trusts, with when each was paired and last in touch. */
@customElement('pt-paired-phones')
export class PtPairedPhones extends LitElement {
  static override styles = css`
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { padding: 8px 0; border-top: 1px solid var(--pt-border); }
    .name { font-weight: 600; }
    .when { color: var(--pt-muted); font-size: 13px; }
    p { color: var(--pt-muted); margin: 0; }
  `;

  @property({ attribute: false }) phones: readonly PairedPhone[] = [];

  override render() {
    if (this.phones.length === 0) return html`<p data-testid="no-phones">${i18n.t('pairedPhones.none')}</p>`;
    return html`<ul>
      ${this.phones.map(
        (phone) => html`<li data-testid="paired-phone" data-fingerprint=${phone.fingerprint}>
          <div class="name">${phone.name}</div>
          <div class="when" data-testid="last-contact">
            ${i18n.t('pairedPhones.paired', { when: formatWhen(phone.pairedAt) })} ·
            ${
              phone.lastContactAt
                ? i18n.t('pairedPhones.lastInTouch', { when: formatWhen(phone.lastContactAt) })
                : i18n.t('pairedPhones.notInTouch')
            }
          </div>
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-paired-phones': PtPairedPhones;
  }
}
