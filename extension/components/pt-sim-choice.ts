import type { PhoneSim } from '@core/protocol/frames';
import { LiveQueryController } from '@web/live-query-controller';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { i18n } from '../lib/i18n';
import { readKv } from '../lib/kv';
import { sharedStyles } from './shared-styles';

/** "Vodafone · SIM 1": Android counts slots from 0, people from 1. */
export function simLabel(sim: PhoneSim): string {
  return i18n.t('compose.simLabel', {
    carrier: sim.carrier || i18n.t('compose.simUnknownCarrier'),
    slot: sim.slot + 1,
  });
}

/**
 * Which SIM sends the text, offered only when the phone said it has two or more (phone/sims). The
 * phone's default is preselected; with no default known (an older wrapper, or "ask every time") the
 * first slot is, so a text never waits on a question nobody at the computer can answer.
 */
@customElement('pt-sim-choice')
export class PtSimChoice extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: flex; align-items: center; gap: 8px; font-size: 13px; }
      /* No choice to offer: no empty row in compose's grid either. */
      :host([hidden]) { display: none; }
      select { font: inherit; padding: 4px 6px; border-radius: 8px; }
    `,
  ];

  private readonly phoneSims = new LiveQueryController(this, () => readKv('phoneSims'));
  /** What the person picked; undefined until they pick, so the preselection follows the phone's word. */
  @state() private picked: number | undefined;

  /** The chosen SIM's id; undefined when there is no choice (one SIM or none known): the phone's default. */
  get simId(): number | undefined {
    const sims = this.sims();
    if (sims.length < 2) return undefined;
    if (this.picked !== undefined && sims.some((s) => s.id === this.picked)) return this.picked;
    return (sims.find((s) => s.default) ?? [...sims].sort((a, b) => a.slot - b.slot)[0])?.id;
  }

  override willUpdate(): void {
    this.hidden = this.sims().length < 2;
    // How many SIMs the phone named, once it has: "1" is an answer, no attribute is none yet.
    const told = this.phoneSims.value;
    if (told) this.dataset.sims = String(told.sims.length);
    else delete this.dataset.sims;
  }

  override render() {
    const sims = this.sims();
    if (sims.length < 2) return '';
    const chosen = this.simId;
    return html`
      <label for="sim">${i18n.t('compose.simFrom')}</label>
      <select
        id="sim"
        data-testid="compose-sim"
        @change=${(e: Event) => (this.picked = Number((e.target as HTMLSelectElement).value))}
      >
        ${sims.map(
          (sim) =>
            html`<option value=${sim.id} ?selected=${sim.id === chosen}>${sim.default ? i18n.t('compose.simDefault', { label: simLabel(sim) }) : simLabel(sim)}</option>`,
        )}
      </select>
    `;
  }

  private sims(): PhoneSim[] {
    return this.phoneSims.value?.sims ?? [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pt-sim-choice': PtSimChoice;
  }
}
