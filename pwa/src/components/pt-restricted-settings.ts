import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/translate';
import { sharedStyles } from './shared-styles';

/**
 * The way out when Android refused the SMS permissions without asking (the wrapper's
 * `smsPermissions: "restricted"`): Android 13+ does that to an app installed from a file until the
 * person allows restricted settings. Nothing from here can open that menu, so it lists the steps.
 * Fires `recheck` when the person has done them.
 */
@customElement('pt-restricted-settings')
export class PtRestrictedSettings extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .card { border-color: var(--pt-danger-line); background: var(--pt-danger-card); }
      h2 { color: var(--pt-danger); }
      p, li { font-size: 15px; line-height: 1.45; }
      p { margin: 0 0 10px; }
      ol { margin: 0 0 12px; padding-left: 22px; display: grid; gap: 6px; }
      .hint { color: var(--pt-muted); font-size: 13px; }
    `,
  ];

  /** True when the wrapper reported `smsPermissions: "restricted"`. */
  @property({ type: Boolean }) restricted = false;

  override render() {
    if (!this.restricted) return '';
    return html`<section class="card" role="alert" data-testid="restricted-settings">
      <h2>${t('restricted.title')}</h2>
      <p>${t('restricted.text')}</p>
      <ol data-testid="restricted-steps">
        <li>${t('restricted.step1')}</li>
        <li>${t('restricted.step2')}</li>
        <li>${t('restricted.step3')}</li>
        <li>${t('restricted.step4')}</li>
      </ol>
      <p class="hint">${t('restricted.hint')}</p>
      <button class="primary" data-testid="restricted-recheck" @click=${this.recheck}>${t('restricted.recheck')}</button>
    </section>`;
  }

  private recheck(): void {
    this.dispatchEvent(new CustomEvent('recheck', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-restricted-settings': PtRestrictedSettings;
  }
}
