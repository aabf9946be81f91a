import { LiveQueryController } from '@web/live-query-controller';
import { adoptPageStyles, tokens } from '@web/style-tokens';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { readKv } from '../lib/kv';
import { sendRuntimeMessage } from '../lib/runtime-messages';
import { saveSignalingUrl, signalingUrl } from '../lib/server-setting';
import './pt-export-menu';
import './pt-paired-phones';
import './pt-privacy-settings';
import './pt-server-setting';

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
      <h1>PeerText settings</h1>
      <section>
        <pt-server-setting .current=${this.server.value ?? ''} @save=${this.save}></pt-server-setting>
        <p>
          Your texts never pass through this server: it only introduces your phone and this computer to each
          other, and hands out relay addresses for networks that need one.
        </p>
        ${link ? html`<p data-testid="server-state">Now: ${link.signaling === 'online' ? 'connected to the server' : link.signaling === 'offline' ? `not connected to the server${link.problem ? ` (${link.problem})` : ''}` : 'connecting…'}.</p>` : ''}
        ${this.renderSaved()}
      </section>
      <h2>Privacy on this computer</h2>
      <section>
        <pt-privacy-settings></pt-privacy-settings>
      </section>
      <h2>Paired phones</h2>
      <section>
        <pt-paired-phones .phones=${this.phones.value ?? []}></pt-paired-phones>
      </section>
      <h2>Your texts</h2>
      <section>
        <pt-export-menu data-testid="export-all" label="Export all texts"></pt-export-menu>
        <p>
          A file of every text this computer holds from your phone, to keep or open in a spreadsheet. It
          stays on this computer.
        </p>
      </section>
    `;
  }

  private renderSaved() {
    const saved = this.saved;
    if (!saved) return '';
    return html`<p data-testid="server-saved" role="status">
        Saved: this computer now uses ${saved.url}${saved.restarted ? '' : ' (it connects there when its connection next starts, within a minute)'}.
      </p>
      ${
        saved.rePair
          ? html`<p class="warn" data-testid="server-repair">
              Your phone finds this computer through the server they paired on. Pair the phone again (toolbar
              popup → Pair), so it looks for this computer on the new server.
            </p>`
          : ''
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-options': PtOptions;
  }
}
