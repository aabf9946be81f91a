/**
 * Which web origins may call this server from a browser (CORS). Not any web page: a page anyone
 * visits could otherwise make its visitors' browsers try typed codes (each wrong guess burns one)
 * from thousands of addresses. Allowed: browser extensions (ours is one; its id differs per
 * install), the Android app's own origin, this machine's loopback (development: `npm start`, the
 * tests), and the origins named in CORS_ORIGINS. The phone app the server serves itself is
 * same-origin and needs none of this.
 */
const ALWAYS = [
  /^chrome-extension:\/\/[a-p]{32}$/,
  /^moz-extension:\/\/[0-9a-f-]{36}$/,
  /^http:\/\/peertext\.localhost$/,
];
const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export function originPolicy(extra: readonly string[] = []): (origin: string) => string | null {
  const named = new Set(extra);
  return (origin) =>
    named.has(origin) || LOOPBACK.test(origin) || ALWAYS.some((r) => r.test(origin)) ? origin : null;
}

/** Reads CORS_ORIGINS: comma-separated origins such as https://app.example.org (no path). */
export function corsOriginsFromEnv(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  return value.split(',').map((entry) => {
    const trimmed = entry.trim();
    let origin: string;
    try {
      origin = new URL(trimmed).origin;
    } catch {
      origin = 'null';
    }
    if (origin === 'null' || origin !== trimmed.replace(/\/$/, '')) {
      throw new Error(`CORS_ORIGINS: "${trimmed}" is not an origin like https://app.example.org`);
    }
    return origin;
  });
}
