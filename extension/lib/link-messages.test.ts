import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkMessageListener } from './link-messages';

function fakeLink(unpair: () => Promise<void>) {
  return { unpair: vi.fn(unpair), confirmSas: vi.fn() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('linkMessageListener', () => {
  it('answers unpair with ok once the link has unpaired', async () => {
    const link = fakeLink(() => Promise.resolve());
    const answer = await linkMessageListener(link)({ peertext: 'unpair' });
    expect(link.unpair).toHaveBeenCalledTimes(1);
    expect(answer).toEqual({ ok: true });
  });

  it('answers unpair with the error when unpairing failed, and logs it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const link = fakeLink(() => Promise.reject(new Error('IndexedDB is closed')));
    const answer = await linkMessageListener(link)({ peertext: 'unpair' });
    expect(answer).toEqual({ ok: false, error: 'IndexedDB is closed' });
    expect(logged).toHaveBeenCalled();
  });

  it('passes the SAS answer on and leaves other messages to their own listeners', () => {
    const link = fakeLink(() => Promise.resolve());
    const listener = linkMessageListener(link);
    expect(listener({ peertext: 'sas', matches: true })).toBeUndefined();
    expect(link.confirmSas).toHaveBeenCalledWith(true);
    expect(listener({ peertext: 'ensure-link' })).toBeUndefined();
    expect(listener('not ours')).toBeUndefined();
    expect(link.unpair).not.toHaveBeenCalled();
  });
});
