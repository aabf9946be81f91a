import type { PairingInfo } from '@core/pairing/pairing-link';
import { defaultCountry } from '@web/default-country';
import { LiveQueryController } from '@web/live-query-controller';
import { adoptPageStyles, tokens } from '@web/style-tokens';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { clearPairingHash, type PairingRequest, pairingFromLocation } from '../phone/pairing-from-location';
import type { PhoneService } from '../phone/phone-service';
import { homeRegion, readGuardSettings } from '../sending/guard-settings';
import { logHead } from '../sync/message-log';
import { ServiceController } from './service-controller';
import './pt-bridge-status';
import './pt-code-pairing';
import type { ForgetComputer } from './pt-computer-list';
import './pt-computer-list';
import './pt-guard-settings';
import './pt-pairing-prompt';
import './pt-phone-conversations';
import './pt-qr-scanner';
import './pt-rcs-note';
import './pt-request-list';
import './pt-restricted-settings';
import './pt-sas-prompt';
import './pt-update-prompt';
import { t } from '../i18n/translate';

const RECENT_REQUESTS = 100;
const RECENT_THREADS = 30;
/** The thread view, loaded when a conversation is first opened (not needed for the first paint). */
const loadThread = () => import('./pt-phone-thread');

/** The phone's one screen. Set `service` before adding it to the document. */
@customElement('pt-phone-app')
export class PtPhoneApp extends LitElement {
  static override styles = [
    tokens,
    css`
    :host {
      display: grid; gap: 18px; max-width: 560px; margin: 0 auto;
      padding: max(16px, env(safe-area-inset-top)) 16px max(24px, env(safe-area-inset-bottom));
    }
    header { display: grid; gap: 10px; }
    .notice { margin: 0; padding: 10px 12px; border-radius: 10px; background: var(--pt-danger-surface); color: var(--pt-danger-text); font-size: 14px; display: flex; gap: 8px; align-items: start; justify-content: space-between; }
    .notice button { flex: none; min-width: 32px; min-height: 32px; font-size: 20px; line-height: 1; color: inherit; background: none; border: none; padding: 0; }
    .brand { display: flex; align-items: center; gap: 10px; }
    .brand img { width: 36px; height: 36px; border-radius: 9px; }
    h1 { font-size: 22px; margin: 0; letter-spacing: -0.02em; }
  `,
  ];

  @property({ attribute: false }) service!: PhoneService;
  @property({ attribute: false }) reloadToUpdate: (() => void) | undefined;
  @state() private pairing: PairingRequest | undefined = pairingFromLocation();
  @state() private thread: string | undefined;

  private readonly computers = new LiveQueryController(this, () =>
    this.service.db.computers.orderBy('pairedAt').toArray(),
  );
  private readonly requests = new LiveQueryController(this, () =>
    this.service.db.requests.orderBy('createdAt').reverse().limit(RECENT_REQUESTS).toArray(),
  );
  private readonly threads = new LiveQueryController(this, async () => {
    const { db } = this.service;
    const threads = await db.threads.orderBy('lastDate').reverse().limit(RECENT_THREADS).toArray();
    const names = await db.contacts.bulkGet(threads.map((t) => t.address));
    return threads.map((t, i) => ({ ...t, name: names[i]?.name || undefined }));
  });
  private readonly logHead = new LiveQueryController(this, () => logHead(this.service.db));
  /** Numbers of the first country the person texts (else the phone's) are shown the national way. */
  private readonly region = new LiveQueryController(this, async () => {
    const phoneCountry = defaultCountry();
    return homeRegion(await readGuardSettings(this.service.db, phoneCountry), phoneCountry);
  });
  // A pairing link opened while the app is already showing changes only the hash.
  private readonly onHashChange = () => {
    this.pairing = pairingFromLocation();
  };

