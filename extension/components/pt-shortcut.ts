import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { browser } from 'wxt/browser';
import { i18n } from '../lib/i18n';

/** The command that opens the toolbar popup: MV3's name (Chrome), then MV2's (Firefox). */
const OPEN_POPUP = ['_execute_action', '_execute_browser_action'];

/**
 * The keyboard shortcut that opens PeerText, in small text, as the browser has it now: read from
 * `commands.getAll()` rather than written down, so a shortcut the person remapped shows as theirs,
 * and none shows once they cleared it (or another extension took the keys).
 */
@customElement('pt-shortcut')
export class PtShortcut extends LitElement {
  static override styles = css`
    :host { font-size: 11px; color: var(--pt-muted); }
    kbd { font: inherit; }
  `;

  @state() private shortcut = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override render() {
    return this.shortcut
      ? html`<span title=${i18n.t('shortcut.title')}>${i18n.t('shortcut.label')} <kbd data-testid="shortcut">${this.shortcut}</kbd></span>`
      : '';
  }

  private async load(): Promise<void> {
    // A browser without the commands API (or a failing one) shows nothing: the hint is a nicety.
    const commands = await browser.commands?.getAll().catch(() => []);
    this.shortcut = commands?.find((c) => OPEN_POPUP.includes(c.name ?? ''))?.shortcut ?? '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-shortcut': PtShortcut;
  }
}
