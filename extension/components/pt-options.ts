import { LiveQueryController } from '@web/live-query-controller';
import { adoptPageStyles, tokens } from '@web/style-tokens';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { type LinkStatus, readKv } from '../lib/kv';
import { sendRuntimeMessage } from '../lib/runtime-messages';
import { saveSignalingUrl, signalingUrl } from '../lib/server-setting';
import './pt-export-menu';
import './pt-paired-phones';
import './pt-privacy-settings';
import './pt-server-setting';
import { i18n } from '../lib/i18n';

/** The extension's options page: which signaling server to use, and the phones paired with this computer. */
@customElement('pt-options')
export class PtOptions extends LitElement {
  static override styles = [
    tokens,
    css`
    :host { display: block; max-width: 40rem; margin: 0 auto; padding: 16px; }
    h1 { font-size: 20px; margin: 0 0 16px; }
    h2 { font-size: 15px; margin: 24px 0 8px; }
    section { background: var(--pt-surface); border: 1px solid var(--pt-border); border-radius: 10px; padding: 14px; }
    p { margin: 8px 0 0; font-size: 13px; color: var(--pt-text-soft); }
    .warn { color: var(--pt-warning); }
  `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    // The page around this element takes its colours from the same tokens (web/style-tokens.ts).
    adoptPageStyles(this.ownerDocument);
  }

  private readonly server = new LiveQueryController(this, () => signalingUrl());
  private readonly phones = new LiveQueryController(this, async () => (await readKv('phones')) ?? []);
  private readonly link = new LiveQueryController(this, () => readKv('link'));
  /** What saving the last server did, in words. */
  @state() private saved: { url: string; rePair: boolean; restarted: boolean } | undefined;

  private readonly save = async (event: CustomEvent<string>): Promise<void> => {
    const before = this.server.value;
    const url = event.detail;
    await saveSignalingUrl(url);
    const restarted =
      (await sendRuntimeMessage({ peertext: 'server-changed' }).catch(() => undefined)) === true;
    this.saved = { url, rePair: before !== url && (this.phones.value ?? []).length > 0, restarted };
  };

  override render() {
    const link = this.link.value;
    return html`
      <h1>${i18n.t('options.title')}</h1>
      <section>
        <pt-server-setting .current=${this.server.value ?? ''} @save=${this.save}></pt-server-setting>
        <p>${i18n.t('options.serverNote')}</p>
        ${link ? html`<p data-testid="server-state">${i18n.t('options.now', { state: serverState(link) })}</p>` : ''}
        ${this.renderSaved()}
      </section>
      <h2>${i18n.t('options.privacy')}</h2>
      <section>
        <pt-privacy-settings></pt-privacy-settings>
      </section>
      <h2>${i18n.t('options.phones')}</h2>
      <section>
        <pt-paired-phones .phones=${this.phones.value ?? []}></pt-paired-phones>
      </section>
      <h2>${i18n.t('options.texts')}</h2>
      <section>
        <pt-export-menu data-testid="export-all" .label=${i18n.t('exportMenu.all')}></pt-export-menu>
        <p>${i18n.t('options.exportNote')}</p>
      </section>
    `;
  }

  private renderSaved() {
    const saved = this.saved;
    if (!saved) return '';
    return html`<p data-testid="server-saved" role="status">
        ${saved.restarted ? i18n.t('options.saved', { url: saved.url }) : i18n.t('options.savedLater', { url: saved.url })}
      </p>
      ${
        saved.rePair
          ? html`<p class="warn" data-testid="server-repair">
              ${i18n.t('options.rePair')}
            </p>`
          : ''
      }`;
  }
}

/** The link's state with the server, in words. */
function serverState(link: LinkStatus): string {
  if (link.signaling === 'online') return i18n.t('options.online');
  if (link.signaling !== 'offline') return i18n.t('options.connecting');
  return link.problem
    ? i18n.t('options.offlineProblem', { problem: link.problem })
    : i18n.t('options.offline');
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-options': PtOptions;
  }
}
