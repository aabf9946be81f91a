import { displayAddress } from '@core/address/display-address';
import type { CountryCode } from 'libphonenumber-js';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { smsLink } from '../bridge/sms-link-bridge';
import type { SendRequest } from '../db/phone-db';
import { formatTime } from '../i18n/formats';
import { t } from '../i18n/translate';
import { sharedStyles } from './shared-styles';

/**
 * Texts the computers asked this phone to send, newest first. Fires `hand-off` (detail: msgId), and
 * `held-answer` (detail: {msgId, send}) for a text waiting for the person's yes or no.
 */
@customElement('pt-request-list')
export class PtRequestList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .top { display: flex; align-items: baseline; gap: 8px; }
      .to { font-weight: 600; flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
      .when { font-size: 12px; color: var(--pt-muted); }
      .state { font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 999px; white-space: nowrap; }
      .on-phone, .queued, .handed-off { background: var(--pt-warning-surface); color: var(--pt-warning); }
      .sent { background: var(--pt-accent-surface); color: var(--pt-accent); }
      .delivered { background: var(--pt-success-surface); color: var(--pt-success); }
      .failed, .unknown { background: var(--pt-danger-surface); color: var(--pt-danger); }
      .from { font-size: 12px; color: var(--pt-muted); margin-top: 2px; }
      .body { margin: 6px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 15px; line-height: 1.4; }
      .reason { margin: 6px 0 0; font-size: 13px; color: var(--pt-danger); }
      .tap { margin-top: 10px; display: grid; gap: 6px; }
      .tap p { margin: 0; font-size: 13px; color: var(--pt-text-soft); }
      .held { margin-top: 10px; display: flex; gap: 8px; }
      .held button { flex: 1; }
      .held-reason { margin: 6px 0 0; font-size: 13px; color: var(--pt-warning); }
    `,
  ];

  @property({ attribute: false }) requests: SendRequest[] = [];
  @property({ attribute: false }) computerNames: ReadonlyMap<string, string> = new Map();
  /** Whose numbers are national (`displayAddress`): `homeRegion`, from the guard settings. */
  @property({ attribute: false }) region: CountryCode | undefined;

  override render() {
    return html`<h2>${t('requests.title')}</h2>
      ${
        this.requests.length === 0
          ? html`<p class="empty card">${t('requests.empty')}</p>`
          : html`<ul>
            ${this.requests.map((r) => this.renderRequest(r))}
          </ul>`
      }`;
  }

  private renderRequest(request: SendRequest) {
    const awaitingTap = request.via === 'sms-link' && request.state === 'on-phone';
    const held = request.dispatch === 'held';
    const from = this.computerNames.get(request.computerPeerId);
    return html`<li class="card" data-testid="request" data-msg-id=${request.msgId} data-state=${request.state}>
      <div class="top">
        <span class="to tel" data-testid="request-to">${displayAddress(request.to, this.region)}</span>
        <span class="when">${formatTime(request.createdAt)}</span>
        <span class="state ${request.state}">${t(held ? 'requests.needsOk' : awaitingTap ? 'requests.tapToSend' : `state.${request.state}`)}</span>
      </div>
      ${from ? html`<div class="from">${t('requests.from', { name: from })}</div>` : ''}
      <p class="body" data-testid="request-body">${request.bodyRemoved ? html`<em>${t('requests.deleted')}</em>` : request.body}</p>
      ${
        request.reason
          ? html`<p class=${held ? 'held-reason' : 'reason'} data-testid="request-reason">${request.reason}</p>`
          : ''
      }
      ${
        held
          ? html`<div class="held">
            <button class="secondary" data-testid="request-refuse" @click=${() => this.answer(request.msgId, false)}>
              ${t('requests.refuse')}
            </button>
            <button class="primary" data-testid="request-confirm" @click=${() => this.answer(request.msgId, true)}>
              ${t('requests.confirm')}
            </button>
          </div>`
          : ''
      }
      ${
        awaitingTap
          ? html`<div class="tap">
            <a
              class="button primary"
              data-testid="open-sms"
              href=${smsLink(request.to, request.body)}
              @click=${() => this.handOff(request.msgId)}
              >${t('requests.openSms')}</a
            >
            <p>${t('requests.cannotSend')}</p>
          </div>`
          : ''
      }
    </li>`;
  }

  private answer(msgId: string, send: boolean): void {
    this.dispatchEvent(
      new CustomEvent('held-answer', { detail: { msgId, send }, bubbles: true, composed: true }),
    );
  }

  private handOff(msgId: string): void {
    // No preventDefault: the link itself must open the SMS app.
    this.dispatchEvent(new CustomEvent('hand-off', { detail: msgId, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-request-list': PtRequestList;
  }
}
