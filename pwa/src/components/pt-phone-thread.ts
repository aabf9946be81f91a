import { displayAddress } from '@core/address/display-address';
import { latestThreadTexts } from '@web/latest-thread-texts';
import { LiveQueryController } from '@web/live-query-controller';
import type { CountryCode } from 'libphonenumber-js';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PhoneDb } from '../db/phone-db';
import { formatWhen } from '../i18n/formats';
import { t } from '../i18n/translate';
import { sharedStyles } from './shared-styles';

const SHOWN = 100;

/** One conversation on the phone: its newest texts, with the state of each one sent. Fires `back`. */
@customElement('pt-phone-thread')
export class PtPhoneThread extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
      h2 { margin: 0; text-transform: none; letter-spacing: 0; font-size: 17px; color: var(--pt-text-strong); }
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
      li { max-width: 82%; padding: 8px 12px; border-radius: 14px; font-size: 15px; white-space: pre-wrap; overflow-wrap: anywhere; }
      .in { justify-self: start; background: var(--pt-surface); border: 1px solid var(--pt-border); }
      .out { justify-self: end; background: var(--pt-accent); color: var(--pt-on-accent); }
      .out.failed, .out.unknown { background: var(--pt-danger-surface); color: var(--pt-danger-text); }
      .meta { display: block; font-size: 11px; opacity: 0.8; margin-top: 3px; }
    `,
  ];

  @property({ attribute: false }) db!: PhoneDb;
  @property() address = '';
  /** Whose numbers are national (`displayAddress`): `homeRegion`, from the guard settings. */
  @property({ attribute: false }) region: CountryCode | undefined;
  private readonly messages = new LiveQueryController(
    this,
    () => latestThreadTexts(this.db.messages, this.address, SHOWN),
    () => [this.db, this.address],
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    // `messages` follows `address` itself (see its dependencies).
    if (!changed.has('address')) return;
    // Read here, so the count on this phone's list goes; the phone's SMS app keeps its own.
    void this.db.threads.update(this.address, { unread: 0 });
  }

  override render() {
    const messages = this.messages.value ?? [];
    return html`<header>
        <button class="quiet" data-testid="phone-thread-back" @click=${() => this.dispatchEvent(new CustomEvent('back'))}>
          ${t('thread.back')}
        </button>
        <h2 class="tel" data-testid="phone-thread-address">${displayAddress(this.address, this.region)}</h2>
      </header>
      <ol>
        ${messages.map(
          // One line: the list item keeps white space, so the template must add none.
          (m) =>
            html`<li class="${m.direction} ${m.state ?? ''}" data-testid="phone-thread-message" data-state=${m.state ?? ''}>${m.body}<span class="meta">${formatWhen(m.date)}${m.state ? ` · ${t(`state.${m.state}`)}` : ''}${m.reason ? ` · ${m.reason}` : ''}</span></li>`,
        )}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-phone-thread': PtPhoneThread;
  }
}
