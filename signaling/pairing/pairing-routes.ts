import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { TYPED_CODE_PATTERN } from '../../core/pairing/typed-code';
import type { SignalingMetrics } from '../metrics';
import type { Limiter } from '../rate-limits';
import type { CodeStore } from './code-store';

export interface PairingRoutesInit {
  codes: CodeStore;
  /** Whether `token` holds the peer id on this instance or, with REDIS_URL, on any. */
  holds: (peerId: string, token: string) => Promise<boolean>;
  /** Per remote address: codes asked for, and lookups tried. */
  issueLimiter: Limiter;
  lookupLimiter: Limiter;
  ipOf: (c: Context) => string;
  metrics?: SignalingMetrics;
  now?: () => number;
}

/** A request is a line of JSON; anything bigger is not one of ours. */
const MAX_BODY_BYTES = 1024;

const IssueRequest = v.object({
  peerId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
});
const LookupRequest = v.object({
  code: v.pipe(v.string(), v.regex(TYPED_CODE_PATTERN)),
});

/**
 * `POST /code` gives a connected computer a typed code (core/pairing/typed-code.ts); `POST /lookup`
 * turns the code into the computer's peer id for a phone, once. The code is no proof of anything:
 * the devices still verify each other's keys and the person compares six digits, so these routes
 * only have to resist guessing.
 */
export function createPairingRoutes(init: PairingRoutesInit): Hono {
  const { codes, holds, issueLimiter, lookupLimiter, ipOf, metrics } = init;
  const now = init.now ?? Date.now;
  const app = new Hono();

  const limit = (limiter: Limiter) => async (c: Context, next: () => Promise<void>) => {
    const decision = await limiter.take(ipOf(c));
    if (!decision.ok) {
      metrics?.refused('rate-limited');
      c.header('Retry-After', String(Math.ceil(decision.retryAfterMs / 1000)));
      return c.json({ error: 'Too many pairing requests from this address. Try again later.' }, 429);
    }
    await next();
  };
  const small = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: `A pairing request is at most ${MAX_BODY_BYTES} bytes.` }, 413),
  });

  app.post('/code', limit(issueLimiter), small, async (c) => {
    const body = v.safeParse(IssueRequest, await readJson(c));
    if (!body.success) return c.json({ error: 'Expected {"peerId", "token"}.' }, 400);
    // Only the client holding the id may point a code at it.
    if (!(await holds(body.output.peerId, body.output.token))) {
      return c.json({ error: 'This computer is not connected to the signaling server yet.' }, 409);
    }
    const issued = await codes.issue(body.output.peerId, now());
    if (!issued) return c.json({ error: 'The server has no room for another code. Try again later.' }, 503);
    metrics?.codesIssued.inc();
    c.header('Cache-Control', 'no-store');
    return c.json(issued, 201);
  });

  app.post('/lookup', limit(lookupLimiter), small, async (c) => {
    const body = v.safeParse(LookupRequest, await readJson(c));
    if (!body.success) return c.json({ error: 'Expected {"code": "XXXX-XXXX"}.' }, 400);
    const found = await codes.lookup(body.output.code, now());
    if (!found.ok && found.reason === 'burnt') metrics?.codesBurnt.inc();
    if (!found.ok) {
      return c.json({ error: 'That code is unknown, used or expired. Ask the computer for a new one.' }, 404);
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ peerId: found.peerId });
  });

  return app;
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}
