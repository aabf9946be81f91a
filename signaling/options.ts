/** Limits and timings of one signaling server. Every field has a default; pass only what differs. */
export interface SignalingOptions {
  /** The PeerJS API key clients must present; the stock client sends `peerjs`. */
  key: string;
  /** How long a message waits for an absent peer before its sender gets EXPIRE (ms). */
  expireTimeout: number;
  /** A client silent for this long is dropped; the stock client sends HEARTBEAT every 5 s (ms). */
  aliveTimeout: number;
  /** Largest WebSocket frame accepted; SDP and ICE candidates are a few KiB at most (bytes). */
  maxFrameBytes: number;
  /** Simultaneous WebSockets from one remote address, so one host cannot take every slot. */
  maxConnectionsPerIp: number;
  /**
   * Registered peers overall. An idle peer costs about 9 KiB of RSS (bench/signaling.ts, the bare
   * `ws` floor), so the default 50,000 is about 0.5 GiB, and as many file descriptors.
   */
  maxPeers: number;
  /** Messages waiting for one absent peer; a burst of ICE candidates fits well within it. */
  maxQueuedPerPeer: number;
  /** Messages waiting for absent peers overall, so queues cannot grow without bound. */
  maxQueuedMessages: number;
  /** How often dead clients and expired messages are looked for (ms). */
  checkInterval: number;
  /** WebSocket messages one remote address may send per 10 s; a connection setup takes a dozen. */
  maxMessagesPer10sPerIp: number;
  /** How long a typed pairing code lives (ms). */
  pairCodeTtl: number;
  /** Pairing codes one remote address may ask for per minute. */
  pairCodesPerMinutePerIp: number;
  /** Pairing-code lookups one remote address may try per minute: the brake on guessing. */
  pairLookupsPerMinutePerIp: number;
  /** Live pairing codes overall. */
  maxPairCodes: number;
  /** ICE server lists one remote address may ask for per minute; a client asks about once per connect. */
  iceRequestsPerMinutePerIp: number;
}

export const defaultSignalingOptions: Readonly<SignalingOptions> = {
  key: 'peerjs',
  expireTimeout: 5_000,
  aliveTimeout: 60_000,
  maxFrameBytes: 64 * 1024,
  maxConnectionsPerIp: 20,
  maxPeers: 50_000,
  maxQueuedPerPeer: 100,
  maxQueuedMessages: 10_000,
  checkInterval: 1_000,
  maxMessagesPer10sPerIp: 500,
  pairCodeTtl: 5 * 60_000,
  pairCodesPerMinutePerIp: 10,
  pairLookupsPerMinutePerIp: 10,
  maxPairCodes: 10_000,
  iceRequestsPerMinutePerIp: 60,
};

/** Fills in defaults; `undefined` fields count as absent so callers can spread optional settings. */
export function resolveSignalingOptions(options: Partial<SignalingOptions> = {}): SignalingOptions {
  const resolved = { ...defaultSignalingOptions };
  for (const [name, value] of Object.entries(options) as [keyof SignalingOptions, unknown][]) {
    if (value === undefined || !(name in defaultSignalingOptions)) continue;
    if (name === 'key') {
      if (typeof value !== 'string' || value === '') throw new TypeError('key must be a non-empty string');
      resolved.key = value;
    } else {
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw new TypeError(`${name} must be a positive number`);
      }
      resolved[name] = value;
    }
  }
  return resolved;
}
