// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { Change } from '@core/sync/synced-message';
import { mount, part, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../lib/extension-db';
import { nudgeOutbox } from '../lib/outbox-nudge';
import { SyncClient } from '../lib/sync-client';
import './pt-thread';

// Each nudge is one request to the link to send a stored text.
vi.mock('../lib/outbox-nudge', () => ({ nudgeOutbox: vi.fn() }));
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: vi.fn(() => Promise.resolve(undefined)) } },
}));

const ADDRESS = '+447911123456';

/** The phone's sync, as the link's document applies it: each text arrives unread and counts. */
async function phoneSync() {
  const sync = new SyncClient(db);
  await sync.start('phone-fingerprint', () => undefined);
  let seq = 0;
  return async (body: string, address = ADDRESS) => {
    seq += 1;
    const change: Change = {
      seq,
      op: 'put',
      message: { id: `rx:${seq}`, address, direction: 'in', body, date: 1_000 + seq },
    };
    await sync.receive({ v: 1, id: `batch-${seq}`, type: 'sync/batch', changes: [change], head: seq });
  };
}

const unread = async (address = ADDRESS) => (await db.threads.get(address))?.unread;

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(async () => {
  await Promise.all(
    [db.outbox, db.messages, db.threads, db.contacts, db.cursors].map((table) => table.clear()),
  );
  vi.mocked(nudgeOutbox).mockClear();
});

afterEach(() => {
  document.body.replaceChildren();
  // Back to happy-dom's own answer (visible).
  delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
});

describe('pt-thread', () => {
  it('heads the thread with the number the national way for the browser’s region, or under the name', async () => {
    const thread = await mount('pt-thread', { address: ADDRESS, region: 'GB' });
    await until(() => part(thread, 'thread-address').textContent?.trim() === '07911 123456', 'the number');
    expect(part(thread, 'thread-address').querySelector('.tel')).not.toBeNull();
    await db.contacts.put({ address: ADDRESS, name: 'Alice Example' });
    await until(() => part(thread, 'thread-address').textContent?.trim() === 'Alice Example', 'the name');
    expect(part(thread, 'thread-number').textContent?.trim()).toBe('07911 123456');
    thread.region = 'FR';
    await until(() => part(thread, 'thread-number').textContent?.trim() === '+44 7911 123456', 'abroad');
  });

  it('sends one text when the send button is clicked twice in quick succession', async () => {
    const thread = await mount('pt-thread', { address: ADDRESS });
    const body = part<HTMLTextAreaElement>(thread, 'thread-body');
    body.value = 'On my way';
    const send = part<HTMLButtonElement>(thread, 'thread-send');
    send.click();
    send.click();
    await thread.updateComplete;
    expect(send.disabled).toBe(true);
    await until(() => body.value === '', 'the reply box to clear');
    expect(await db.outbox.toArray()).toMatchObject([{ to: ADDRESS, body: 'On my way', state: 'queued' }]);
    expect(nudgeOutbox).toHaveBeenCalledTimes(1);
  });

  it('marks texts read that arrive while the thread is open', async () => {
    const arrive = await phoneSync();
    await arrive('Are you coming?');
    expect(await unread()).toBe(1);
    const thread = await mount('pt-thread', { address: ADDRESS });
    await until(async () => (await unread()) === 0, 'opening to read the thread');

    await arrive('Hello?');
    await until(
      () => thread.shadowRoot!.querySelectorAll('[data-testid="thread-message"]').length === 2,
      'the new text to show',
    );
    await until(async () => (await unread()) === 0, 'the new text to be read');
    // Another conversation's text is not read by this one being open.
    await arrive('Your code is 1234', 'BANK');
    await until(async () => (await unread('BANK')) === 1, 'the other text to arrive');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await unread('BANK')).toBe(1);
  });

  it('leaves texts unread while the popup is hidden, and reads them when it shows again', async () => {
    const arrive = await phoneSync();
    const thread = await mount('pt-thread', { address: ADDRESS });
    setVisibility('hidden');
    await arrive('Are you coming?');
    await until(
      () => thread.shadowRoot!.querySelectorAll('[data-testid="thread-message"]').length === 1,
      'the text to show',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await unread()).toBe(1);
    setVisibility('visible');
    await until(async () => (await unread()) === 0, 'the text to be read');
  });
});
