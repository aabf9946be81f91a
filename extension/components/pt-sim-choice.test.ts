// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { mount, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../lib/extension-db';
import { writeKv } from '../lib/kv';
import { nudgeOutbox } from '../lib/outbox-nudge';
import type { PtCompose } from './pt-compose';
import './pt-compose';

vi.mock('../lib/outbox-nudge', () => ({ nudgeOutbox: vi.fn() }));

const VODAFONE = { id: 1, slot: 0, carrier: 'Vodafone', default: false };
const O2 = { id: 2, slot: 1, carrier: 'O2', default: true };

beforeEach(async () => {
  await Promise.all([db.outbox.clear(), db.kv.clear()]);
});
afterEach(() => document.body.replaceChildren());

function simSelect(compose: HTMLElement): HTMLSelectElement | null | undefined {
  return compose.shadowRoot
    ?.querySelector('pt-sim-choice')
    ?.shadowRoot?.querySelector('[data-testid="compose-sim"]');
}

async function shownSelect(compose: HTMLElement): Promise<HTMLSelectElement> {
  await until(() => Boolean(simSelect(compose)), 'the SIM choice');
  return simSelect(compose)!;
}

async function send(compose: PtCompose) {
  const root = compose.shadowRoot!;
  const to = root.querySelector<HTMLInputElement>('[data-testid="recipient"]')!;
  to.value = '+447911123456';
  to.dispatchEvent(new Event('input'));
  const body = root.querySelector<HTMLTextAreaElement>('[data-testid="body"]')!;
  body.value = 'hi';
  body.dispatchEvent(new Event('input'));
  await compose.send();
  return (await db.outbox.toArray())[0];
}

describe('pt-compose SIM choice', () => {
  it('offers no choice with one SIM, and the row carries no simId', async () => {
    await writeKv('phoneSims', { sims: [VODAFONE], at: 1 });
    const compose = await mount('pt-compose');
    await new Promise((r) => setTimeout(r, 50));
    expect(simSelect(compose)).toBeFalsy();
    const row = await send(compose);
    expect(row?.simId).toBeUndefined();
    expect(nudgeOutbox).toHaveBeenCalled();
  });

  it('preselects the phone’s default of two, labelled with carrier and slot, and stores it with the row', async () => {
    await writeKv('phoneSims', { sims: [VODAFONE, O2], at: 1 });
    const compose = await mount('pt-compose');
    const select = await shownSelect(compose);
    expect(select.value).toBe('2');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Vodafone · SIM 1',
      'O2 · SIM 2 (default)',
    ]);
    expect((await send(compose))?.simId).toBe(2);
  });

  it('sends with the SIM the person picked, and the first slot when no default is known', async () => {
    await writeKv('phoneSims', {
      sims: [
        { id: 2, slot: 1, carrier: 'O2' },
        { id: 1, slot: 0, carrier: 'Vodafone' },
      ],
      at: 1,
    });
    const compose = await mount('pt-compose');
    const select = await shownSelect(compose);
    expect(select.value).toBe('1');
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    expect((await send(compose))?.simId).toBe(2);
  });
});