  constructor() {
    super();
    // Connection and bridge changes live in the service, not in Dexie: re-render on them too.
    new ServiceController(this, () => this.service);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page around this element takes its colours from the same tokens (web/style-tokens.ts).
    adoptPageStyles(this.ownerDocument);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  override render() {
    // Until its module has arrived, <pt-phone-thread> is an empty element; it upgrades in place.
    if (this.thread) void loadThread();
    const computers = this.computers.value ?? [];
    const names = new Map(computers.map((c) => [c.peerId, c.name]));
    return html`
      <header>
        <div class="brand">
          <img src="/icons/icon-192.png" alt="" />
          <h1>${t('app.name')}</h1>
        </div>
        <pt-bridge-status .status=${this.service.bridge}></pt-bridge-status>
      </header>
      <pt-restricted-settings
        ?restricted=${this.service.bridge.restricted === true}
        @recheck=${() => location.reload()}
      ></pt-restricted-settings>
      ${this.reloadToUpdate ? html`<pt-update-prompt .reload=${this.reloadToUpdate}></pt-update-prompt>` : ''}
      ${
        this.pairing
          ? html`<pt-pairing-prompt
            .request=${this.pairing}
            .paired=${computers}
            @pair=${this.onPair}
            @dismiss=${this.onDismiss}
          ></pt-pairing-prompt>`
          : ''
      }
      ${[...this.service.sasChecks.keys()].map(
        (peerId) => html`<pt-sas-prompt .service=${this.service} peerId=${peerId}></pt-sas-prompt>`,
      )}
      <pt-rcs-note ?active=${this.service.bridge.kind === 'native'}></pt-rcs-note>
      ${this.service.notices.map(
        (notice) => html`<p class="notice" role="alert" data-testid="security-notice">
            <span>${notice.text}${notice.count > 1 ? t('notice.times', { count: notice.count }) : ''}</span>
            <button
              class="quiet"
              data-testid="security-notice-dismiss"
              aria-label=${t('notice.dismiss')}
              @click=${() => this.service.dismissNotice(notice.text)}
            >
              ×
            </button>
          </p>`,
      )}
      <pt-computer-list
        .computers=${computers}
        .stateOf=${(peerId: string) => this.service.computerState(peerId)}
        .logHead=${this.logHead.value ?? 0}
        @forget=${(event: CustomEvent<ForgetComputer>) =>
          void this.service.forget(event.detail.peerId, event.detail.removeRequests)}
      ></pt-computer-list>
      ${
        this.pairing
          ? ''
          : html`<pt-qr-scanner
              @scanned=${(event: CustomEvent<PairingRequest>) => (this.pairing = event.detail)}
            ></pt-qr-scanner>
            <pt-code-pairing .service=${this.service}></pt-code-pairing>`
      }
      ${
        this.thread
          ? html`<pt-phone-thread
              .db=${this.service.db}
              .region=${this.region.value}
              address=${this.thread}
              @back=${() => (this.thread = undefined)}
            ></pt-phone-thread>`
          : html`<pt-phone-conversations
              .threads=${this.threads.value ?? []}
              .region=${this.region.value}
              @open=${(event: CustomEvent<string>) => (this.thread = event.detail)}
            ></pt-phone-conversations>`
      }
      <pt-request-list
        .requests=${this.requests.value ?? []}
        .region=${this.region.value}
        .computerNames=${names}
        @hand-off=${(event: CustomEvent<string>) => void this.service.handOff(event.detail)}
        @held-answer=${(event: CustomEvent<{ msgId: string; send: boolean }>) =>
          void this.service.answerHeld(event.detail.msgId, event.detail.send)}
      ></pt-request-list>
      <pt-guard-settings .db=${this.service.db}></pt-guard-settings>
    `;
  }

  private readonly onPair = async (event: CustomEvent<PairingInfo>) => {
    await this.service.pair(event.detail);
    clearPairingHash();
    this.pairing = undefined;
  };

  private readonly onDismiss = () => {
    clearPairingHash();
    this.pairing = undefined;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-phone-app': PtPhoneApp;
  }
}
