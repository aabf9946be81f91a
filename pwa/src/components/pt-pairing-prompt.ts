import type { PairingInfo } from '@core/pairing/pairing-link';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PairingRequest } from '../phone/pairing-from-location';
import { sharedStyles } from './shared-styles';

/**
 * Asks before pairing: opening a link must never be enough to let a computer send SMS from here.
 * Fires `pair` (detail: PairingInfo) or `dismiss`.
 */
@customElement('pt-pairing-prompt')
export class PtPairingPrompt extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .card { border-color: #b9c8ea; box-shadow: 0 2px 10px rgba(36, 87, 197, 0.08); }
      .error { border-color: #efc2c2; background: #fff7f7; }
      h2 { color: #2457c5; }
      .error h2 { color: #b42828; }
      p { margin: 0 0 12px; font-size: 15px; line-height: 1.45; }
      .name { font-weight: 700; overflow-wrap: anywhere; }
      .actions { display: flex; gap: 8px; flex-wrap: wrap; }
      .actions .primary { flex: 1; }
    `,
  ];

  @property({ attribute: false }) request: PairingRequest | undefined;
  @state() private busy = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('request')) this.busy = false;
  }

  override render() {
    const request = this.request;
    if (!request) return '';
    if ('error' in request) {
      return html`<section class="card error" role="alert">
        <h2>Pairing link</h2>
        <p data-testid="pairing-error">${request.error}</p>
        <div class="actions">
          <button class="secondary" data-testid="pair-dismiss" @click=${this.dismiss}>Close</button>
        </div>
      </section>`;
    }
    return html`<section class="card">
      <h2>Pair a computer</h2>
      <p>
        Pair with <span class="name" data-testid="pair-name">${request.device || 'this computer'}</span>? It
        will be able to send texts from this phone.
      </p>
      <div class="actions">
        <button class="primary" data-testid="pair-confirm" ?disabled=${this.busy} @click=${() => this.confirm(request)}>
          Pair
        </button>
        <button class="quiet" data-testid="pair-dismiss" @click=${this.dismiss}>Not now</button>
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
