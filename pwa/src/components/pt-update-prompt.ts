import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/translate';
import { sharedStyles } from './shared-styles';

/** Shown when a new version is installed and waiting: reloading is the person's choice, never a surprise. */
@customElement('pt-update-prompt')
export class PtUpdatePrompt extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .card { display: flex; align-items: center; gap: 12px; background: var(--pt-accent-surface); border-color: var(--pt-accent-line); }
      span { flex: 1; font-size: 14px; }
    `,
  ];

  @property({ attribute: false }) reload: (() => void) | undefined;

  override render() {
    if (!this.reload) return '';
    const reload = this.reload;
    return html`<div class="card" data-testid="update-prompt" role="status">
      <span>${t('update.ready')}</span>
      <button class="primary" data-testid="update-reload" @click=${() => reload()}>${t('update.reload')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-update-prompt': PtUpdatePrompt;
  }
}
