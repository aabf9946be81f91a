import { fromBase64Url, toBase64Url } from './base64url';

/**
 * The phone's proof that it read the QR code, bound to this connection: an HMAC of the handshake
 * transcript (both nonces' side of it and both DTLS fingerprints) keyed with the QR code's one-time
 * secret. The secret itself never crosses the wire, so a relay in the middle that sees the frames
 * learns nothing it could pair with on its own leg, whose fingerprints differ.
 */
export async function pairingMac(secret: string, transcript: string): Promise<string> {
  const mac = await crypto.subtle.sign(
    { name: 'HMAC' },
    await macKey(secret),
    new TextEncoder().encode(transcript),
  );
  return toBase64Url(new Uint8Array(mac));
}

/** Constant-time check (WebCrypto's verify) of a MAC made by `pairingMac`. */
export async function verifyPairingMac(secret: string, transcript: string, mac: string): Promise<boolean> {
  try {
    return await crypto.subtle.verify(
      { name: 'HMAC' },
      await macKey(secret),
      fromBase64Url(mac),
      new TextEncoder().encode(transcript),
    );
  } catch {
    return false;
  }
}

function macKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(`peertext-pair-v1\n${secret}`),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}
