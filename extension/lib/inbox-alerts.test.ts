import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './extension-db';
import { writeKv } from './kv';

const create = vi.fn(async () => 'id');
vi.mock('wxt/browser', () => ({
  browser: {
    notifications: { create },
    runtime: { getURL: (path: string) => `chrome-extension://x${path}` },
  },
}));
const { notifyIncoming } = await import('./inbox-alerts');

const TEXT = { count: 1, address: '+447911123456', body: 'Your code is 481516' };

beforeEach(async () => {
  create.mockClear();
  await db.kv.clear();
});

describe('notifyIncoming', () => {
  it('shows who wrote and what, one notification per conversation', async () => {
    await notifyIncoming(TEXT);
    expect(create).toHaveBeenCalledWith(
      'peertext-thread:+447911123456',
      expect.objectContaining({ title: 'Text from +447911123456', message: 'Your code is 481516' }),
    );
  });

  it('with the text hidden (shared screens), says only who wrote', async () => {
    await writeKv('notificationText', false);
    await notifyIncoming(TEXT);
    const [, shown] = create.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expect(shown.title).toBe('Text from +447911123456');
    expect(shown.message).toBe('Open PeerText to read it.');
    expect(JSON.stringify(shown)).not.toContain('481516');
  });
});
