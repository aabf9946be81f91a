import { LazyModuleController } from '@web/lazy-module';
import { LiveQueryController } from '@web/live-query-controller';
import type { CountryCode } from 'libphonenumber-js';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  cacheConversations,
  readCachedConversations,
  type ShownConversation,
  showConversation,
} from '../lib/conversation-cache';
import { conversationList } from '../lib/conversation-list';
import { db } from '../lib/extension-db';
import { formatWhen, i18n } from '../lib/i18n';
import { numberFormat, type ShowNumber } from '../lib/number-format';
import { sharedStyles } from './shared-styles';

const SHOWN = 50;
const SEARCH_RESULTS = 30;

/** Conversations, newest first, with unread counts; and search over every synced text. Fires `open` (detail: address). */
@customElement('pt-conversations')
export class PtConversations extends LitElement {
  static override styles = [
    sharedStyles,
    css`
    :host { display: block; }
    h2 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--pt-muted); margin: 0 0 6px; }
    input { width: 100%; box-sizing: border-box; font: inherit; padding: 6px 10px; border: 1px solid var(--pt-control-border); border-radius: 8px; margin-bottom: 6px; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
    li button { width: 100%; text-align: left; font: inherit; background: var(--pt-surface); border: 1px solid var(--pt-border); border-radius: 8px; padding: 7px 10px; cursor: pointer; display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 2px 8px; }
    li button:hover { border-color: var(--pt-accent-muted); }
    .who { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .when { font-size: 11px; color: var(--pt-muted); }
    .last { font-size: 12px; color: var(--pt-text-soft); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .unread .who, .unread .last { color: var(--pt-text-strong); }
    .count { justify-self: end; min-width: 18px; text-align: center; font-size: 11px; font-weight: 700; color: var(--pt-on-accent); background: var(--pt-accent); border-radius: 999px; padding: 1px 6px; }
    .empty { color: var(--pt-muted); font-size: 13px; margin: 0; }
    mark { background: var(--pt-highlight); color: var(--pt-on-highlight); }
  `,
  ];

  /** Whose numbers are national; unset, the browser's language region (number-format.ts). */
  @property({ attribute: false }) region: CountryCode | undefined;
  @state() private query = '';
  private readonly threads = new LiveQueryController(this, () => conversationList(db, SHOWN));
  private readonly found = new LiveQueryController(
    this,
    () => this.search(this.query),
    () => [this.query],
  );
  private readonly numbers = new LazyModuleController(this, numberFormat);
  /** The list as last seen (conversation-cache.ts), on show until the live rows can be. */
  private cached = readCachedConversations();
  /** The live rows, formatted: undefined until both the query and the number formatting are in. */
  private live: ShownConversation[] | undefined;
  /** What `live` was made from: it is made again, and cached again, only when one of them changes. */
  private liveFrom: readonly unknown[] = [];
  /** The live rows last written to the cache. */
  private written: ShownConversation[] | undefined;
  private marked = { shown: false, live: false };

  protected override willUpdate(): void {
    const show = this.numbers.value;
    const found = this.threads.value;
    const from = [show, found, this.region];
    if (from.every((value, i) => value === this.liveFrom[i])) return;
    this.liveFrom = from;
    this.live = show && found?.map((c) => showConversation(c, (address) => show(address, this.region)));
    if (this.live) this.cached = undefined;
  }

  protected override updated(): void {
    if (this.live && this.live !== this.written) {
      this.written = this.live;
      cacheConversations(this.live);
    }
    // User timing for bench/sync: the list first shows conversations (cached or live), then live ones.
    if (!this.marked.shown && (this.live ?? this.cached)?.length) {
      this.marked.shown = true;
      performance.mark('peertext:conversations-shown');
    }
    if (!this.marked.live && this.live?.length) {
      this.marked.live = true;
      performance.mark('peertext:conversations-live');
    }
  }

  override render() {
    const show = this.numbers.value;
    const format = show && ((address: string) => this.number(show, address));
    // Rows wait for the formatting, as they wait for the query: numbers never change under the eye.
    // Until then the cached rows stand in, already formatted when they were live.
    const threads = this.live ?? this.cached ?? [];
    const formatting = !this.live && !this.cached && (this.threads.value?.length ?? 0) > 0;
    return html`
      <h2>${i18n.t('conversations.title')}</h2>
      <input data-testid="search" type="search" placeholder=${i18n.t('conversations.search')} .value=${this.query} @input=${this.onSearch} />
      ${this.query.trim() && format ? this.renderFound(format) : ''}
      ${
        this.query.trim() || formatting
          ? ''
          : threads.length === 0
            ? html`<p class="empty">${i18n.t('conversations.none')}</p>`
            : html`<ul>
              ${threads.map(
                (t) => html`<li>
                  <button class=${t.unread > 0 ? 'unread' : ''} data-testid="conversation" data-address=${t.address} @click=${() => this.open(t.address)}>
                    <span class="who" data-testid="conversation-name">${t.whoIsNumber ? html`<span class="tel">${t.who}</span>` : t.who}</span>
                    <span class="when">${formatWhen(t.date)}${t.state ? html` · <span data-testid="conversation-state">${t.state}</span>` : ''}</span>
                    <span class="last">${t.last}</span>
                    ${t.unread > 0 ? html`<span class="count" data-testid="conversation-unread">${t.unread}</span>` : html`<span></span>`}
                  </button>
                </li>`,
              )}
            </ul>`
      }
    `;
  }

  private renderFound(displayAddress: (address: string) => unknown) {
    const found = this.found.value ?? [];
    if (found.length === 0)
      return html`<p class="empty">${i18n.t('conversations.notFound', { query: this.query.trim() })}</p>`;
    return html`<ul>
      ${found.map(
        (m) => html`<li>
          <button data-testid="search-result" @click=${() => this.open(m.address)}>
            <span class="who">${displayAddress(m.address)}</span>
            <span class="when">${formatWhen(m.date)}</span>
            <span class="last">${m.body}</span><span></span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private number(show: ShowNumber, address: string) {
    return html`<span class="tel">${show(address, this.region)}</span>`;
  }

  /** A plain scan: texts are on this computer only, and a person searches rarely. */
  private search(query: string) {
    const needle = query.trim().toLowerCase();
    if (!needle) return Promise.resolve([]);
    return db.messages
      .filter((m) => m.body.toLowerCase().includes(needle))
      .limit(SEARCH_RESULTS)
      .toArray();
  }

  private onSearch(event: InputEvent): void {
    // `found` runs its query again for the new text (its dependency) before the next render.
    this.query = (event.target as HTMLInputElement).value;
  }

  private open(address: string): void {
    this.dispatchEvent(new CustomEvent('open', { detail: address, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-conversations': PtConversations;
  }
}
