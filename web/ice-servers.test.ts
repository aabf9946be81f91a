import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchIceServers, IceServerRefresh, type IceServers, refreshDelayMs } from './ice-servers';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const identity = { peerId: 'p1', token: 't1' };
const turn: RTCIceServer = { urls: ['turn:t:3478'], username: '100:p1', credential: 'c' };

describe('fetchIceServers', () => {
  it('posts the peer id and token and returns the servers', async () => {
    const fetchImpl = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      expect(JSON.parse(String(init?.body))).toEqual(identity);
      return Response.json({ iceServers: [turn], expiresAt: 100 });
    });
    expect(await fetchIceServers('https://s.example/', identity, fetchImpl as typeof fetch)).toEqual({
      iceServers: [turn],
      expiresAt: 100,
    });
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('https://s.example/ice');
  });

  it('treats a server without the route as one with no ICE servers', async () => {
    const fetchImpl = async () => new Response('not found', { status: 404 });
    expect(await fetchIceServers('http://s', identity, fetchImpl as typeof fetch)).toEqual({
      iceServers: [],
      expiresAt: null,
    });
  });

  it("says the server's reason when it refuses", async () => {
    const fetchImpl = async () => Response.json({ error: 'Connect first.' }, { status: 403 });
    await expect(fetchIceServers('http://s', identity, fetchImpl as typeof fetch)).rejects.toThrow(
      'ICE servers: Connect first.',
    );
  });

  it('refuses an answer without a server list', async () => {
    const fetchImpl = async () => Response.json({ servers: [] });
    await expect(fetchIceServers('http://s', identity, fetchImpl as typeof fetch)).rejects.toThrow(
      /no iceServers/,
    );
  });
});

describe('refreshDelayMs', () => {
  it('refreshes after three quarters of the life left, never sooner than 30 s, never without an expiry', () => {
    expect(refreshDelayMs(3_600, 0)).toBe(2_700_000);
    expect(refreshDelayMs(10, 0)).toBe(30_000);
    expect(refreshDelayMs(null, 0)).toBeUndefined();
  });
});

describe('IceServerRefresh', () => {
  it('puts the servers into the config PeerJS reads for each new connection, and renews them', async () => {
    vi.useFakeTimers({ now: 0 });
    const target: { config?: RTCConfiguration } = { config: { iceTransportPolicy: 'all' } };
    let round = 0;
    const load = vi.fn(async (): Promise<IceServers> => {
      round += 1;
      return { iceServers: [{ ...turn, username: `${round}` }], expiresAt: 3_600 };
    });
    const refresh = new IceServerRefresh(target, load);
    await refresh.refresh();
    expect(target.config).toEqual({ iceTransportPolicy: 'all', iceServers: [{ ...turn, username: '1' }] });
    await vi.advanceTimersByTimeAsync(2_700_000);
    expect(load).toHaveBeenCalledTimes(2);
    expect(target.config?.iceServers?.[0]?.username).toBe('2');
    refresh.stop();
    await vi.advanceTimersByTimeAsync(10_000_000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the last good servers when a renewal fails, and tries again with backoff', async () => {
    vi.useFakeTimers({ now: 0 });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const target: { config?: RTCConfiguration } = {};
    const load = vi
      .fn<() => Promise<IceServers>>()
      .mockResolvedValueOnce({ iceServers: [turn], expiresAt: 40 })
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValue({ iceServers: [], expiresAt: null });
    const refresh = new IceServerRefresh(target, load);
    await refresh.refresh();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(load).toHaveBeenCalledTimes(2);
    expect(target.config?.iceServers).toEqual([turn]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(load).toHaveBeenCalledTimes(3);
    expect(target.config?.iceServers).toEqual([]);
    refresh.stop();
  });

  it('runs one fetch at a time', async () => {
    let release: () => void = () => {};
    const load = vi.fn(
      () =>
        new Promise<IceServers>((resolve) => (release = () => resolve({ iceServers: [], expiresAt: null }))),
    );
    const refresh = new IceServerRefresh({}, load);
    const a = refresh.refresh();
    const b = refresh.refresh();
    release();
    await Promise.all([a, b]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
