import { readPairingUrl } from '@core/pairing/pairing-link';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { t } from '../i18n/translate';
import { localPairingError, type PairingRequest } from '../phone/pairing-from-location';
import { createQrDecoder } from '../phone/qr-decoder';
import { sharedStyles } from './shared-styles';

const SCAN_EVERY_MS = 200;

/**
 * Scans the extension's pairing QR code with the camera. Fires `scanned` (detail: PairingRequest),
 * which leads to the same confirmation as opening the link: scanning alone never pairs.
 */
@customElement('pt-qr-scanner')
export class PtQrScanner extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      video { width: 100%; border-radius: 10px; background: var(--pt-media-background); margin-top: 8px; }
      .error { color: var(--pt-danger); font-size: 14px; margin: 8px 0 0; }
    `,
  ];

  @state() private scanning = false;
  @state() private error = '';
  private stream: MediaStream | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  override render() {
    return html`<section class="card">
      <h2>${t('pairing.title')}</h2>
      ${
        this.scanning
          ? html`<video data-testid="scanner-video" muted playsinline></video>
            <button class="quiet" @click=${() => this.stop()}>${t('scanner.cancel')}</button>`
          : html`<button class="primary" data-testid="scan-qr" @click=${this.start}>${t('scanner.scan')}</button>`
      }
      ${this.error ? html`<p class="error" role="alert" data-testid="scan-error">${this.error}</p>` : ''}
    </section>`;
  }

  private async start(): Promise<void> {
    this.error = '';
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      this.error = t('scanner.noCamera');
      return;
    }
    this.scanning = true;
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video')!;
    video.srcObject = this.stream;
    await video.play().catch(() => undefined);
    const decode = await createQrDecoder();
    const tick = async () => {
      if (!this.scanning) return;
      const text = await decode(video).catch(() => undefined);
      if (text) return this.found(text);
      this.timer = setTimeout(() => void tick(), SCAN_EVERY_MS);
    };
    void tick();
  }

  private found(text: string): void {
    let request: PairingRequest;
    try {
      request = localPairingError(readPairingUrl(text));
    } catch {
      request = { error: t('scanner.notPairing') };
    }
    this.stop();
    this.dispatchEvent(new CustomEvent('scanned', { detail: request, bubbles: true, composed: true }));
  }

  private stop(): void {
    clearTimeout(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    this.scanning = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-qr-scanner': PtQrScanner;
  }
}
