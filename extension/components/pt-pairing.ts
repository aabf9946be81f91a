import { pairingUrl } from '@core/pairing/pairing-link';
import { palette } from '@web/palette';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import QRCode from 'qrcode';
import { deviceName } from '../lib/device-name';
import { i18n } from '../lib/i18n';
import { requestPairingCode } from '../lib/pairing-code';
import { currentPairingOffer } from '../lib/pairing-offer';
import { phoneAppUrl, signalingUrl } from '../lib/server-setting';

/** Shows the phone where to find this computer: a QR code and the same link to copy. */
@customElement('pt-pairing')
export class PtPairing extends LitElement {
  static override styles = css`
    :host { display: block; background: var(--pt-surface); border: 1px solid var(--pt-border); border-radius: 10px; padding: 12px; }
    h2 { font-size: 14px; margin: 0 0 6px; }
    p { margin: 0 0 8px; color: var(--pt-text-soft); font-size: 13px; }
    .qr { display: flex; justify-content: center; }
    /* Dark on a light tile in both schemes: scanners need the contrast and a light quiet zone. */
    img { width: 180px; height: 180px; image-rendering: pixelated; background: var(--pt-qr-light); padding: var(--pt-qr-padding); }
    .row { display: flex; gap: 6px; align-items: center; }
    a { flex: 1; min-width: 0; font-size: 11px; color: var(--pt-accent); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .alt { margin: 8px 0 0; }
    .code { font-size: 16px; letter-spacing: 0.06em; white-space: nowrap; }
    button { font: inherit; font-size: 12px; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--pt-control-border); background: var(--pt-surface); cursor: pointer; }
  `;

  @property() peerId = '';
  @property() keyFingerprint = '';
  @state() private qr = '';
  @state() private copied = false;
  @state() private url = '';
  @state() private server = '';
  @state() private code: { code: string; expiresAt: number } | { error: string } | undefined;
  private refresh: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refresh);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('peerId') || changed.has('keyFingerprint')) && this.peerId && this.keyFingerprint) {
      void this.showOffer();
    }
  }

  /** A fresh one-time secret in the code; replaced before it expires, so what is on screen works. */
  private async showOffer(): Promise<void> {
    clearTimeout(this.refresh);
    const offer = await currentPairingOffer();
    const server = await signalingUrl();
    this.server = server;
    this.url = pairingUrl(phoneAppUrl(server), {
      signalingUrl: server,
      peerId: this.peerId,
      device: deviceName(),
      keyFingerprint: this.keyFingerprint,
      secret: offer.secret,
    });
    this.qr = await QRCode.toDataURL(this.url, {
      margin: 1,
      width: 360,
      errorCorrectionLevel: 'M',
      color: { dark: palette['qr-dark'].light, light: palette['qr-light'].light },
    });
    this.refresh = setTimeout(
      () => void this.showOffer(),
      Math.max(5_000, offer.expiresAt - Date.now() - 60_000),
    );
  }

  override render() {
    if (!this.peerId || !this.url) return html`<p>${i18n.t('pairing.preparing')}</p>`;
    return html`
      <h2>${i18n.t('pairing.title')}</h2>
      <p>${i18n.t('pairing.scan')}</p>
      <div class="qr">${this.qr ? html`<img data-testid="pairing-qr" alt=${i18n.t('pairing.qrAlt')} src=${this.qr} />` : ''}</div>
      <div class="row">
        <a data-testid="pairing-link" href=${this.url} target="_blank" rel="noreferrer">${this.url}</a>
        <button @click=${this.copy}>${this.copied ? i18n.t('pairing.copied') : i18n.t('pairing.copy')}</button>
      </div>
      <p class="alt">${i18n.t('pairing.server')} <strong data-testid="pairing-server">${new URL(this.server).host}</strong>${i18n.t('pairing.serverNote')}</p>
      ${this.renderCode()}
    `;
  }

  private renderCode() {
    if (!this.code) {
      return html`<p class="alt">${i18n.t('pairing.noCamera')}
        <button data-testid="pairing-use-code" @click=${this.showCode}>${i18n.t('pairing.useCode')}</button></p>`;
    }
    if ('error' in this.code) return html`<p class="alt" role="alert">${this.code.error}</p>`;
    return html`<p class="alt">${i18n.t('pairing.typeCode')}
      <strong class="code" data-testid="pairing-code">${this.code.code}</strong>${i18n.t('pairing.thenCompare')}</p>`;
  }

  private async showCode(): Promise<void> {
    try {
      this.code = await requestPairingCode();
    } catch (error) {
      this.code = { error: (error as Error).message };
    }
  }

  private async copy(): Promise<void> {
    await navigator.clipboard.writeText(this.url);
    this.copied = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-pairing': PtPairing;
  }
}
