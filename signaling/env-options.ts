import type { SignalingOptions } from './options';

/** The limits an operator may set from the environment; everything else keeps its default. */
const FROM_ENV = {
  PAIR_CODES_PER_MINUTE_PER_IP: 'pairCodesPerMinutePerIp',
  PAIR_LOOKUPS_PER_MINUTE_PER_IP: 'pairLookupsPerMinutePerIp',
  ICE_REQUESTS_PER_MINUTE_PER_IP: 'iceRequestsPerMinutePerIp',
  MAX_CONNECTIONS_PER_IP: 'maxConnectionsPerIp',
  MAX_MESSAGES_PER_10S_PER_IP: 'maxMessagesPer10sPerIp',
  MAX_PEERS: 'maxPeers',
  MAX_QUEUED_PER_PEER: 'maxQueuedPerPeer',
  MAX_QUEUED_MESSAGES: 'maxQueuedMessages',
  MAX_PAIR_CODES: 'maxPairCodes',
  MAX_FRAME_BYTES: 'maxFrameBytes',
  PAIR_CODE_TTL_MS: 'pairCodeTtl',
  EXPIRE_TIMEOUT_MS: 'expireTimeout',
  ALIVE_TIMEOUT_MS: 'aliveTimeout',
} as const satisfies Record<string, keyof SignalingOptions>;

/** Reads the limits set in `env`; a value that is not a whole number ≥ 1 is an error, not a default. */
export function signalingOptionsFromEnv(env: Record<string, string | undefined>): Partial<SignalingOptions> {
  const options: Partial<SignalingOptions> = {};
  // The PeerJS API key the clients present (`peerjs` for the stock client and ours).
  const key = env['PEERJS_KEY'];
  if (key !== undefined && key !== '') {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(key))
      throw new Error(`PEERJS_KEY must be 1 to 64 letters, digits, _ or -, got "${key}"`);
    options.key = key;
  }
  for (const [variable, option] of Object.entries(FROM_ENV)) {
    const given = env[variable];
    if (given === undefined || given === '') continue;
    const value = Number(given);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${variable} must be a whole number ≥ 1, got "${given}"`);
    options[option] = value;
  }
  return options;
}
