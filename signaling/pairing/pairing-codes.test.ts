import { describe, expect, it } from 'vitest';
import { PairingCodes } from './pairing-codes';

const TTL = 300_000;

describe('PairingCodes', () => {
  it('issues XXXX-XXXX codes in Crockford base32 that lead to the peer once', () => {
    const codes = new PairingCodes(TTL, 100);
    const issued = codes.issue('peer-a', 1_000)!;
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(issued.expiresAt).toBe(1_000 + TTL);
    expect(codes.lookup(issued.code, 2_000)).toEqual({ ok: true, peerId: 'peer-a' });
    expect(codes.lookup(issued.code, 2_001)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('refuses an expired code', () => {
    const codes = new PairingCodes(TTL, 100);
    const { code } = codes.issue('peer-a', 0)!;
    expect(codes.lookup(code, TTL)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('burns a code on one wrong guess of its second half', () => {
    const codes = new PairingCodes(TTL, 100);
    const { code } = codes.issue('peer-a', 0)!;
    const wrong = `${code.slice(0, 5)}${code[5] === '0' ? '1' : '0'}${code.slice(6)}`;
    expect(codes.lookup(wrong, 1)).toEqual({ ok: false, reason: 'burnt' });
    expect(codes.lookup(code, 2)).toEqual({ ok: false, reason: 'unknown' });
    expect(codes.size).toBe(0);
  });

  it('keeps one live code per peer: a new one replaces the old', () => {
    const codes = new PairingCodes(TTL, 100);
    const first = codes.issue('peer-a', 0)!;
    const second = codes.issue('peer-a', 1)!;
    expect(codes.size).toBe(1);
    expect(codes.lookup(first.code, 2).ok).toBe(false);
    expect(codes.lookup(second.code, 2)).toEqual({ ok: true, peerId: 'peer-a' });
  });

  it('refuses to issue when full of live codes, and makes room from expired ones', () => {
    const codes = new PairingCodes(TTL, 2);
    codes.issue('a', 0);
    codes.issue('b', 0);
    expect(codes.issue('c', 1)).toBeUndefined();
    expect(codes.issue('c', TTL)).toBeDefined();
    expect(codes.size).toBe(1);
  });
});
