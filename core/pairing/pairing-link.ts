/**
 * The pairing link (and QR code): where to find the computer, which key it will prove, and a
 * one-time secret that lets this phone, once, be pinned by the computer.
 */
export interface PairingInfo {
  /** Signaling server base URL, e.g. http://192.168.1.10:8787 */
  signalingUrl: string;
  /** The computer's PeerJS id. */
  peerId: string;
  /** A name for the person to recognise the computer by. */
  device: string;
  /** SHA-256 of the computer's public key, base64url (43 chars). */
  keyFingerprint: string;
  /** One-time pairing secret, base64url, ≥ 128 bits; the computer refuses it after one use or 5 minutes. */
  secret: string;
}

export interface PeerServerOptions {
  host: string;
  port: number;
  secure: boolean;
  path: string;
}

const MAX_PAIRING_CHARS = 2000;

/** Plain query-style fields in the hash: shorter than encoded JSON, so the QR code stays easy to scan. */
export function pairingUrl(pwaUrl: string, info: PairingInfo): string {
  const url = new URL(pwaUrl);
  const fields = new URLSearchParams({
    pair: '1',
    s: info.signalingUrl,
    p: info.peerId,
    d: info.device,
    k: info.keyFingerprint,
    t: info.secret,
  });
  url.hash = fields.toString();
  return url.toString();
}

export function readPairingUrl(href: string): PairingInfo | { error: string } {
  const hash = new URL(href).hash.slice(1);
  if (!hash.startsWith('pair=')) return { error: 'This link has no pairing information.' };
  if (hash.length > MAX_PAIRING_CHARS) return { error: 'This pairing link is too long.' };
  const fields = new URLSearchParams(hash);
  const s = fields.get('s');
  const p = fields.get('p');
  const d = fields.get('d');
  const k = fields.get('k') ?? '';
  const t = fields.get('t') ?? '';
  const damaged = { error: 'This pairing link is damaged: open it again from the extension.' };
  if (fields.get('pair') !== '1' || !s || !p || d === null) return damaged;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(p)) return damaged;
  if (!/^[A-Za-z0-9_-]{43}$/.test(k) || !/^[A-Za-z0-9_-]{22,64}$/.test(t)) return damaged;
  try {
    const signaling = new URL(s);
    if (signaling.protocol !== 'http:' && signaling.protocol !== 'https:') return damaged;
    return {
      signalingUrl: signaling.toString().replace(/\/$/, ''),
      peerId: p,
      device: d.slice(0, 100),
      keyFingerprint: k,
      secret: t,
    };
  } catch {
    return damaged;
  }
}

/** What the stock PeerJS client needs to reach our signaling server. */
export function peerServerOptions(signalingUrl: string): PeerServerOptions {
  const url = new URL(signalingUrl);
  const secure = url.protocol === 'https:';
  return {
    host: url.hostname,
    port: Number(url.port) || (secure ? 443 : 80),
    secure,
    path: url.pathname || '/',
  };
}
