import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readKv } from './kv';
import { sendAsSms, textFromMenu } from './send-as-sms';

const create = vi.hoisted(() => vi.fn(async () => ({})));
vi.mock('wxt/browser', () => ({
  browser: { windows: { create }, runtime: { getURL: (path: string) => `chrome-extension://id${path}` } },
}));

beforeEach(() => create.mockClear());

describe('sendAsSms', () => {
  it('keeps the selection as the draft and opens compose with it', async () => {
    await sendAsSms('Running late');
    expect((await readKv('draft'))?.body).toBe('Running late');
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'chrome-extension://id/popup.html?from=selection' }),
    );
  });

  it('keeps at most what the phone accepts', async () => {
    await sendAsSms('x'.repeat(12_000));
    expect((await readKv('draft'))?.body).toHaveLength(10_000);
  });

  it.each([undefined, null, 42, { text: 'hi' }])(
    'opens an empty compose for %j instead of throwing',
    async (given) => {
      await sendAsSms(given);
      expect((await readKv('draft'))?.body).toBe('');
      expect(create).toHaveBeenCalledTimes(1);
    },
  );
});

describe('textFromMenu', () => {
  it('opens compose with a selected number in "To" and an empty message', async () => {
    vi.stubGlobal('navigator', { languages: ['en-GB'] });
    await textFromMenu({ menuItemId: 'peertext-send-as-sms', selectionText: '07911 123456' });
    vi.unstubAllGlobals();
    expect(await readKv('draft')).toMatchObject({ to: '+447911123456', body: '' });
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'chrome-extension://id/popup.html?from=number' }),
    );
  });

  it('opens compose with a tel: link’s number in "To"', async () => {
    await textFromMenu({ linkUrl: 'tel:+447911123456' });
    expect(await readKv('draft')).toMatchObject({ to: '+447911123456', body: '' });
  });

  it('keeps other selected text as the message, with no one in "To"', async () => {
    await textFromMenu({ selectionText: 'Running late' });
    const draft = await readKv('draft');
    expect(draft).toMatchObject({ body: 'Running late' });
    expect(draft?.to).toBeUndefined();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'chrome-extension://id/popup.html?from=selection' }),
    );
  });

  it.each([undefined, null, 'text', { selectionText: 42 }])(
    'opens an empty compose for %j',
    async (given) => {
      await textFromMenu(given);
      expect(await readKv('draft')).toMatchObject({ body: '' });
      expect((await readKv('draft'))?.to).toBeUndefined();
    },
  );
});
