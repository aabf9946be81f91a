import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { i18n } from '../lib/i18n';
import { sendRuntimeMessage } from '../lib/runtime-messages';

/** After a typed-code pairing: the person compares six digits with the phone's before it is trusted. */
@customElement('pt-sas-check')
export class PtSasCheck extends LitElement {
  static override styles = css`
    :host { display: block; background: var(--pt-warning-surface); border: 1px solid var(--pt-warning-line); border-radius: 10px; padding: 12px; }
    h2 { font-size: 14px; margin: 0 0 6px; }
    p { margin: 0 0 8px; color: var(--pt-text-soft); font-size: 13px; }
    .sas { font-size: 28px; font-weight: 700; letter-spacing: 0.08em; text-align: center; margin: 6px 0 10px; }
    .row { display: flex; gap: 8px; justify-content: flex-end; }
    button { font: inherit; font-size: 13px; padding: 6px 12px; border-radius: 8px; border: 1px solid var(--pt-control-border); background: var(--pt-surface); cursor: pointer; }
    .yes { background: var(--pt-accent); border-color: var(--pt-accent); color: var(--pt-on-accent); font-weight: 600; }
  `;

  @property() sas = '';
  @property() phoneName = '';
  private answered = false;

  override render() {
    return html`
      <h2>${i18n.t('sas.title')}</h2>
      <p>${i18n.t('sas.typed', { phone: this.phoneName || i18n.t('sas.aPhone') })}</p>
      <div class="sas" data-testid="sas-value">${this.sas}</div>
      <div class="row">
        <button data-testid="sas-reject" @click=${() => this.answer(false)}>${i18n.t('sas.differ')}</button>
        <button class="yes" data-testid="sas-confirm" @click=${() => this.answer(true)}>${i18n.t('sas.match')}</button>
      </div>
    `;
  }

  private answer(matches: boolean): void {
    if (this.answered) return;
    this.answered = true;
    void sendRuntimeMessage({ peertext: 'sas', matches }).catch(() => undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-sas-check': PtSasCheck;
  }
}
