import { fromBase64Url, toBase64Url } from './base64url';

export type KeyAlgorithm = 'Ed25519' | 'ECDSA-P256';

/**
 * A device's long-term signing key. The private key is generated non-extractable: it can be stored
 * in IndexedDB (CryptoKey is structured-cloneable) and used, but never read out, even by our code.
 */
export interface DeviceKey {
  alg: KeyAlgorithm;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as SPKI, base64url: what the other side pins. */
  spki: string;
}

const PARAMS = {
  Ed25519: { generate: { name: 'Ed25519' }, sign: { name: 'Ed25519' } },
  'ECDSA-P256': {
    generate: { name: 'ECDSA', namedCurve: 'P-256' },
    sign: { name: 'ECDSA', hash: 'SHA-256' },
  },
} as const;

/** Ed25519 where the platform has it (Chrome 137+, Firefox 129+, Node 20), ECDSA P-256 otherwise. */
export async function createDeviceKey(prefer: KeyAlgorithm = 'Ed25519'): Promise<DeviceKey> {
  const order: KeyAlgorithm[] = prefer === 'Ed25519' ? ['Ed25519', 'ECDSA-P256'] : ['ECDSA-P256'];
  let lastError: unknown;
  for (const alg of order) {
    try {
      const pair = (await crypto.subtle.generateKey(PARAMS[alg].generate, false, [
        'sign',
        'verify',
      ])) as CryptoKeyPair;
      const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
      return { alg, privateKey: pair.privateKey, publicKey: pair.publicKey, spki: toBase64Url(spki) };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

export async function signText(key: DeviceKey, text: string): Promise<string> {
  const signature = await crypto.subtle.sign(PARAMS[key.alg].sign, key.privateKey, encode(text));
  return toBase64Url(new Uint8Array(signature));
}

/** False for a bad signature, a malformed key or signature: the caller only needs yes or no. */
export async function verifyText(
  alg: KeyAlgorithm,
  spki: string,
  text: string,
  signature: string,
): Promise<boolean> {
  try {
    const publicKey = await crypto.subtle.importKey(
      'spki',
      fromBase64Url(spki),
      PARAMS[alg].generate,
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(PARAMS[alg].sign, publicKey, fromBase64Url(signature), encode(text));
  } catch {
    return false;
  }
}

/** SHA-256 of the SPKI, base64url: short enough for a QR code, long enough that nobody can match it. */
export async function keyFingerprint(spki: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', fromBase64Url(spki));
  return toBase64Url(new Uint8Array(digest));
}

function encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}
