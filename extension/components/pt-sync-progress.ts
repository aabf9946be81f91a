import { LiveQueryController } from '@web/live-query-controller';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { db } from '../lib/extension-db';
import { i18n, uiLanguage } from '../lib/i18n';

/** While this computer catches up with the phone's texts: how far it has got. Hidden once it has. */
@customElement('pt-sync-progress')
export class PtSyncProgress extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 12px; color: var(--pt-text-soft); }
    progress { width: 100%; height: 6px; accent-color: var(--pt-accent); }
  `;

  private readonly cursors = new LiveQueryController(this, () => db.cursors.toArray());

  override render() {
    const behind = (this.cursors.value ?? []).find((c) => c.seq < c.head);
    if (!behind) return html``;
    const count = new Intl.NumberFormat(uiLanguage());
    return html`<div data-testid="sync-progress" role="status">
      ${i18n.t('sync.progress', { done: count.format(behind.seq), total: count.format(behind.head) })}
      <progress max=${behind.head} .value=${behind.seq}></progress>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-sync-progress': PtSyncProgress;
  }
}
