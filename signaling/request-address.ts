import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { clientAddress, limitKey, type TrustedProxies } from './client-address';

/** The TCP peer, or behind a trusted proxy the client it names; 'unknown' without a socket. */
export function clientOf(c: Context, trustProxy: TrustedProxies | undefined): string {
  let remote: string | undefined;
  try {
    remote = getConnInfo(c).remote.address;
  } catch {
    // app.request() in tests: no socket.
  }
  return clientAddress(remote ?? 'unknown', c.req.header('x-forwarded-for'), trustProxy);
}

/** Every per-address limit keys on this (IPv6 by /64). */
export function remoteAddress(c: Context, trustProxy: TrustedProxies | undefined): string {
  return limitKey(clientOf(c, trustProxy));
}

export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\./.test(address);
}
