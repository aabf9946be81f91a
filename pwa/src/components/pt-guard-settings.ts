import { LiveQueryController } from '@web/live-query-controller';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PhoneDb } from '../db/phone-db';
import { readGuardSettings } from '../sending/guard-facts';

const MAX_LIMIT = 10_000;

/** The limits each computer is held to, shown with their current values and editable. */
@customElement('pt-guard-settings')
export class PtGuardSettings extends LitElement {
  static override styles = [
    css`
      :host { display: block; }
      details { background: #fff; border: 1px solid #dde1e6; border-radius: 14px; padding: 12px 14px; }
      summary { font-size: 13px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; color: #6b7580; cursor: pointer; }
      p { font-size: 14px; color: #3d4650; margin: 10px 0; }
      label { display: flex; align-items: center; justify-content: space-between; gap: 12px; font-size: 15px; margin: 8px 0; }
      input { width: 90px; font: inherit; padding: 6px 10px; border: 1px solid #c4cad1; border-radius: 8px; text-align: right; }
      button { font: inherit; font-weight: 600; border-radius: 10px; border: 0; padding: 10px 16px; background: #2457c5; color: #fff; }
      .note { font-size: 13px; color: #6b7580; }
      .error { color: #b42828; }
    `,
  ];

  @property({ attribute: false }) db!: PhoneDb;
  @state() private message = '';
  @state() private error = false;
  private readonly settings = new LiveQueryController(this, () => readGuardSettings(this.db));

  override render() {
    const current = this.settings.value;
    if (!current) return html``;
    return html`<details data-testid="guard-settings">
      <summary>Limits for each computer</summary>
      <p>A paired computer can only ask this phone for so many texts. Short codes, premium-rate numbers
        and more than 5 new recipients in 10 minutes always wait for your OK here.</p>
      <form novalidate @submit=${this.save}>
        <label>Texts per 10 minutes
          <input data-testid="guard-per-window" name="perTenMinutes" type="number" min="1" max=${MAX_LIMIT}
            required .value=${String(current.perTenMinutes)} /></label>
        <label>Texts per day
          <input data-testid="guard-per-day" name="perDay" type="number" min="1" max=${MAX_LIMIT}
            required .value=${String(current.perDay)} /></label>
        <button data-testid="guard-save">Save limits</button>
        ${this.message ? html`<p class="note ${this.error ? 'error' : ''}" role="status">${this.message}</p>` : ''}
      </form>
    </details>`;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const perTenMinutes = Number(form.get('perTenMinutes'));
    const perDay = Number(form.get('perDay'));
    const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_LIMIT;
    if (!valid(perTenMinutes) || !valid(perDay)) {
      this.error = true;
      this.message = `Each limit is a whole number from 1 to ${MAX_LIMIT}.`;
      return;
    }
    await this.db.settings.put({ key: 'guards', perTenMinutes, perDay });
    this.error = false;
    this.message = 'Saved. The new limits apply to the next text.';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-guard-settings': PtGuardSettings;
  }
}
