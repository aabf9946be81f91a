import { LiveQueryController } from '@web/live-query-controller';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { i18n } from '../lib/i18n';
import { deleteKv, readKv, writeKv } from '../lib/kv';
import { KEEP_DAYS, pruneOldTexts } from '../lib/retention';

/** How long this computer keeps texts, and whether notifications show them (shared screens). */
@customElement('pt-privacy-settings')
export class PtPrivacySettings extends LitElement {
  static override styles = css`
    :host { display: grid; gap: 12px; font-size: 13px; color: var(--pt-text-soft); }
    label { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    select { font: inherit; padding: 4px 6px; border-radius: 6px; border: 1px solid var(--pt-control-border); background: var(--pt-surface); }
    p { margin: 0; }
  `;

  private readonly keepDays = new LiveQueryController(this, () => readKv('keepTextsDays'));
  private readonly showText = new LiveQueryController(this, () => readKv('notificationText'));
  /** What the last change removed, in words. */
  @state() private pruned: string | undefined;

  override render() {
    const days = this.keepDays.value;
    return html`
      <label>
        ${i18n.t('privacy.keep')}
        <select data-testid="keep-texts" @change=${this.keepChanged}>
          <option value="" ?selected=${!days}>${i18n.t('privacy.forever')}</option>
          ${KEEP_DAYS.map((d) => html`<option value=${d} ?selected=${days === d}>${i18n.t('privacy.forDays', d)}</option>`)}
        </select>
      </label>
      ${this.pruned ? html`<p data-testid="keep-texts-pruned" role="status">${this.pruned}</p>` : ''}
      <label>
        <input
          type="checkbox"
          data-testid="notification-text"
          .checked=${this.showText.value !== false}
          @change=${this.showTextChanged}
        />
        ${i18n.t('privacy.showText')}
      </label>
      <p>${i18n.t('privacy.phoneKeeps')}</p>
    `;
  }

  private readonly keepChanged = async (event: Event): Promise<void> => {
    const days = Number((event.target as HTMLSelectElement).value);
    await (days ? writeKv('keepTextsDays', days) : deleteKv('keepTextsDays'));
    const removed = await pruneOldTexts();
    this.pruned = removed ? i18n.t('privacy.removed', removed) : undefined;
  };

  private readonly showTextChanged = (event: Event): Promise<void> =>
    writeKv('notificationText', (event.target as HTMLInputElement).checked);
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-privacy-settings': PtPrivacySettings;
  }
}
