import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endpointMessageListener } from './endpoint-messages';
import { saveSignalingUrl } from './server-setting';

vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'own-id', getURL: (path: string) => `chrome-extension://own-id${path}` } },
}));

/** The popup, as the browser names it to a listener. */
const popup = { id: 'own-id', url: 'chrome-extension://own-id/popup.html' };

function fakeEndpoint(unpair: () => Promise<void>) {
  return { unpair: vi.fn(unpair), confirmSas: vi.fn(), useServer: vi.fn() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('endpointMessageListener', () => {
  it('answers unpair with ok once the endpoint has unpaired', async () => {
    const endpoint = fakeEndpoint(() => Promise.resolve());
    const answer = await endpointMessageListener(endpoint)({ peertext: 'unpair' }, popup);
    expect(endpoint.unpair).toHaveBeenCalledExactlyOnceWith(false);
    expect(answer).toEqual({ ok: true });
  });

  it("passes the popup's choice to remove the texts on", async () => {
    const endpoint = fakeEndpoint(() => Promise.resolve());
    await endpointMessageListener(endpoint)({ peertext: 'unpair', removeTexts: true }, popup);
    expect(endpoint.unpair).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('answers unpair with the error when unpairing failed, and logs it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const endpoint = fakeEndpoint(() => Promise.reject(new Error('IndexedDB is closed')));
    const answer = await endpointMessageListener(endpoint)({ peertext: 'unpair' }, popup);
    expect(answer).toEqual({ ok: false, error: 'IndexedDB is closed' });
    expect(logged).toHaveBeenCalled();
  });

  it('passes the SAS answer on and leaves other messages to their own listeners', () => {
    const endpoint = fakeEndpoint(() => Promise.resolve());
    const listener = endpointMessageListener(endpoint);
    expect(listener({ peertext: 'sas', matches: true }, popup)).toBeUndefined();
    expect(endpoint.confirmSas).toHaveBeenCalledWith(true);
    expect(listener({ peertext: 'ensure-link' }, popup)).toBeUndefined();
    expect(listener('not ours', popup)).toBeUndefined();
    expect(endpoint.unpair).not.toHaveBeenCalled();
  });

  it('moves the endpoint to the server the options page saved, then answers true', async () => {
    const endpoint = fakeEndpoint(() => Promise.resolve());
    await saveSignalingUrl('https://peertext.example.org');
    const answer = await endpointMessageListener(endpoint)({ peertext: 'server-changed' }, popup);
    expect(endpoint.useServer).toHaveBeenCalledExactlyOnceWith('https://peertext.example.org');
    expect(answer).toBe(true);
  });
});
