import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PairedComputer } from '../db/phone-db';
import type { MessageKey } from '../i18n/en';
import { formatDayTime } from '../i18n/formats';
import { t } from '../i18n/translate';
import type { ComputerState } from '../link/computer-connection';
import { sharedStyles } from './shared-styles';

type ListedState = ComputerState | 'checking';

/** The `forget` event's detail: which computer, and whether its send requests leave this phone too. */
export interface ForgetComputer {
  peerId: string;
  removeRequests: boolean;
}

const LABELS: Record<ListedState, MessageKey> = {
  checking: 'computers.checking',
  connected: 'computers.connected',
  connecting: 'computers.connecting',
  offline: 'computers.offline',
};

/**
 * The paired computers and whether each can reach this phone right now. Fires `forget`
 * (ForgetComputer). Removing an unpaired computer's send requests starts ticked: someone unpairing a
 * computer often no longer trusts it, and what it asked this phone to send need not stay here.
 */
@customElement('pt-computer-list')
export class PtComputerList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      li { display: flex; align-items: center; gap: 10px; }
      .dot { width: 10px; height: 10px; border-radius: 50%; flex: none; background: var(--pt-dot-wait); }
      .connected .dot { background: var(--pt-dot-ok); }
      .offline .dot { background: var(--pt-dot-off); }
      .text { flex: 1; min-width: 0; }
      .name { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      .state { font-size: 13px; color: var(--pt-muted); }
      .connected .state { color: var(--pt-success); }
      .since, .sync { font-size: 12px; color: var(--pt-muted); }
      .choice { display: flex; align-items: center; gap: 8px; min-height: 44px; font-size: 14px; color: var(--pt-text-soft); }
      .choice input { width: 20px; height: 20px; margin: 0; flex: none; }
    `,
  ];

  @property({ attribute: false }) computers: PairedComputer[] = [];
  @property({ attribute: false }) stateOf: (peerId: string) => ListedState = () => 'connecting';
  /** The newest change in this phone's log: a computer that has it is up to date. */
  @property({ attribute: false }) logHead = 0;
  @state() private removeRequests = true;

  override render() {
    return html`<h2>${t('computers.title')}</h2>
      ${
        this.computers.length === 0
          ? html`<p class="empty card">${t('computers.empty')}</p>`
          : html`<ul>
            ${this.computers.map((computer) => {
              const state = this.stateOf(computer.peerId);
              return html`<li
                class="card ${state}"
                data-testid="computer"
                data-peer-id=${computer.peerId}
                data-state=${state}
              >
                <span class="dot"></span>
                <span class="text">
                  <div class="name" data-testid="computer-name">${computer.name}</div>
                  <div class="state">${t(LABELS[state])}</div>
                  ${this.renderSync(computer, state)}
                  <div class="since" data-testid="computer-since">${
                    // A typed-code pairing is not one until both screens confirmed the same digits.
                    // Two computers may have the same name ("Chrome on Linux"): when each was paired
                    // tells them apart.
                    computer.pairCode
                      ? t('computers.notPairedYet')
                      : t('computers.pairedAt', { when: formatDayTime(computer.pairedAt) })
                  }</div>
                </span>
                <button class="quiet" data-testid="computer-forget" @click=${() => this.forget(computer)}>
                  ${t('computers.unpair')}
                </button>
              </li>`;
            })}
          </ul>
          <label class="choice">
            <input
              type="checkbox"
              data-testid="forget-remove-requests"
              .checked=${this.removeRequests}
              @change=${(e: Event) => (this.removeRequests = (e.target as HTMLInputElement).checked)}
            />
            ${t('computers.removeRequests')}
          </label>`
      }`;
  }

  private renderSync(computer: PairedComputer, state: ListedState) {
    const upToDate = (computer.syncedSeq ?? -1) >= this.logHead;
    const text =
      state === 'connected' && upToDate
        ? t('computers.upToDate')
        : state === 'connected'
          ? t('computers.syncing')
          : computer.syncedAt
            ? t('computers.syncedAt', { when: formatDayTime(computer.syncedAt) })
            : t('computers.neverSynced');
    return html`<div class="sync" data-testid="computer-sync" data-up-to-date=${String(state === 'connected' && upToDate)}>${text}</div>`;
  }

  private forget(computer: PairedComputer): void {
    const removeRequests = this.removeRequests;
    const what = t(removeRequests ? 'computers.confirmRemove' : 'computers.confirmKeep');
    if (!confirm(t('computers.confirmUnpair', { name: computer.name, what }))) return;
    const detail: ForgetComputer = { peerId: computer.peerId, removeRequests };
    this.dispatchEvent(new CustomEvent('forget', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-computer-list': PtComputerList;
  }
}
