import { Backoff } from '@core/retry/backoff';

/** What `POST /ice` answers (signaling/ice/ice-routes.ts). */
export interface IceServers {
  iceServers: RTCIceServer[];
  /** Unix seconds when the TURN credential ends; null when there is none. */
  expiresAt: number | null;
}

/** A server slower than this is treated as down; the dial goes ahead with what we have. */
const FETCH_TIMEOUT_MS = 5_000;

/**
 * Asks the signaling server for this peer's STUN and TURN servers. A server without the route
 * (older, or a stock peerjs-server) answers 404: then there are none, as before.
 */
export async function fetchIceServers(
  signalingUrl: string,
  identity: { peerId: string; token: string },
  fetchImpl: typeof fetch = fetch,
): Promise<IceServers> {
  const response = await fetchImpl(`${signalingUrl.replace(/\/$/, '')}/ice`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ peerId: identity.peerId, token: identity.token }),
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (response.status === 404) return { iceServers: [], expiresAt: null };
  if (!response.ok) {
    const said = (await response.json().catch(() => undefined)) as { error?: string } | undefined;
    throw new Error(`ICE servers: ${said?.error ?? `HTTP ${response.status}`}`);
  }
  const body = (await response.json()) as Partial<IceServers>;
  if (!Array.isArray(body.iceServers)) throw new Error('ICE servers: the server sent no iceServers list');
  return {
    iceServers: body.iceServers,
    expiresAt: typeof body.expiresAt === 'number' ? body.expiresAt : null,
  };
}

/** Refresh when three quarters of a credential's life have gone, so a dial never starts on an expired one. */
export function refreshDelayMs(expiresAt: number | null, nowMs: number): number | undefined {
  if (expiresAt === null) return undefined;
  const leftMs = expiresAt * 1000 - nowMs;
  return Math.max(30_000, Math.floor(leftMs * 0.75));
}

/**
 * Keeps `target.config.iceServers` current for one PeerJS peer. PeerJS reads `options.config` each
 * time it builds an RTCPeerConnection, so every new connection, dialled or answered, gets the
 * newest credential. Failures are retried with backoff; the last good servers stay in use meanwhile.
 */
export class IceServerRefresh {
  private readonly backoff = new Backoff(1_000, 60_000);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private first: Promise<void> | undefined;

  constructor(
    private readonly target: { config?: RTCConfiguration },
    private readonly load: () => Promise<IceServers>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Fetches now (once at a time); resolves when this fetch settled, whether or not it worked. */
  refresh(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.first ??= this.fetchOnce().finally(() => {
      this.first = undefined;
    });
    return this.first;
  }

  stop(): void {
    this.stopped = true;
    this.backoff.cancel();
    clearTimeout(this.timer);
  }

  private async fetchOnce(): Promise<void> {
    clearTimeout(this.timer);
    try {
      const servers = await this.load();
      if (this.stopped) return;
      this.target.config = { ...this.target.config, iceServers: servers.iceServers };
      this.backoff.succeeded();
      const delay = refreshDelayMs(servers.expiresAt, this.now());
      if (delay !== undefined) this.timer = setTimeout(() => void this.refresh(), delay);
    } catch (error) {
      if (this.stopped) return;
      console.warn('PeerText:', error instanceof Error ? error.message : error);
      this.backoff.retry(() => void this.refresh());
    }
  }
}
