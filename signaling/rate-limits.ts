import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { SignalingOptions } from './options';

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/** One budget per remote address (client-address.ts's key). */
export interface Limiter {
  take(key: string): Promise<RateDecision>;
}

/** Every per-address budget of the server, by what it limits. */
export interface RateLimits {
  messages: Limiter;
  pairCodes: Limiter;
  pairLookups: Limiter;
  iceRequests: Limiter;
}

/**
 * rate-limiter-flexible's fixed windows: in memory for one server, in Redis (shared by every
 * instance, so spreading guesses over instances gains nothing) with REDIS_URL. While Redis is
 * unreachable each instance falls back to its own memory budget rather than refusing everyone.
 */
export function createRateLimits(options: SignalingOptions, redis?: Redis): RateLimits {
  const limiter = (name: string, points: number, durationS: number): Limiter => {
    const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: durationS });
    const store = redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `peertext:rate:${name}`,
          points,
          duration: durationS,
          insuranceLimiter: memory,
          rejectIfRedisNotReady: true,
        })
      : memory;
    return {
      take: (key) =>
        store.consume(key).then(
          (): RateDecision => ({ ok: true }),
          (refusal: unknown): RateDecision => {
            if (refusal instanceof RateLimiterRes) return { ok: false, retryAfterMs: refusal.msBeforeNext };
            throw refusal;
          },
        ),
    };
  };
  return {
    messages: limiter('messages', options.maxMessagesPer10sPerIp, 10),
    pairCodes: limiter('pair-codes', options.pairCodesPerMinutePerIp, 60),
    pairLookups: limiter('pair-lookups', options.pairLookupsPerMinutePerIp, 60),
    iceRequests: limiter('ice', options.iceRequestsPerMinutePerIp, 60),
  };
}
