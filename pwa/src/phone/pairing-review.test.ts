import type { PairingInfo } from '@core/pairing/pairing-link';
import { describe, expect, it } from 'vitest';
import type { PairedComputer } from '../db/phone-db';
import { reviewPairing } from './pairing-review';

const LINK: PairingInfo = {
  signalingUrl: 'https://peertext.example.org',
  peerId: 'pt-laptop',
  device: 'Your laptop',
  keyFingerprint: 'k'.repeat(43),
  secret: 's'.repeat(22),
};

const LAPTOP: PairedComputer = {
  peerId: 'pt-laptop',
  signalingUrl: 'https://peertext.example.org',
  name: 'Laptop',
  pairedAt: 1,
  keyFingerprint: 'a'.repeat(43),
};

describe('reviewPairing', () => {
  it('names the server by host and port', () => {
    const review = reviewPairing({ ...LINK, signalingUrl: 'http://192.168.1.10:8787' }, []);
    expect(review.serverHost).toBe('192.168.1.10:8787');
  });

  it('calls a server new until some paired computer uses it (same origin and path)', () => {
    expect(reviewPairing(LINK, []).newServer).toBe(true);
    expect(reviewPairing({ ...LINK, peerId: 'pt-other' }, [LAPTOP]).newServer).toBe(false);
    expect(
      reviewPairing({ ...LINK, signalingUrl: 'https://peertext.example.org/' }, [LAPTOP]).newServer,
    ).toBe(false);
    for (const elsewhere of [
      'https://peertext.example.org.evil.test',
      'http://peertext.example.org',
      'https://peertext.example.org:8443',
      'https://peertext.example.org/other',
    ]) {
      expect(reviewPairing({ ...LINK, signalingUrl: elsewhere }, [LAPTOP]).newServer, elsewhere).toBe(true);
    }
  });

  it('says which pairing a link for a computer id already paired would replace, whatever its name', () => {
    expect(reviewPairing(LINK, [LAPTOP]).replaces).toBe(LAPTOP);
    expect(
      reviewPairing({ ...LINK, peerId: 'pt-other', device: 'Laptop' }, [LAPTOP]).replaces,
    ).toBeUndefined();
  });
});
