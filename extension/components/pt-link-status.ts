import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { connectProblemText, i18n } from '../lib/i18n';
import type { LinkStatus } from '../lib/kv';

function summarize(status: LinkStatus | undefined): { tone: string; text: string } {
  if (!status) return { tone: 'wait', text: i18n.t('linkStatus.starting') };
  if (status.phone === 'connected')
    return {
      tone: 'ok',
      text: i18n.t('linkStatus.connected', { phone: status.phoneName ?? i18n.t('linkStatus.yourPhone') }),
    };
  if (status.signaling === 'offline') {
    return { tone: 'bad', text: i18n.t('linkStatus.signalingOffline') };
  }
  if (status.phone === 'never-paired') return { tone: 'wait', text: i18n.t('linkStatus.neverPaired') };
  if (status.unreachable) {
    return {
      tone: 'bad',
      text: i18n.t('linkStatus.unreachable', {
        phone: status.phoneName ?? i18n.t('linkStatus.yourPhoneStart'),
      }),
    };
  }
  return {
    tone: 'wait',
    text: i18n.t('linkStatus.away', { phone: status.phoneName ?? i18n.t('linkStatus.yourPhoneStart') }),
  };
}

/** One line that tells the person whether a send goes out now or waits for the phone. */
@customElement('pt-link-status')
export class PtLinkStatus extends LitElement {
  static override styles = css`
    :host { display: grid; gap: 8px; font-size: 13px; color: var(--pt-text-soft); }
    .line { display: flex; align-items: center; gap: 8px; }
    .problem { margin: 0; padding: 6px 8px; border-radius: 6px; background: var(--pt-danger-surface); color: var(--pt-danger-text); font-size: 12px; }
    .dot { width: 9px; height: 9px; border-radius: 50%; flex: none; }
    .ok { background: var(--pt-dot-ok); }
    .wait { background: var(--pt-dot-wait); }
    .bad { background: var(--pt-dot-bad); }
  `;

  @property({ attribute: false }) status: LinkStatus | undefined;

  override render() {
    const { tone, text } = summarize(this.status);
    return html`<span class="line"><span class="dot ${tone}"></span>
      <span data-testid="link-status" data-phone=${this.status?.phone ?? 'starting'}>${text}</span></span>
      ${
        this.status?.unreachable && this.status.phone !== 'connected'
          ? html`<p class="problem" role="alert" data-testid="link-unreachable" data-reason=${this.status.unreachable}>
              ${i18n.t('linkStatus.triedToConnect', { problem: connectProblemText(this.status.unreachable) })}
            </p>`
          : ''
      }
      ${this.status?.problem ? html`<p class="problem" role="alert" data-testid="link-problem">${this.status.problem}</p>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-link-status': PtLinkStatus;
  }
}
