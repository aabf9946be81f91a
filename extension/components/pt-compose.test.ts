// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../lib/extension-db';
import { writeKv } from '../lib/kv';
import { numberFormat } from '../lib/number-format';
import { nudgeOutbox } from '../lib/outbox-nudge';
import './pt-compose';

// Each nudge is one request to the link to send a stored text.
vi.mock('../lib/outbox-nudge', () => ({ nudgeOutbox: vi.fn() }));

const ADDRESS = '+447911123456';

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

const ctrlEnter = () => new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, cancelable: true });

beforeEach(async () => {
  await Promise.all([db.outbox.clear(), db.kv.clear(), db.contacts.clear()]);
  vi.mocked(nudgeOutbox).mockClear();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-compose', () => {
  it('names each suggested contact’s number as the rest of the popup does', async () => {
    await db.contacts.bulkPut([
      { address: ADDRESS, name: 'Alice Example' },
      { address: '+33612345678', name: 'Alice Martin' },
    ]);
    const compose = await mount('pt-compose', { region: 'GB' });
    // Number formatting comes after first paint; until then a suggestion shows the stored number.
    await numberFormat.load();
    type(part<HTMLInputElement>(compose, 'recipient'), 'ali');
    const numbers = () =>
      [...(compose.shadowRoot?.querySelectorAll('[data-testid="recipient-suggestion"] .tel') ?? [])].map(
        (n) => n.textContent,
      );
    await until(() => numbers().length === 2, 'the suggestions');
    expect(numbers().sort()).toEqual(['+33 6 12 34 56 78', '07911 123456']);
  });

  it('sends one text when Ctrl+Enter is pressed twice in quick succession', async () => {
    const compose = await mount('pt-compose');
    type(part<HTMLInputElement>(compose, 'recipient'), ADDRESS);
    const body = part<HTMLTextAreaElement>(compose, 'body');
    type(body, 'Running late');
    body.dispatchEvent(ctrlEnter());
    body.dispatchEvent(ctrlEnter());
    await until(() => part<HTMLTextAreaElement>(compose, 'body').value === '', 'the message box to clear');
    expect(await db.outbox.toArray()).toMatchObject([{ to: ADDRESS, body: 'Running late', state: 'queued' }]);
    expect(nudgeOutbox).toHaveBeenCalledTimes(1);
  });

  it('shows why a text was refused, and sends it once the number is fixed', async () => {
    const compose = await mount('pt-compose');
    const recipient = part<HTMLInputElement>(compose, 'recipient');
    type(recipient, 'not a number');
    type(part<HTMLTextAreaElement>(compose, 'body'), 'Running late');
    part<HTMLButtonElement>(compose, 'send').click();
    await until(() => maybePart(compose, 'compose-error') !== undefined, 'the refusal');
    expect(await db.outbox.count()).toBe(0);
    type(recipient, ADDRESS);
    part<HTMLButtonElement>(compose, 'send').click();
    await until(() => maybePart(compose, 'compose-error') === undefined, 'the refusal to go');
    expect(await db.outbox.toArray()).toMatchObject([{ to: ADDRESS, body: 'Running late' }]);
    expect(part<HTMLTextAreaElement>(compose, 'body').value).toBe('');
  });

  it('opens with the cursor in "To", as the keyboard shortcut promises', async () => {
    const compose = await mount('pt-compose');
    expect(compose.shadowRoot?.activeElement).toBe(part(compose, 'recipient'));
  });

  it('"Text this number": the number is in "To" and the cursor waits in the message', async () => {
    await writeKv('draft', { body: '', to: ADDRESS, at: Date.now() });
    const compose = await mount('pt-compose');
    await until(() => part<HTMLInputElement>(compose, 'recipient').value === ADDRESS, 'the number');
    await until(
      () => compose.shadowRoot?.activeElement === part(compose, 'body'),
      'the cursor in the message',
    );
  });
});
