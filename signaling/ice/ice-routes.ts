import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import type { SignalingMetrics } from '../metrics';
import type { Limiter } from '../rate-limits';
import type { IceSettings } from './ice-settings';
import { turnCredential } from './turn-credential';

export interface IceRoutesInit {
  settings: IceSettings;
  /** Whether `token` holds the peer id on this instance or, with REDIS_URL, on any. */
  holds: (peerId: string, token: string) => Promise<boolean>;
  /** Per remote address. */
  limiter: Limiter;
  ipOf: (c: Context) => string;
  metrics?: SignalingMetrics;
  now?: () => number;
}

/** The `RTCIceServer` list a client puts into its `RTCConfiguration`. */
export interface IceServersResponse {
  iceServers: { urls: string[]; username?: string; credential?: string }[];
  /** Unix seconds when the TURN credential ends; null when there is none. */
  expiresAt: number | null;
}

const Request = v.object({
  peerId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
});

/**
 * `POST /` hands a connected client its ICE servers. TURN relays traffic, so its credential goes
 * only to the holder of a registered peer id (the same proof as asking for a pairing code) and is
 * bound to that id and a short lifetime: a leaked one is good for one peer for at most the TTL.
 */
export function createIceRoutes(init: IceRoutesInit): Hono {
  const { settings, holds, limiter, ipOf, metrics } = init;
  const now = init.now ?? Date.now;
  const app = new Hono();

  app.post(
    '/',
    async (c, next) => {
      const decision = await limiter.take(ipOf(c));
      if (!decision.ok) {
        metrics?.refused('rate-limited');
        c.header('Retry-After', String(Math.ceil(decision.retryAfterMs / 1000)));
        return c.json({ error: 'Too many ICE requests from this address. Try again later.' }, 429);
      }
      await next();
    },
    bodyLimit({
      maxSize: 1024,
      onError: (c) => c.json({ error: 'An ICE request is at most 1024 bytes.' }, 413),
    }),
    async (c) => {
      const body = v.safeParse(Request, await readJson(c));
      if (!body.success) return c.json({ error: 'Expected {"peerId", "token"}.' }, 400);
      if (!(await holds(body.output.peerId, body.output.token))) {
        return c.json({ error: 'Connect to the signaling server before asking for ICE servers.' }, 403);
      }
      c.header('Cache-Control', 'no-store');
      metrics?.iceIssued.inc();
      return c.json(iceServersFor(settings, body.output.peerId, now()));
    },
  );

  return app;
}

export function iceServersFor(settings: IceSettings, peerId: string, nowMs: number): IceServersResponse {
  const iceServers: IceServersResponse['iceServers'] = [];
  if (settings.stunUrls.length > 0) iceServers.push({ urls: settings.stunUrls });
  if (settings.turnUrls.length === 0 || !settings.turnSecret) return { iceServers, expiresAt: null };
  const { username, credential, expiresAt } = turnCredential(
    settings.turnSecret,
    peerId,
    nowMs,
    settings.turnTtlSeconds,
  );
  iceServers.push({ urls: settings.turnUrls, username, credential });
  return { iceServers, expiresAt };
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}
