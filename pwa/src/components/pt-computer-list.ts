import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PairedComputer } from '../db/phone-db';
import type { ComputerState } from '../link/computer-connection';
import { sharedStyles } from './shared-styles';

/** Two computers may have the same name ("Chrome on Linux"): when each was paired tells them apart. */
const pairedAt = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

type ListedState = ComputerState | 'checking';

/** The `forget` event's detail: which computer, and whether its send requests leave this phone too. */
export interface ForgetComputer {
  peerId: string;
  removeRequests: boolean;
}

const LABELS: Record<ListedState, string> = {
  checking: 'Compare the numbers to finish pairing',
  connected: 'Connected',
  connecting: 'Connecting…',
  offline: 'Not reachable, retrying',
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
    return html`<h2>Computers</h2>
      ${
        this.computers.length === 0
          ? html`<p class="empty card">
            No computer yet. In the PeerText browser extension, open the pairing link or scan its QR code with
            this phone.
          </p>`
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
                  <div class="state">${LABELS[state]}</div>
                  ${this.renderSync(computer, state)}
                  <div class="since" data-testid="computer-since">${
                    // A typed-code pairing is not one until both screens confirmed the same digits.
                    computer.pairCode
                      ? 'Not paired until both screens confirm the numbers'
                      : `Paired ${pairedAt.format(computer.pairedAt)}`
                  }</div>
                </span>
                <button class="quiet" data-testid="computer-forget" @click=${() => this.forget(computer)}>
                  Unpair
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
            Unpairing also removes that computer’s send requests from this phone
          </label>`
      }`;
  }

  private renderSync(computer: PairedComputer, state: ListedState) {
    const upToDate = (computer.syncedSeq ?? -1) >= this.logHead;
    const text =
      state === 'connected' && upToDate
        ? 'Has all your texts'
        : state === 'connected'
          ? 'Getting your texts…'
          : computer.syncedAt
            ? `Had all your texts at ${pairedAt.format(computer.syncedAt)}`
            : 'Has not had your texts yet';
    return html`<div class="sync" data-testid="computer-sync" data-up-to-date=${String(state === 'connected' && upToDate)}>${text}</div>`;
  }

  private forget(computer: PairedComputer): void {
    const removeRequests = this.removeRequests;
    const what = removeRequests
      ? 'The texts it asked this phone to send are removed from PeerText here; your SMS app keeps them.'
      : 'The texts it asked this phone to send stay listed here.';
    if (!confirm(`Unpair ${computer.name}? It will no longer be able to send texts from this phone. ${what}`))
      return;
    const detail: ForgetComputer = { peerId: computer.peerId, removeRequests };
    this.dispatchEvent(new CustomEvent('forget', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-computer-list': PtComputerList;
  }
}
