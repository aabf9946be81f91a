import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExportFormat } from '../lib/export-texts';
import { i18n } from '../lib/i18n';
import { sharedStyles } from './shared-styles';

/**
 * Export one conversation (`address`), or every text when there is none, as CSV or JSON. The export
 * code is imported on the click, so it costs the popup's first load nothing.
 */
@customElement('pt-export-menu')
export class PtExportMenu extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; font-size: 12px; color: var(--pt-text-soft); }
      .error { font-size: 12px; }
    `,
  ];

  /** The conversation to export; empty: all of them. */
  @property() address = '';
  /** What the control says before its formats. */
  @property() label = i18n.t('exportMenu.label');
  @state() private busy = false;
  @state() private error = '';

  override render() {
    return html`
      <span>${i18n.t('exportMenu.labelled', { label: this.label })}</span>
      ${(['csv', 'json'] as const).map(
        (format) =>
          html`<button class="link" data-testid="export-${format}" ?disabled=${this.busy} @click=${() => this.export(format)}>${format.toUpperCase()}</button>`,
      )}
      ${this.busy ? html`<span role="status">${i18n.t('exportMenu.preparing')}</span>` : ''}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
    `;
  }

  private async export(format: ExportFormat): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      const [{ db }, { exportTexts }, { downloadFile }] = await Promise.all([
        import('../lib/extension-db'),
        import('../lib/export-texts'),
        import('../lib/download-file'),
      ]);
      const file = await exportTexts(db, format, this.address || undefined);
      downloadFile(file.name, file.blob);
    } catch (error) {
      this.error = i18n.t('exportMenu.failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-export-menu': PtExportMenu;
  }
}
