import { randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  formatTypedCode,
  randomTypedCodeChars,
  splitTypedCode,
  TYPED_CODE_HALF,
} from '../../core/pairing/typed-code';
import { defineScripts, type SignalingScripts } from '../redis/redis-scripts';
import { sameText } from '../same-text';
import type { CodeStore, IssuedCode } from './code-store';
import type { LookupResult } from './pairing-codes';

const CODE = 'peertext:code:';
const CODE_OF = 'peertext:code-of:';
const LIVE_CODES = 'peertext:codes';

/** Tries before giving up on a free first half: with 2^20 of them, a second try is already rare. */
const TRIES = 5;

/**
 * Typed codes in Redis with the rules of pairing-codes.ts: the first half names the code, the
 * second is its secret, a code lives `ttlMs` (Redis expires it), and any lookup, right or wrong,
 * deletes it in the same step as reading it, so a wrong guess on one instance burns the code for all.
 */
export class RedisCodeStore implements CodeStore {
  private readonly scripts: SignalingScripts;

  constructor(
    redis: Redis,
    private readonly ttlMs: number,
    private readonly maxCodes: number,
  ) {
    this.scripts = defineScripts(redis);
  }

  async issue(peerId: string, now: number): Promise<IssuedCode | undefined> {
    const expiresAt = now + this.ttlMs;
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const id = randomChars(TYPED_CODE_HALF);
      const secret = randomChars(TYPED_CODE_HALF);
      const outcome = await this.scripts.issueCode(
        CODE + id,
        CODE_OF + peerId,
        LIVE_CODES,
        `${secret}|${peerId}`,
        id,
        this.ttlMs,
        now,
        this.maxCodes,
        CODE,
        expiresAt,
        peerId,
      );
      if (outcome === 'full') return undefined;
      if (outcome === 'ok') return { code: formatTypedCode(id, secret), expiresAt };
    }
    return undefined;
  }

  async lookup(code: string, _now: number): Promise<LookupResult> {
    const { id, secret } = splitTypedCode(code);
    // Redis has already dropped an expired code (PX), so found means live.
    const live = await this.scripts.takeCode(CODE + id, LIVE_CODES, id);
    if (live === null) return { ok: false, reason: 'unknown' };
    const bar = live.indexOf('|');
    return sameText(live.slice(0, bar), secret)
      ? { ok: true, peerId: live.slice(bar + 1) }
      : { ok: false, reason: 'burnt' };
  }
}

function randomChars(count: number): string {
  return randomTypedCodeChars(count, (n) => randomInt(n));
}
