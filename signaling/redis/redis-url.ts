/**
 * REDIS_URL from the environment: unset or empty means one server on its own (in-memory stores);
 * a value the server could not connect with stops it at start, naming the variable.
 */
export function redisUrlFromEnv(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`REDIS_URL: "${redactRedisUrl(value)}" is not a URL like redis://host:6379`);
  }
  if ((url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '') {
    throw new Error(`REDIS_URL: "${redactRedisUrl(value)}" is not a URL like redis://host:6379`);
  }
  const db = url.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d{1,2}$/.test(db)) {
    throw new Error(
      `REDIS_URL: "${redactRedisUrl(value)}" names database "${db}"; expected a number like /0`,
    );
  }
  return value;
}

/** The URL without its password, for messages and logs: an operator's secret never goes there. */
export function redactRedisUrl(value: string): string {
  return value.replace(
    /\/\/([^@/]*)@/,
    (_all, auth: string) => `//${auth.includes(':') ? `${auth.split(':')[0]}:***` : '***'}@`,
  );
}
