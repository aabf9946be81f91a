import type { SegmentEstimate } from '@core/sms/segment-estimate';
import { LazyModuleController, lazyModule } from '@web/lazy-module';
import type { CountryCode } from 'libphonenumber-js';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type Contact, db } from '../lib/extension-db';
import { i18n } from '../lib/i18n';
import { deleteKv, readKv } from '../lib/kv';
import { numberFormat } from '../lib/number-format';
import type { ComposeResult } from '../lib/outbox';
import { TextSender } from '../lib/send-text';
import { sharedStyles } from './shared-styles';
import './pt-sim-choice';

const DRAFT_MAX_AGE_MS = 5 * 60_000;
const SUGGESTIONS = 6;
/** Loaded after the popup's first paint: the SMS counter (grapheme splitting) and number formatting. */
const segmentCounter = lazyModule(() => import('@core/sms/segment-estimate'));

/** Recipient, text, live segment estimate; a send is stored in the outbox before anything else. */
@customElement('pt-compose')
export class PtCompose extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; }
      input, textarea { font: inherit; padding: 8px 10px; border: 1px solid var(--pt-control-border); border-radius: 8px; background: var(--pt-surface); }
      textarea { min-height: 84px; resize: vertical; }
      input:focus, textarea:focus { outline: 2px solid var(--pt-focus-ring); border-color: var(--pt-accent); }
      .row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
      .segments { font-size: 12px; color: var(--pt-muted); }
      button { font: inherit; font-weight: 600; padding: 7px 18px; border-radius: 8px; border: 0; background: var(--pt-accent); color: var(--pt-on-accent); cursor: pointer; }
      button:disabled { background: var(--pt-accent-muted); cursor: default; }
      .suggestions { list-style: none; margin: -4px 0 0; padding: 4px; border: 1px solid var(--pt-border); border-radius: 8px; background: var(--pt-surface); }
      .suggestions button { width: 100%; text-align: left; background: none; color: var(--pt-text-strong); font-weight: 400; padding: 5px 8px; border-radius: 6px; }
      .suggestions button:hover, .suggestions button:focus { background: var(--pt-accent-surface); }
      .suggestions .name { font-weight: 600; }
      .suggestions .number { font-size: 12px; color: var(--pt-muted); }
    `,
  ];

  /** Whose numbers are national; unset, the browser's language region (number-format.ts). */
  @property({ attribute: false }) region: CountryCode | undefined;
  @state() private to = '';
  @state() private body = '';
  @state() private error = '';
  @state() private suggestions: Contact[] = [];
  private readonly sender = new TextSender(this);
  private readonly segmentCounter = new LazyModuleController(this, segmentCounter);
  private readonly numbers = new LazyModuleController(this, numberFormat);
  /**
   * Recounted only when the text changes (or the counter has just arrived): the grapheme split is
   * the costliest part of a render. Undefined until the counter is loaded.
   */
  private estimate: SegmentEstimate | undefined;
  private estimated: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadDraft();
  }

  /**
   * Stores the message in the outbox and asks the link to send it; undefined when the last send is
   * still in flight (nothing is stored). Public for the benchmark.
   */
  async send(): Promise<ComposeResult | undefined> {
    const sim = this.renderRoot.querySelector('pt-sim-choice')?.simId;
    const result = await this.sender.sendText(this.to, this.body, sim);
    if (!result) return undefined;
    if (!result.ok) {
      this.error = result.error;
      return result;
    }
    this.error = '';
    this.body = '';
    return result;
  }

  protected override firstUpdated(): void {
    // The keyboard shortcut opens the popup to write a text: the cursor waits in "To".
    this.renderRoot.querySelector('input')?.focus();
  }

  override willUpdate(): void {
    const counter = this.segmentCounter.value;
    if (counter && this.estimated !== this.body) {
      this.estimate = counter.estimateSegments(this.body);
      this.estimated = this.body;
    }
  }

  override render() {
    const estimate = this.estimate;
    return html`
      <input
        data-testid="recipient"
        type="tel"
        autocomplete="tel"
        placeholder=${i18n.t('compose.placeholder')}
        aria-label=${i18n.t('compose.recipient')}
        .value=${this.to}
        @input=${(e: Event) => this.onRecipient((e.target as HTMLInputElement).value)}
      />
      ${
        this.suggestions.length > 0
          ? html`<ul class="suggestions" aria-label=${i18n.t('compose.contacts')}>
            ${this.suggestions.map(
              (c) => html`<li>
                <button data-testid="recipient-suggestion" @click=${() => this.pick(c)}>
                  <span class="name">${c.name}</span> <span class="number tel">${this.numbers.value?.(c.address, this.region) ?? c.address}</span>
                </button>
              </li>`,
            )}
          </ul>`
          : ''
      }
      <textarea
        data-testid="body"
        placeholder=${i18n.t('compose.message')}
        aria-label=${i18n.t('compose.message')}
        .value=${this.body}
        @input=${(e: Event) => (this.body = (e.target as HTMLTextAreaElement).value)}
        @keydown=${this.onKeydown}
      ></textarea>
      <pt-sim-choice></pt-sim-choice>
      ${this.error ? html`<p class="error" role="alert" data-testid="compose-error">${this.error}</p>` : ''}
      <div class="row">
        <span class="segments" data-testid="segments">
          ${
            !estimate || estimate.segments === 0
              ? i18n.t('compose.hint')
              : i18n.t('compose.estimate', {
                  characters: estimate.characters,
                  segments: estimate.segments,
                  encoding: estimate.encoding,
                  remaining: estimate.remaining,
                })
          }
        </span>
        <button data-testid="send" ?disabled=${this.sender.sending} @click=${() => void this.send()}>${i18n.t('compose.send')}</button>
      </div>
    `;
  }

  /** Letters look for a name among the phone's contacts; digits are a number, typed as it is. */
  private async onRecipient(value: string): Promise<void> {
    this.to = value;
    const query = value.trim().toLowerCase();
    if (!/\p{L}/u.test(query)) {
      this.suggestions = [];
      return;
    }
    const found = await db.contacts
      .filter((c) => c.name.toLowerCase().includes(query))
      .limit(SUGGESTIONS)
      .toArray();
    if (this.to === value) this.suggestions = found;
  }

  private pick(contact: Contact): void {
    this.to = contact.address;
    this.suggestions = [];
    this.renderRoot.querySelector('textarea')?.focus();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.send();
    }
  }

  private async loadDraft(): Promise<void> {
    const draft = await readKv('draft');
    if (!draft) return;
    await deleteKv('draft');
    if (Date.now() - draft.at >= DRAFT_MAX_AGE_MS) return;
    this.body = draft.body;
    this.to = draft.to ?? this.to;
    // "Text this number" filled in who: the person goes on with what to say.
    if (draft.to) await this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-compose': PtCompose;
  }
}
