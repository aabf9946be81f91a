/** What the server tells clients about ICE: public STUN, and TURN with short-lived credentials. */
export interface IceSettings {
  stunUrls: string[];
  turnUrls: string[];
  /** The secret shared with the TURN server (coturn `static-auth-secret`); unset means no TURN. */
  turnSecret: string | undefined;
  /** How long one TURN credential lives (s). */
  turnTtlSeconds: number;
}

export const DEFAULT_TURN_TTL_SECONDS = 3_600;
/** Beyond a day a leaked credential is a standing relay account, which REST credentials exist to avoid. */
const MAX_TURN_TTL_SECONDS = 86_400;

const STUN_URL = /^stuns?:[^\s,?#]+$/;
const TURN_URL = /^turns?:[^\s,?#]+(\?transport=(udp|tcp))?$/;

/**
 * Reads `STUN_URLS`, `TURN_URLS` (comma-separated), `TURN_SECRET` and `TURN_TTL_SECONDS`. A bad
 * value is an error naming its variable; TURN URLs without a secret (or the reverse) too, since
 * either half alone would fail every relayed connection silently.
 */
export function iceSettingsFromEnv(env: Record<string, string | undefined>): IceSettings {
  const stunUrls = urlList(env, 'STUN_URLS', STUN_URL, 'stun:host:port');
  const turnUrls = urlList(env, 'TURN_URLS', TURN_URL, 'turn:host:port?transport=udp');
  const turnSecret = env['TURN_SECRET'] || undefined;
  if (turnUrls.length > 0 && !turnSecret) throw new Error('TURN_URLS is set but TURN_SECRET is not');
  if (turnSecret && turnUrls.length === 0) throw new Error('TURN_SECRET is set but TURN_URLS is not');
  let turnTtlSeconds = DEFAULT_TURN_TTL_SECONDS;
  const ttl = env['TURN_TTL_SECONDS'];
  if (ttl !== undefined && ttl !== '') {
    turnTtlSeconds = Number(ttl);
    if (!Number.isInteger(turnTtlSeconds) || turnTtlSeconds < 60 || turnTtlSeconds > MAX_TURN_TTL_SECONDS) {
      throw new Error(
        `TURN_TTL_SECONDS must be a whole number from 60 to ${MAX_TURN_TTL_SECONDS}, got "${ttl}"`,
      );
    }
  }
  return { stunUrls, turnUrls, turnSecret, turnTtlSeconds };
}

/** One line for the start-up log: what kind of paths clients will be able to find. */
export function describeIce(settings: IceSettings): string {
  if (settings.turnUrls.length > 0) {
    return `ICE: ${settings.stunUrls.length} STUN, ${settings.turnUrls.length} TURN URL(s), credentials live ${settings.turnTtlSeconds} s`;
  }
  if (settings.stunUrls.length > 0) {
    return 'ICE: STUN only (no TURN_URLS): devices behind strict NATs or firewalls will not connect';
  }
  return 'ICE: no STUN_URLS or TURN_URLS: only devices on the same network will connect';
}

function urlList(
  env: Record<string, string | undefined>,
  variable: string,
  shape: RegExp,
  example: string,
): string[] {
  const given = env[variable];
  if (given === undefined || given.trim() === '') return [];
  const urls = given.split(',').map((url) => url.trim());
  for (const url of urls) {
    if (!shape.test(url)) throw new Error(`${variable}: "${url}" is not a URL like ${example}`);
  }
  return urls;
}
