import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { askToUnpair } from '../lib/ask-unpair';
import { i18n } from '../lib/i18n';
import { sendRuntimeMessage } from '../lib/runtime-messages';
import { sharedStyles } from './shared-styles';

/**
 * The popup's unpair control, with the choice to remove the phone's texts from this computer too.
 * That choice starts ticked: someone unpairing often leaves the computer (shared, sold, returned),
 * and a privacy tool should not leave the texts behind unless asked; un-ticking keeps them.
 */
@customElement('pt-unpair-phone')
export class PtUnpairPhone extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: grid; gap: 4px; justify-items: start; }
    `,
  ];

  @property() phoneName = i18n.t('popup.phone');
  @state() private removeTexts = true;
  /** Why the last unpair did not happen; the phone is still paired. */
  @state() private error = '';

  private readonly unpair = async (): Promise<void> => {
    const removeTexts = this.removeTexts;
    const what = removeTexts ? i18n.t('unpair.textsRemoved') : i18n.t('unpair.textsStay');
    if (!confirm(i18n.t('unpair.confirm', { what }))) return;
    this.error = '';
    const answer = await askToUnpair(removeTexts);
    if (!answer.ok) this.error = i18n.t('unpair.failed', { error: answer.error });
    // The badge counted unread texts that are gone now.
    else if (removeTexts) void sendRuntimeMessage({ peertext: 'unread-changed' }).catch(() => undefined);
  };

  override render() {
    return html`
      <button class="link" data-testid="unpair-phone" @click=${this.unpair}>${i18n.t('unpair.button', { phone: this.phoneName })}</button>
      <label class="choice">
        <input
          type="checkbox"
          data-testid="unpair-remove-texts"
          .checked=${this.removeTexts}
          @change=${(e: Event) => (this.removeTexts = (e.target as HTMLInputElement).checked)}
        />
        ${i18n.t('unpair.removeTexts')}
      </label>
      ${this.error ? html`<p class="error" role="alert" data-testid="unpair-error">${this.error}</p>` : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-unpair-phone': PtUnpairPhone;
  }
}
