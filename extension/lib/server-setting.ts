import { PWA_URL, SIGNALING_URL } from './endpoints';
import { i18n } from './i18n';
import { readKv, writeKv } from './kv';

/**
 * Which signaling server this computer uses (kv `signalingUrl`): the build's default until the
 * person picks their own on the options page. Read where the link starts and where pairing asks.
 */
export async function signalingUrl(): Promise<string> {
  return (await readKv('signalingUrl')) ?? SIGNALING_URL;
}

export async function saveSignalingUrl(url: string): Promise<void> {
  await writeKv('signalingUrl', url);
}

/**
 * Where a phone opens the pairing link: the build's phone app for the build's server (`npm start`
 * serves both), else the server's own origin, which serves the phone app (APP_DIR) over HTTPS.
 */
export function phoneAppUrl(server: string): string {
  return server === SIGNALING_URL ? PWA_URL : `${server}/`;
}

export type ParsedServerUrl = { ok: true; url: string } | { ok: false; error: string };

/** An http(s) origin, without a path: PeerJS and pairing live at fixed paths under it. */
export function parseServerUrl(input: string): ParsedServerUrl {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: i18n.t('server.typeAddress') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: i18n.t('server.https') };
  }
  // The pages' Content Security Policy (core/security) lets plain http reach only these.
  const plainAllowed =
    ['localhost', '127.0.0.1'].includes(url.hostname) || url.origin === new URL(SIGNALING_URL).origin;
  if (url.protocol === 'http:' && !plainAllowed) {
    return {
      ok: false,
      error: i18n.t('server.plainHttp'),
    };
  }
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    return {
      ok: false,
      error: i18n.t('server.noPath'),
    };
  }
  return { ok: true, url: url.origin };
}

export type ServerCheck = { ok: true; peers: number } | { ok: false; reason: string };

/** "Test connection": can this browser reach a PeerText signaling server at `server`, and what did it say. */
export async function checkServer(server: string, fetchImpl: typeof fetch = fetch): Promise<ServerCheck> {
  let response: Response;
  try {
    response = await fetchImpl(`${server}/health`, { signal: AbortSignal.timeout(5_000), cache: 'no-store' });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      reason: timedOut ? i18n.t('server.timeout', { server }) : i18n.t('server.unreachable', { server }),
    };
  }
  if (!response.ok)
    return { ok: false, reason: i18n.t('server.httpStatus', { server, status: response.status }) };
  const body = (await response.json().catch(() => undefined)) as
    | { ok?: unknown; peers?: unknown }
    | undefined;
  if (body?.ok !== true || typeof body.peers !== 'number') {
    return { ok: false, reason: i18n.t('server.notSignaling', { server }) };
  }
  return { ok: true, peers: body.peers };
}
