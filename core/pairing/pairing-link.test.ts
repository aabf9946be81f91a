import { describe, expect, it } from 'vitest';
import { pairingUrl, peerServerOptions, readPairingUrl } from './pairing-link';

const info = {
  signalingUrl: 'http://192.168.1.10:8787',
  peerId: 'abc-123',
  device: 'Chrome on Linux',
  keyFingerprint: 'q'.repeat(43),
  secret: 's'.repeat(22),
};

describe('pairing link', () => {
  it('round-trips through the PWA URL', () => {
    const url = pairingUrl('http://localhost:8788/', info);
    expect(url.startsWith('http://localhost:8788/#pair=')).toBe(true);
    expect(readPairingUrl(url)).toEqual(info);
  });

  it('refuses links without or with damaged pairing data', () => {
    expect(readPairingUrl('http://localhost:8788/')).toHaveProperty('error');
    expect(readPairingUrl('http://localhost:8788/#pair=1&s=%7Bnope&p=a&d=x')).toHaveProperty('error');
    expect(readPairingUrl('http://localhost:8788/#pair=1&p=abc')).toHaveProperty('error');
    const badId = pairingUrl('http://x/', { ...info, peerId: 'a b<script>' });
    expect(readPairingUrl(badId)).toHaveProperty('error');
    const badScheme = pairingUrl('http://x/', { ...info, signalingUrl: 'javascript:alert(1)' });
    expect(readPairingUrl(badScheme)).toHaveProperty('error');
    // Without the key fingerprint or a long enough secret the phone could not check the computer.
    expect(readPairingUrl(pairingUrl('http://x/', { ...info, keyFingerprint: 'short' }))).toHaveProperty(
      'error',
    );
    expect(readPairingUrl(pairingUrl('http://x/', { ...info, secret: 'tooShort' }))).toHaveProperty('error');
  });

  it('gives PeerJS explicit host, port and secure', () => {
    expect(peerServerOptions('http://192.168.1.10:8787')).toEqual({
      host: '192.168.1.10',
      port: 8787,
      secure: false,
      path: '/',
    });
    expect(peerServerOptions('https://sig.example.org')).toEqual({
      host: 'sig.example.org',
      port: 443,
      secure: true,
      path: '/',
    });
  });
});
