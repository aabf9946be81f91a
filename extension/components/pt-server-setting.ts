import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { i18n } from '../lib/i18n';
import { checkServer, parseServerUrl, type ServerCheck } from '../lib/server-setting';

/**
 * The signaling server field of the options page: type an address, test it, save it. Saving is
 * the page's to do (`save` event with the parsed origin); the check runs from this browser, which
 * is where the extension will connect from.
 */
@customElement('pt-server-setting')
export class PtServerSetting extends LitElement {
  static override styles = css`
    :host { display: block; }
    label { display: block; font-weight: 600; margin: 0 0 4px; }
    .row { display: flex; gap: 6px; }
    input { flex: 1; min-width: 0; font: inherit; padding: 6px 8px; border: 1px solid var(--pt-control-border); border-radius: 6px; }
    button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid var(--pt-control-border); background: var(--pt-surface); cursor: pointer; }
    button.primary { background: var(--pt-accent); border-color: var(--pt-accent); color: var(--pt-on-accent); }
    p { margin: 6px 0 0; font-size: 13px; }
    .ok { color: var(--pt-success); }
    .bad { color: var(--pt-danger); }
  `;

  /** The server in use now. */
  @property() current = '';
  @state() private typed: string | undefined;
  @state() private check: ServerCheck | { checking: true } | undefined;
  @state() private error = '';

  private get value(): string {
    return this.typed ?? this.current;
  }

  private readonly test = async (): Promise<void> => {
    const parsed = parseServerUrl(this.value);
    this.error = parsed.ok ? '' : parsed.error;
    if (!parsed.ok) return;
    this.check = { checking: true };
    this.check = await checkServer(parsed.url);
  };

  private readonly save = (event: Event): void => {
    event.preventDefault();
    const parsed = parseServerUrl(this.value);
    this.error = parsed.ok ? '' : parsed.error;
    if (!parsed.ok) return;
    this.typed = undefined;
    this.dispatchEvent(new CustomEvent('save', { detail: parsed.url }));
  };

  override render() {
    return html`
      <form @submit=${this.save}>
        <label for="server">${i18n.t('server.label')}</label>
        <div class="row">
          <input
            id="server"
            data-testid="server-url"
            type="url"
            spellcheck="false"
            .value=${this.value}
            @input=${(e: Event) => {
              this.typed = (e.target as HTMLInputElement).value;
              this.check = undefined;
            }}
          />
          <button type="button" data-testid="server-test" @click=${this.test}>${i18n.t('server.test')}</button>
          <button class="primary" data-testid="server-save" ?disabled=${this.value === this.current}>${i18n.t('server.save')}</button>
        </div>
        ${this.error ? html`<p class="bad" role="alert" data-testid="server-error">${this.error}</p>` : ''}
        ${this.renderCheck()}
      </form>
    `;
  }

  private renderCheck() {
    const check = this.check;
    if (!check) return '';
    if ('checking' in check)
      return html`<p data-testid="server-check" data-result="checking">${i18n.t('server.testing')}</p>`;
    return check.ok
      ? html`<p class="ok" data-testid="server-check" data-result="ok">
          ${i18n.t('server.reached', check.peers)}
        </p>`
      : html`<p class="bad" data-testid="server-check" data-result="failed">${check.reason}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-server-setting': PtServerSetting;
  }
}
