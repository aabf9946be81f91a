import { LiveQueryController } from '@web/live-query-controller';
import { adoptPageStyles, tokens } from '@web/style-tokens';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { readKv } from '../lib/kv';
import { sendRuntimeMessage } from '../lib/runtime-messages';
import { threadFromHash } from '../lib/tab-view';
import './pt-compose';
import './pt-conversations';
import './pt-link-status';
import './pt-outbox';
import { i18n } from '../lib/i18n';
import { sharedStyles } from './shared-styles';

/** The thread's code (and the number formatting it shows) comes after the list, as in the popup. */
const thread = () => import('./pt-thread');

/**
 * The full-tab view for long sessions: the popup's own elements, laid out for a wide window, the
 * conversations on the left and the open one on the right. Pairing stays in the popup: this page
 * is for texting once a phone is there. The thread on show follows `#thread=`, so a notification's
 * link and the browser's back button both work.
 */
@customElement('pt-tab-view')
export class PtTabView extends LitElement {
  static override styles = [
    tokens,
    sharedStyles,
    css`
      :host { display: grid; grid-template-columns: minmax(280px, 360px) minmax(0, 1fr); gap: 20px; padding: 20px; max-width: 1200px; margin: 0 auto; box-sizing: border-box; min-height: 100vh; }
      aside { display: grid; align-content: start; gap: 12px; }
      h1 { font-size: 18px; margin: 0; letter-spacing: -0.01em; }
      main { display: grid; align-content: start; gap: 12px; background: var(--pt-surface); border: 1px solid var(--pt-border); border-radius: 12px; padding: 16px; --pt-thread-height: calc(100vh - 200px); }
      .empty { color: var(--pt-muted); margin: 0; }
    `,
  ];

  @state() private thread: string | undefined = threadFromHash();
  private readonly link = new LiveQueryController(this, () => readKv('link'));

  override connectedCallback(): void {
    super.connectedCallback();
    // The page around this element takes its colours from the same tokens (web/style-tokens.ts).
    adoptPageStyles(this.ownerDocument);
    window.addEventListener('hashchange', this.onHash);
    // As the popup does: after a browser restart the link document may not exist yet.
    void sendRuntimeMessage({ peertext: 'ensure-link' }).catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  override render() {
    const noPhone = this.link.value?.phone === 'never-paired';
    if (this.thread) void thread();
    return html`
      <aside>
        <h1>${i18n.t('extName')}</h1>
        <pt-link-status .status=${this.link.value}></pt-link-status>
        <pt-conversations @open=${(event: CustomEvent<string>) => this.open(event.detail)}></pt-conversations>
        <pt-outbox ?noPhone=${noPhone}></pt-outbox>
      </aside>
      <main data-testid="tab-main">
        ${
          this.thread
            ? html`<pt-thread address=${this.thread} ?noPhone=${noPhone} @back=${() => this.open(undefined)}></pt-thread>`
            : html`<p class="empty">${i18n.t('tabView.pick')}</p><pt-compose></pt-compose>`
        }
      </main>
    `;
  }

  private open(address: string | undefined): void {
    this.thread = address;
    location.hash = address ? `thread=${encodeURIComponent(address)}` : '';
  }

  private readonly onHash = () => {
    this.thread = threadFromHash();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-tab-view': PtTabView;
  }
}
