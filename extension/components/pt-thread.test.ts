// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../lib/extension-db';
import { nudgeOutbox } from '../lib/outbox-nudge';
import { mount, part, until } from './component-fixture';
import './pt-thread';

// Each nudge is one request to the link to send a stored text.
vi.mock('../lib/outbox-nudge', () => ({ nudgeOutbox: vi.fn() }));
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: vi.fn(() => Promise.resolve(undefined)) } },
}));

const ADDRESS = '+447911123456';

beforeEach(async () => {
  await Promise.all([db.outbox.clear(), db.messages.clear(), db.threads.clear(), db.contacts.clear()]);
  vi.mocked(nudgeOutbox).mockClear();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-thread', () => {
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
});
