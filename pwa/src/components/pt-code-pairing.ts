import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../i18n/translate';
import type { PhoneService } from '../phone/phone-service';
import { sharedStyles } from './shared-styles';

/** For when the phone cannot scan: type the code the computer shows; the six-digit check follows. */
@customElement('pt-code-pairing')
export class PtCodePairing extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form { display: flex; gap: 8px; }
      input {
        flex: 1; min-width: 0; font: inherit; font-size: 18px; letter-spacing: 0.08em; text-transform: uppercase;
        padding: 8px 12px; border: 1px solid var(--pt-control-border); border-radius: 10px;
      }
      .error { color: var(--pt-danger); font-size: 14px; margin: 8px 0 0; }
      p { margin: 0 0 8px; font-size: 14px; color: var(--pt-text-soft); }
    `,
  ];

  @property({ attribute: false }) service!: PhoneService;
  @state() private error = '';
  @state() private busy = false;

  override render() {
    return html`<section class="card">
      <h2>${t('code.title')}</h2>
      <p>${t('code.hint')}</p>
      <form @submit=${this.submit}>
        <input data-testid="code-input" name="code" autocomplete="off" placeholder=${t('code.placeholder')} aria-label=${t('code.label')} />
        <button class="primary" data-testid="code-pair" ?disabled=${this.busy}>${t('code.pair')}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert" data-testid="code-error">${this.error}</p>` : ''}
    </section>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector('input')!;
    this.busy = true;
    const result = await this.service.pairWithCode(input.value);
    this.busy = false;
    this.error = result.ok ? '' : result.error;
    if (result.ok) input.value = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-code-pairing': PtCodePairing;
  }
}
