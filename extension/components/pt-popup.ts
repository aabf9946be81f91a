import { LiveQueryController } from '@web/live-query-controller';
import { adoptPageStyles, tokens } from '@web/style-tokens';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { readKv } from '../lib/kv';
import { sendRuntimeMessage } from '../lib/runtime-messages';
import { openTabView } from '../lib/tab-view';
import './pt-compose';
import './pt-conversations';
import './pt-link-status';
import './pt-outbox';
import './pt-shortcut';
import './pt-sync-progress';
import './pt-unpair-phone';
import { i18n } from '../lib/i18n';
import { sharedStyles } from './shared-styles';

// Screens most openings of the popup never show (the QR code library is the biggest part of the
// popup's code): loaded when first needed, so the everyday list comes up sooner.
const later = {
  pairing: () => import('./pt-pairing'),
  sasCheck: () => import('./pt-sas-check'),
  thread: () => import('./pt-thread'),
};

/** The toolbar popup. Short-lived: it reads Dexie and asks the link to act, it never owns the link. */
@customElement('pt-popup')
export class PtPopup extends LitElement {
  static override styles = [
    tokens,
    sharedStyles,
    css`
      :host { display: grid; grid-template-columns: minmax(0, 1fr); gap: 12px; padding: 14px; }
      header { display: flex; align-items: center; gap: 10px; }
      h1 { font-size: 16px; margin: 0 auto 0 0; letter-spacing: -0.01em; }
    `,
  ];

  @state() private pairingOpen = false;
  /** The conversation on show; a notification opens the popup page with `#thread=<address>`. */
  @state() private thread: string | undefined = threadFromHash();
  private readonly link = new LiveQueryController(this, () => readKv('link'));
  private readonly identity = new LiveQueryController(this, () => readKv('identity'));
  private readonly sasCheck = new LiveQueryController(this, () => readKv('sasCheck'));

  override connectedCallback(): void {
    super.connectedCallback();
    // The page around this element takes its colours from the same tokens (web/style-tokens.ts).
    adoptPageStyles(this.ownerDocument);
    // After a browser restart the link document may not exist yet.
    void sendRuntimeMessage({ peertext: 'ensure-link' }).catch(() => undefined);
  }

  protected override firstUpdated(): void {
    // User timing for bench/sync: the popup's frame is on screen, before any stored data has arrived.
    performance.mark('peertext:popup-shown');
  }

  override render() {
    const status = this.link.value;
    const noPhone = status?.phone === 'never-paired';
    const showPairing = this.pairingOpen || noPhone;
    if (showPairing) void later.pairing();
    if (this.sasCheck.value) void later.sasCheck();
    if (this.thread) void later.thread();
    return html`
      <header>
        <h1>${i18n.t('extName')}</h1>
        <pt-shortcut></pt-shortcut>
        <button class="link" data-testid="open-tab" @click=${() => void openTabView(this.thread)}>${i18n.t('popup.openTab')}</button>
        <button class="link" data-testid="toggle-pairing" @click=${() => (this.pairingOpen = !this.pairingOpen)}>
          ${showPairing && this.pairingOpen ? i18n.t('popup.hidePairing') : i18n.t('popup.pairPhone')}
        </button>
      </header>
      <pt-link-status .status=${status}></pt-link-status>
      <pt-sync-progress></pt-sync-progress>
      ${
        this.sasCheck.value
          ? html`<pt-sas-check sas=${this.sasCheck.value.sas} phoneName=${this.sasCheck.value.phoneName}></pt-sas-check>`
          : ''
      }
      ${
        showPairing
          ? html`<pt-pairing
            peerId=${this.identity.value?.peerId ?? ''}
            keyFingerprint=${this.identity.value?.keyFingerprint ?? ''}
          ></pt-pairing>`
          : ''
      }
      ${
        status?.phone === 'connected' || status?.phone === 'away'
          ? html`<pt-unpair-phone phoneName=${status.phoneName ?? i18n.t('popup.phone')}></pt-unpair-phone>`
          : ''
      }
      ${
        this.thread
          ? html`<pt-thread address=${this.thread} ?noPhone=${noPhone} @back=${() => (this.thread = undefined)}></pt-thread>`
          : html`<pt-compose></pt-compose>
            <pt-conversations @open=${(event: CustomEvent<string>) => (this.thread = event.detail)}></pt-conversations>
            <pt-outbox ?noPhone=${noPhone}></pt-outbox>`
      }
    `;
  }
}

function threadFromHash(): string | undefined {
  const match = /^#thread=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-popup': PtPopup;
  }
}
