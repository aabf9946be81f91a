import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/translate';
import type { BridgeStatus } from '../phone/phone-bridge';

function sentence(status: BridgeStatus): { tone: string; text: string } {
  if (status.problem) return { tone: 'bad', text: status.problem };
  switch (status.kind) {
    case 'native':
      return { tone: 'ok', text: t('bridge.native') };
    case 'sms-link':
      return { tone: 'wait', text: t('bridge.smsLink') };
    default:
      return { tone: 'wait', text: t('bridge.detecting') };
  }
}

/** Says plainly whether this phone sends by itself or needs a tap for every text. */
@customElement('pt-bridge-status')
export class PtBridgeStatus extends LitElement {
  static override styles = css`
    :host { display: block; }
    p { display: flex; align-items: flex-start; gap: 8px; margin: 0; font-size: 14px; color: var(--pt-text-soft); }
    .dot { width: 9px; height: 9px; border-radius: 50%; flex: none; margin-top: 6px; }
    .ok { background: var(--pt-dot-ok); }
    .wait { background: var(--pt-dot-wait); }
    .bad { background: var(--pt-dot-bad); }
  `;

  @property({ attribute: false }) status: BridgeStatus = { kind: 'detecting' };

  override render() {
    const { tone, text } = sentence(this.status);
    return html`<p data-testid="bridge-status" data-kind=${this.status.kind}>
      <span class="dot ${tone}"></span><span>${text}</span>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-bridge-status': PtBridgeStatus;
  }
}
