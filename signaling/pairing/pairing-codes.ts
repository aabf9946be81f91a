import { randomInt } from 'node:crypto';
import {
  formatTypedCode,
  randomTypedCodeChars,
  splitTypedCode,
  TYPED_CODE_HALF,
} from '../../core/pairing/typed-code';
import { sameText } from '../same-text';

interface LiveCode {
  secret: string;
  peerId: string;
  expiresAt: number;
}

export type LookupResult = { ok: true; peerId: string } | { ok: false; reason: 'unknown' | 'burnt' };

/**
 * Typed codes that lead a phone to a computer's peer id. A code is `XXXX-XXXX` (typed-code.ts): the
 * first half names it, the second half is its secret. A guess that names a live code with the wrong
 * secret burns that code, so guessing one costs the guesser every code it touches and gains 1 in
 * 2^20 at best.
 */
export class PairingCodes {
  private readonly byId = new Map<string, LiveCode>();
  private readonly idByPeer = new Map<string, string>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxCodes: number,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  /** A fresh code for this peer; its previous code stops working. Undefined when the table is full. */
  issue(peerId: string, now: number): { code: string; expiresAt: number } | undefined {
    this.forgetPeer(peerId);
    if (this.byId.size >= this.maxCodes) this.sweep(now);
    if (this.byId.size >= this.maxCodes) return undefined;
    let id = randomChars(TYPED_CODE_HALF);
    while (this.byId.has(id)) id = randomChars(TYPED_CODE_HALF);
    const live = { secret: randomChars(TYPED_CODE_HALF), peerId, expiresAt: now + this.ttlMs };
    this.byId.set(id, live);
    this.idByPeer.set(peerId, id);
    return { code: formatTypedCode(id, live.secret), expiresAt: live.expiresAt };
  }

  /** Single use: a right answer spends the code, and so does a wrong one. */
  lookup(code: string, now: number): LookupResult {
    const { id, secret } = splitTypedCode(code);
    const live = this.byId.get(id);
    if (!live) return { ok: false, reason: 'unknown' };
    this.delete(id, live);
    if (live.expiresAt <= now) return { ok: false, reason: 'unknown' };
    return sameText(live.secret, secret) ? { ok: true, peerId: live.peerId } : { ok: false, reason: 'burnt' };
  }

  sweep(now: number): void {
    for (const [id, live] of this.byId) if (live.expiresAt <= now) this.delete(id, live);
  }

  private forgetPeer(peerId: string): void {
    const id = this.idByPeer.get(peerId);
    const live = id === undefined ? undefined : this.byId.get(id);
    if (id !== undefined && live) this.delete(id, live);
  }

  private delete(id: string, live: LiveCode): void {
    this.byId.delete(id);
    if (this.idByPeer.get(live.peerId) === id) this.idByPeer.delete(live.peerId);
  }
}

function randomChars(count: number): string {
  return randomTypedCodeChars(count, (n) => randomInt(n));
}
