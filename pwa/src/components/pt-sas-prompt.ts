import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/translate';
import type { PhoneService } from '../phone/phone-service';
import { ServiceController } from './service-controller';
import { sharedStyles } from './shared-styles';

/** A computer reached through a typed code: trusted only if both screens show the same six digits. */
@customElement('pt-sas-prompt')
export class PtSasPrompt extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .card { border-color: var(--pt-warning-line); background: var(--pt-warning-surface); }
      p { margin: 0 0 8px; font-size: 15px; }
      .sas { font-size: 34px; font-weight: 700; letter-spacing: 0.08em; text-align: center; margin: 8px 0 12px; }
      .actions { display: flex; gap: 8px; }
      .actions .primary { flex: 1; }
    `,
  ];

  @property({ attribute: false }) service!: PhoneService;
  @property() peerId = '';

  constructor() {
    super();
    new ServiceController(this, () => this.service);
  }

  override render() {
    const check = this.service.sasChecks.get(this.peerId);
    if (!check) return '';
    return html`<section class="card" role="alert">
      <h2>${t('sas.title')}</h2>
      <p>${t('sas.ask', { device: check.peer.device })}</p>
      <div class="sas" data-testid="sas-value">${check.sas}</div>
      ${
        check.here
          ? html`<p data-testid="sas-waiting">${t('sas.waiting')}</p>`
          : html`<div class="actions">
            <button class="secondary" data-testid="sas-reject" @click=${() => this.service.answerSas(this.peerId, false)}>
              ${t('sas.differs')}
            </button>
            <button class="primary" data-testid="sas-confirm" @click=${() => this.service.answerSas(this.peerId, true)}>
              ${t('sas.matches')}
            </button>
          </div>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-sas-prompt': PtSasPrompt;
  }
}
