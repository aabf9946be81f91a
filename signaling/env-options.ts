import type { SignalingOptions } from './options';

/** The limits an operator may set from the environment; everything else keeps its default. */
const FROM_ENV = {
  PAIR_CODES_PER_MINUTE_PER_IP: 'pairCodesPerMinutePerIp',
  PAIR_LOOKUPS_PER_MINUTE_PER_IP: 'pairLookupsPerMinutePerIp',
  ICE_REQUESTS_PER_MINUTE_PER_IP: 'iceRequestsPerMinutePerIp',
  MAX_CONNECTIONS_PER_IP: 'maxConnectionsPerIp',
  MAX_MESSAGES_PER_10S_PER_IP: 'maxMessagesPer10sPerIp',
} as const satisfies Record<string, keyof SignalingOptions>;

/** Reads the limits set in `env`; a value that is not a whole number ≥ 1 is an error, not a default. */
export function signalingOptionsFromEnv(env: Record<string, string | undefined>): Partial<SignalingOptions> {
  const options: Partial<SignalingOptions> = {};
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
