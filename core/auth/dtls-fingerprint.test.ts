import { describe, expect, it } from 'vitest';
import { dtlsFingerprint } from './dtls-fingerprint';

const hex = (b: string) => Array(32).fill(b).join(':');

describe('dtlsFingerprint', () => {
  it('reads the SHA-256 fingerprint of a Chrome SDP, normalised to upper case', () => {
    const sdp = `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=fingerprint:sha-256 ${hex('ab')}\r\na=setup:actpass\r\n`;
    expect(dtlsFingerprint(sdp)).toBe(hex('AB'));
  });

  it('accepts the same fingerprint repeated per media section', () => {
    expect(dtlsFingerprint(`a=fingerprint:sha-256 ${hex('01')}\na=fingerprint:sha-256 ${hex('01')}\n`)).toBe(
      hex('01'),
    );
  });

  it('refuses what it cannot trust: none, two different, another hash, malformed', () => {
    expect(dtlsFingerprint(undefined)).toBeUndefined();
    expect(dtlsFingerprint('v=0\r\n')).toBeUndefined();
    expect(
      dtlsFingerprint(`a=fingerprint:sha-256 ${hex('01')}\na=fingerprint:sha-256 ${hex('02')}\n`),
    ).toBeUndefined();
    expect(dtlsFingerprint(`a=fingerprint:sha-1 ${Array(20).fill('01').join(':')}\n`)).toBeUndefined();
    expect(dtlsFingerprint('a=fingerprint:sha-256 01:02\n')).toBeUndefined();
  });
});
