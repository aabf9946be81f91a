import { LazyModuleController } from '@web/lazy-module';
import { LiveQueryController } from '@web/live-query-controller';
import type { CountryCode } from 'libphonenumber-js';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { db } from '../lib/extension-db';
import { i18n, stateLabel } from '../lib/i18n';
import { numberFormat } from '../lib/number-format';
import { sharedStyles } from './shared-styles';

/** Recent outgoing messages with the state the phone last reported, live from Dexie. */
@customElement('pt-outbox')
export class PtOutbox extends LitElement {
  static override styles = [
    sharedStyles,
    css`
    :host { display: block; }
    h2 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--pt-muted); margin: 0 0 6px; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
    li { background: var(--pt-surface); border: 1px solid var(--pt-border); border-radius: 8px; padding: 8px 10px; }
    .top { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; color: var(--pt-text-soft); }
    .body { margin-top: 2px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 3.9em; overflow: hidden; }
    .state { font-weight: 600; }
    .queued, .on-phone, .handed-off { color: var(--pt-warning); }
    .sent { color: var(--pt-accent); }
    .delivered { color: var(--pt-success); }
    .failed, .unknown { color: var(--pt-danger); }
    .reason { font-size: 12px; color: var(--pt-danger); margin-top: 2px; }
    /* A text held for the person's OK on the phone, or for a phone to be paired, is waiting, not failing. */
    .reason.waiting { color: var(--pt-warning); }
    .empty { color: var(--pt-muted); font-size: 13px; }
  `,
  ];

  /** Whose numbers are national; unset, the browser's language region (number-format.ts). */
  @property({ attribute: false }) region: CountryCode | undefined;

  /** No phone is paired: queued texts say they wait for one. */
  @property({ type: Boolean }) noPhone = false;

  private readonly messages = new LiveQueryController(this, () =>
    db.outbox.orderBy('createdAt').reverse().limit(20).toArray(),
  );

  private readonly numbers = new LazyModuleController(this, numberFormat);

  override render() {
    const show = this.numbers.value;
    // Rows wait for the number formatting (after first paint): numbers never change under the eye.
    const messages = (show && this.messages.value) || [];
    return html`
      <h2>${i18n.t('outbox.title')}</h2>
      ${show && messages.length === 0 ? html`<p class="empty">${i18n.t('outbox.none')}</p>` : ''}
      <ul>
        ${messages.map((m) => {
          const reason =
            m.reason ?? (this.noPhone && m.state === 'queued' ? i18n.t('outbox.noPhonePaired') : undefined);
          const waiting = m.state === 'on-phone' || m.state === 'queued';
          return html`<li data-testid="outbox-item" data-msg-id=${m.msgId} data-state=${m.state}>
              <div class="top"><span class="tel" data-testid="outbox-to">${show?.(m.to, this.region)}</span><span class="state ${m.state}">${stateLabel(m.state)}</span></div>
              <div class="body">${m.body}</div>
              ${reason ? html`<div class="reason ${waiting ? 'waiting' : ''}" data-testid="outbox-reason">${reason}</div>` : ''}
            </li>`;
        })}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-outbox': PtOutbox;
  }
}
