import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { BatchedBudget } from './batched-budget';
import { FixedWindow } from './fixed-window';
import type { SignalingOptions } from './options';

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/** One budget per remote address (client-address.ts's key). */
export interface Limiter {
  take(key: string): Promise<RateDecision>;
  /** Present when the budget lives in this process only: the same decision, without a promise. */
  takeNow?(key: string): RateDecision;
  /** With REDIS_URL, for WebSocket messages: counted without a promise per message (batched-budget.ts). */
  batched?: BatchedBudget;
}

/** Every per-address budget of the server, by what it limits. */
export interface RateLimits {
  messages: Limiter;
  pairCodes: Limiter;
  pairLookups: Limiter;
  iceRequests: Limiter;
}

/**
 * Fixed windows: in memory for one server (fixed-window.ts); with REDIS_URL rate-limiter-flexible's
 * in Redis (shared by every instance, so spreading guesses over instances gains nothing). While Redis is
 * unreachable each instance falls back to its own memory budget rather than refusing everyone.
 */
export function createRateLimits(
  options: SignalingOptions,
  redis?: Redis,
  onError: (error: unknown) => void = () => undefined,
): RateLimits {
  const limiter = (name: string, points: number, durationS: number, batch = false): Limiter => {
    if (!redis) {
      const window = new FixedWindow(points, durationS * 1000);
      return { take: (key) => Promise.resolve(window.take(key)), takeNow: (key) => window.take(key) };
    }
    const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: durationS });
    const store = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `peertext:rate:${name}`,
      points,
      duration: durationS,
      insuranceLimiter: memory,
      rejectIfRedisNotReady: true,
    });
    const consume = (key: string, used = 1) =>
      store.consume(key, used).then(
        (): RateDecision => ({ ok: true }),
        (refusal: unknown): RateDecision => {
          if (refusal instanceof RateLimiterRes) return { ok: false, retryAfterMs: refusal.msBeforeNext };
          throw refusal;
        },
      );
    const batched = batch ? new BatchedBudget(points, durationS * 1000, consume, onError) : undefined;
    return { take: (key) => consume(key), batched };
  };
  return {
    messages: limiter('messages', options.maxMessagesPer10sPerIp, 10, true),
    pairCodes: limiter('pair-codes', options.pairCodesPerMinutePerIp, 60),
    pairLookups: limiter('pair-lookups', options.pairLookupsPerMinutePerIp, 60),
    iceRequests: limiter('ice', options.iceRequestsPerMinutePerIp, 60),
  };
}
