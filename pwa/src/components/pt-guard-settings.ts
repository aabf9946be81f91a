import { defaultCountry } from '@web/default-country';
import { LiveQueryController } from '@web/live-query-controller';
import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PhoneDb } from '../db/phone-db';
import { countryName, listOf } from '../i18n/formats';
import { t } from '../i18n/translate';
import { readGuardSettings } from '../sending/guard-settings';

const MAX_LIMIT = 10_000;

/** The limits each computer is held to, shown with their current values and editable. */
@customElement('pt-guard-settings')
export class PtGuardSettings extends LitElement {
  static override styles = [
    css`
      :host { display: block; }
      details { background: var(--pt-surface); border: 1px solid var(--pt-border); border-radius: 14px; padding: 12px 14px; }
      summary { font-size: 13px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; color: var(--pt-muted); cursor: pointer; }
      p { font-size: 14px; color: var(--pt-text-soft); margin: 10px 0; }
      label { display: flex; align-items: center; justify-content: space-between; gap: 12px; font-size: 15px; margin: 8px 0; }
      input.countries { width: 130px; text-align: left; }
      input { width: 90px; font: inherit; padding: 6px 10px; border: 1px solid var(--pt-control-border); border-radius: 8px; text-align: right; }
      button { font: inherit; font-weight: 600; border-radius: 10px; border: 0; padding: 10px 16px; background: var(--pt-accent); color: var(--pt-on-accent); }
      .note { font-size: 13px; color: var(--pt-muted); }
      .error { color: var(--pt-danger); }
    `,
  ];

  @property({ attribute: false }) db!: PhoneDb;
  @state() private message = '';
  @state() private error = false;
  private readonly settings = new LiveQueryController(this, () =>
    readGuardSettings(this.db, defaultCountry()),
  );

  override render() {
    const current = this.settings.value;
    if (!current) return html``;
    return html`<details data-testid="guard-settings">
      <summary>${t('guards.title')}</summary>
      <p>${t('guards.intro')}</p>
      <form novalidate @submit=${this.save}>
        <label>${t('guards.perTenMinutes')}
          <input data-testid="guard-per-window" name="perTenMinutes" type="number" min="1" max=${MAX_LIMIT}
            required .value=${String(current.perTenMinutes)} /></label>
        <label>${t('guards.perDay')}
          <input data-testid="guard-per-day" name="perDay" type="number" min="1" max=${MAX_LIMIT}
            required .value=${String(current.perDay)} /></label>
        <label>${t('guards.totalPerDay')}
          <input data-testid="guard-total-per-day" name="totalPerDay" type="number" min="1" max=${MAX_LIMIT}
            required .value=${String(current.totalPerDay)} /></label>
        <label>${t('guards.countries')}
          <input data-testid="guard-countries" name="countries" class="countries" autocomplete="off"
            placeholder=${t('guards.countriesPlaceholder')} .value=${(current.countries ?? []).join(', ')} /></label>
        <p class="note" data-testid="guard-countries-names">${
          current.countries?.length
            ? t('guards.countriesNamed', { names: listOf(current.countries.map(countryName)) })
            : t('guards.noCountries')
        }</p>
        <button data-testid="guard-save">${t('guards.save')}</button>
        ${this.message ? html`<p class="note ${this.error ? 'error' : ''}" role="status">${this.message}</p>` : ''}
      </form>
    </details>`;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const perTenMinutes = Number(form.get('perTenMinutes'));
    const perDay = Number(form.get('perDay'));
    const totalPerDay = Number(form.get('totalPerDay'));
    const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_LIMIT;
    if (!valid(perTenMinutes) || !valid(perDay) || !valid(totalPerDay)) {
      this.error = true;
      this.message = t('guards.badLimit', { max: MAX_LIMIT });
      return;
    }
    const countries = parseCountries(String(form.get('countries') ?? ''));
    if (typeof countries === 'string') {
      this.error = true;
      this.message = countries;
      return;
    }
    await this.db.settings.put({ key: 'guards', perTenMinutes, perDay, totalPerDay, countries });
    this.error = false;
    this.message = t('guards.saved');
  }
}

/** "gb, FR" → ['GB', 'FR'], or what is wrong with it. */
function parseCountries(text: string): CountryCode[] | string {
  const codes = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase()),
    ),
  ];
  if (codes.length === 0) return t('guards.noCountry');
  const unknown = codes.find((c) => !isSupportedCountry(c));
  if (unknown) return t('guards.unknownCountry', { code: unknown });
  return codes as CountryCode[];
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-guard-settings': PtGuardSettings;
  }
}
