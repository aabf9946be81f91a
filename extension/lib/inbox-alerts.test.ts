import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './extension-db';
import { writeKv } from './kv';

const create = vi.fn(async () => 'id');
const onClicked = vi.fn<(listener: (id: string) => void) => void>();
const createTab = vi.fn(async () => ({}));
vi.mock('wxt/browser', () => ({
  browser: {
    notifications: { create, onClicked: { addListener: onClicked }, clear: vi.fn(async () => true) },
    runtime: { getURL: (path: string) => `chrome-extension://x${path}` },
    tabs: { create: createTab },
  },
}));
const { notifyIncoming, openThreadOnNotificationClick } = await import('./inbox-alerts');

const TEXT = { count: 1, address: '+447911123456', body: 'Your code is 481516' };

beforeEach(async () => {
  create.mockClear();
  vi.stubGlobal('navigator', { languages: ['en-GB', 'en'] });
  await db.kv.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('notifyIncoming', () => {
  it('shows who wrote and what, one notification per conversation', async () => {
    await notifyIncoming(TEXT);
    expect(create).toHaveBeenCalledWith(
      'peertext-thread:+447911123456',
      expect.objectContaining({ title: 'Text from 07911 123456', message: 'Your code is 481516' }),
    );
  });

  it('names the number as the popup does: national for the browser’s region, else international', async () => {
    vi.stubGlobal('navigator', { languages: ['fr-FR'] });
    await notifyIncoming(TEXT);
    await notifyIncoming({ ...TEXT, address: 'BANK' });
    const titles = create.mock.calls.map((call) => (call as unknown as [string, { title: string }])[1].title);
    expect(titles).toEqual(['Text from +44 7911 123456', 'Text from BANK']);
  });

  it('with the text hidden (shared screens), says only who wrote', async () => {
    await writeKv('notificationText', false);
    await notifyIncoming(TEXT);
    const [, shown] = create.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expect(shown.title).toBe('Text from 07911 123456');
    expect(shown.message).toBe('Open PeerText to read it.');
    expect(JSON.stringify(shown)).not.toContain('481516');
  });
});

describe('openThreadOnNotificationClick', () => {
  it('opens the full-tab view at the conversation that wrote', () => {
    openThreadOnNotificationClick();
    const click = onClicked.mock.calls[0]![0];
    click('peertext-thread:+447911123456');
    expect(createTab).toHaveBeenCalledWith({ url: 'chrome-extension://x/tab.html#thread=%2B447911123456' });
    click('someone-else');
    expect(createTab).toHaveBeenCalledTimes(1);
  });
});
