import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readKv } from './kv';
import { sendAsSms } from './send-as-sms';

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
