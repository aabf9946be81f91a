import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../i18n/translate';
import { sharedStyles } from './shared-styles';

/** Set once the person closed the note: it is shown on the first run only. */
export const RCS_NOTE_KEY = 'peertext.rcs-note-dismissed';

function dismissedBefore(): boolean {
  try {
    return localStorage.getItem(RCS_NOTE_KEY) === '1';
  } catch {
    return false; // No storage (a locked-down browser): show it, it can still be closed for now.
  }
}

/**
 * Why some conversations never reach the computer: Android gives RCS chats only to the default SMS
 * app, and the wrapper is not one, so only texts that travel as SMS come through. Shown with the
 * Android app's bridge (`active`), once: closing it is remembered on this phone.
 */
@customElement('pt-rcs-note')
export class PtRcsNote extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .card { border-color: var(--pt-accent-line); }
      h2 { color: var(--pt-accent); }
      p { margin: 0 0 10px; font-size: 15px; line-height: 1.45; }
      .hint { color: var(--pt-muted); font-size: 13px; }
    `,
  ];

  /** True when the Android app's bridge is there: only then do received texts reach the computer. */
  @property({ type: Boolean }) active = false;
  @state() private dismissed = dismissedBefore();

  override render() {
    if (!this.active || this.dismissed) return '';
    return html`<section class="card" data-testid="rcs-note">
      <h2>${t('rcs.title')}</h2>
      <p>${t('rcs.text1')}</p>
      <p>${t('rcs.text2')}</p>
      <p class="hint">${t('rcs.hint')}</p>
      <button class="secondary" data-testid="rcs-note-dismiss" @click=${this.dismiss}>${t('rcs.dismiss')}</button>
    </section>`;
  }

  private dismiss(): void {
    this.dismissed = true;
    try {
      localStorage.setItem(RCS_NOTE_KEY, '1');
    } catch {
      // Not stored: it shows again next time, which is better than never.
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-rcs-note': PtRcsNote;
  }
}
