import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  isRuntimeMessage,
  type RuntimeAnswer,
  type RuntimeMessage,
  runtimeMessageListener,
  sendRuntimeMessage,
  type UnpairAnswer,
} from './runtime-messages';

const sendMessage = vi.hoisted(() => vi.fn<(message: RuntimeMessage) => Promise<unknown>>());
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { sendMessage, id: 'own-id', getURL: (path: string) => `chrome-extension://own-id${path}` },
  },
}));

/** The popup, as the browser names it to a listener. */
const popup = { id: 'own-id', url: 'chrome-extension://own-id/popup.html' };

afterEach(() => {
  sendMessage.mockReset();
  vi.restoreAllMocks();
});

describe('runtime messages', () => {
  it('are ours only with a known kind', () => {
    for (const kind of ['ensure-link', 'unpair', 'sas', 'incoming', 'unread-changed'])
      expect(isRuntimeMessage({ peertext: kind })).toBe(true);
    for (const other of [{ peertext: 'toString' }, { peertext: 'nudge' }, { type: 'unpair' }, 'unpair', null])
      expect(isRuntimeMessage(other)).toBe(false);
  });

  it("resolve to the answer only when it is this kind's answer", async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sendMessage.mockResolvedValueOnce({ ok: false, error: 'IndexedDB is closed' });
    expect(await sendRuntimeMessage({ peertext: 'unpair' })).toEqual({
      ok: false,
      error: 'IndexedDB is closed',
    });
    sendMessage.mockResolvedValueOnce(true);
    expect(await sendRuntimeMessage({ peertext: 'ensure-link' })).toBe(true);
    sendMessage.mockResolvedValueOnce(undefined);
    expect(await sendRuntimeMessage({ peertext: 'unpair' })).toBeUndefined();
    expect(logged).not.toHaveBeenCalled();
    sendMessage.mockResolvedValueOnce(true);
    expect(await sendRuntimeMessage({ peertext: 'unpair' })).toBeUndefined();
    expect(logged).toHaveBeenCalledTimes(1);
    expect(sendMessage.mock.calls.map(([m]) => m.peertext)).toEqual([
      'unpair',
      'ensure-link',
      'unpair',
      'unpair',
    ]);
    sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await expect(sendRuntimeMessage({ peertext: 'sas', matches: true })).rejects.toThrow('Receiving end');
  });

  it('are typed, answers too', () => {
    expectTypeOf<RuntimeAnswer<'unpair'>>().toEqualTypeOf<UnpairAnswer>();
    expectTypeOf<RuntimeAnswer<'ensure-link'>>().toEqualTypeOf<true>();
    expectTypeOf<RuntimeAnswer<'sas'>>().toBeNever();
    expectTypeOf<RuntimeMessage<'sas'>>().toMatchTypeOf<{ peertext: 'sas'; matches: boolean }>();
    // @ts-expect-error: a SAS answer says whether the digits matched.
    void sendRuntimeMessage({ peertext: 'sas' }).catch(() => undefined);
    // @ts-expect-error: not one of ours.
    void sendRuntimeMessage({ peertext: 'nudge' }).catch(() => undefined);
  });

  it('are handed to the handler of their kind; the rest are left to other listeners', async () => {
    const listener = runtimeMessageListener({
      unpair: async () => ({ ok: true }),
      sas: () => undefined,
    });
    expect(await listener({ peertext: 'unpair' }, popup)).toEqual({ ok: true });
    expect(listener({ peertext: 'sas', matches: false }, popup)).toBeUndefined();
    expect(listener({ peertext: 'ensure-link' }, popup)).toBeUndefined();
    expect(listener({ peertext: 'toString' }, popup)).toBeUndefined();
    expect(listener(undefined, popup)).toBeUndefined();
  });

  it('hears only its own pages: not another extension, a web page or a content script', async () => {
    const unpair = vi.fn(async () => ({ ok: true }) as const);
    const listener = runtimeMessageListener({ unpair });
    for (const stranger of [
      { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' },
      { id: 'own-id', url: 'https://evil.example/' },
      { id: 'own-id' },
      undefined,
    ]) {
      expect(listener({ peertext: 'unpair' }, stranger)).toBeUndefined();
    }
    expect(unpair).not.toHaveBeenCalled();
    expect(await listener({ peertext: 'unpair' }, popup)).toEqual({ ok: true });
  });
});
