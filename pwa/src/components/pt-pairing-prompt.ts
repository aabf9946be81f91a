import type { PairingInfo } from '@core/pairing/pairing-link';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PairedComputer } from '../db/phone-db';
import { formatDate } from '../i18n/formats';
import { t, tParts } from '../i18n/translate';
import type { PairingRequest } from '../phone/pairing-from-location';
import { reviewPairing } from '../phone/pairing-review';
import { sharedStyles } from './shared-styles';

/**
 * Asks before pairing: opening a link must never be enough to let a computer send SMS from here.
 * Any page can make such a link, so the prompt shows where it connects and warns when that is a
 * server none of the paired computers uses, or when it would replace a pairing.
 * Fires `pair` (detail: PairingInfo) or `dismiss`.
 */
@customElement('pt-pairing-prompt')
export class PtPairingPrompt extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .card { border-color: var(--pt-accent-line); box-shadow: 0 2px 10px var(--pt-shadow); }
      .error { border-color: var(--pt-danger-line); background: var(--pt-danger-card); }
      h2 { color: var(--pt-accent); }
      .error h2 { color: var(--pt-danger); }
      p { margin: 0 0 12px; font-size: 15px; line-height: 1.45; }
      .name, .server { font-weight: 700; overflow-wrap: anywhere; }
      .warn { padding: 8px 10px; border-radius: 8px; background: var(--pt-warning-surface); color: var(--pt-warning-strong); font-size: 14px; }
      .actions { display: flex; gap: 8px; flex-wrap: wrap; }
      .actions .primary { flex: 1; }
    `,
  ];

  @property({ attribute: false }) request: PairingRequest | undefined;
  /** The computers this phone is paired with now. */
  @property({ attribute: false }) paired: readonly PairedComputer[] = [];
  @state() private busy = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('request')) this.busy = false;
  }

  override render() {
    const request = this.request;
    if (!request) return '';
    if ('error' in request) {
      return html`<section class="card error" role="alert">
        <h2>${t('pairing.linkTitle')}</h2>
        <p data-testid="pairing-error">${request.error}</p>
        <div class="actions">
          <button class="secondary" data-testid="pair-dismiss" @click=${this.dismiss}>${t('pairing.close')}</button>
        </div>
      </section>`;
    }
    const review = reviewPairing(request, this.paired);
    return html`<section class="card">
      <h2>${t('pairing.title')}</h2>
      <p>${tParts('pairing.ask', {
        name: html`<span class="name" data-testid="pair-name">${request.device || t('pairing.thisComputer')}</span>`,
      })}</p>
      <p>${tParts('pairing.server', {
        server: html`<span class="server" data-testid="pair-server">${review.serverHost}</span>`,
      })}</p>
      ${
        review.newServer
          ? html`<p class="warn" data-testid="pair-new-server">
              ${this.paired.length ? t('pairing.newServerOthers') : ''}${t('pairing.newServer')}
            </p>`
          : ''
      }
      ${
        review.replaces
          ? html`<p class="warn" data-testid="pair-replaces">
              ${tParts('pairing.replaces', {
                name: html`<span class="name">${review.replaces.name}</span>`,
                date: formatDate(review.replaces.pairedAt),
              })}
            </p>`
          : ''
      }
      <div class="actions">
        <button class="primary" data-testid="pair-confirm" ?disabled=${this.busy} @click=${() => this.confirm(request)}>
          ${t(review.replaces ? 'pairing.replace' : 'pairing.pair')}
        </button>
        <button class="quiet" data-testid="pair-dismiss" @click=${this.dismiss}>${t('pairing.notNow')}</button>
      </div>
    </section>`;
  }

  private confirm(info: PairingInfo): void {
    this.busy = true;
    this.dispatchEvent(new CustomEvent<PairingInfo>('pair', { detail: info, bubbles: true, composed: true }));
  }

  private dismiss(): void {
    this.dispatchEvent(new CustomEvent('dismiss', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-pairing-prompt': PtPairingPrompt;
  }
}
