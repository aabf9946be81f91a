import { describe, expect, it } from 'vitest';
import { clientAddress, limitKey, trustedProxiesFromEnv } from './client-address';

const local = trustedProxiesFromEnv('127.0.0.1, ::1, 10.0.0.0/8');

describe('clientAddress', () => {
  it('is the TCP peer when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', undefined)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', undefined, undefined)).toBe('203.0.113.7');
  });

  it('takes the address a trusted proxy appended, not what the client wrote before it', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1', local)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.1', local)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', '198.51.100.1, 10.1.2.3', local)).toBe('198.51.100.1');
  });

  it('ignores the header from a peer that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', local)).toBe('203.0.113.7');
  });

  it('stops at the last trusted hop when an entry is no address, or all are trusted', () => {
    expect(clientAddress('127.0.0.1', 'unknown', local)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '198.51.100.1, junk', local)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '10.0.0.5', local)).toBe('10.0.0.5');
    expect(clientAddress('::1', '2001:db8::1', local)).toBe('2001:db8::1');
  });
});

describe('trustedProxiesFromEnv', () => {
  it('is none when unset or empty', () => {
    expect(trustedProxiesFromEnv(undefined)).toBeUndefined();
    expect(trustedProxiesFromEnv(' ')).toBeUndefined();
  });

  it.each(['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129', '300.1.1.1'])(
    'refuses %j, naming TRUST_PROXY',
    (bad) => {
      expect(() => trustedProxiesFromEnv(bad)).toThrow(/^TRUST_PROXY: /);
    },
  );
});

describe('limitKey', () => {
  it('counts IPv4 addresses one by one and IPv6 addresses by their /64', () => {
    expect(limitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(limitKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitKey('::1')).toBe('0:0:0:0::/64');
    expect(limitKey('unknown')).toBe('unknown');
  });
});
