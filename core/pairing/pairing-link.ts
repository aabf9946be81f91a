/**
 * The skeleton's simple pairing: a link to the phone PWA carrying where to find the computer.
 * Kept in this one module so secure pairing (issue 3) can replace it.
 */
export interface PairingInfo {
  /** Signaling server base URL, e.g. http://192.168.1.10:8787 */
  signalingUrl: string;
  /** The computer's PeerJS id. */
  peerId: string;
  /** A name for the person to recognise the computer by. */
  device: string;
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
  const fields = new URLSearchParams({ pair: '1', s: info.signalingUrl, p: info.peerId, d: info.device });
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
  const damaged = { error: 'This pairing link is damaged: open it again from the extension.' };
  if (fields.get('pair') !== '1' || !s || !p || d === null) return damaged;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(p)) return damaged;
  try {
    const signaling = new URL(s);
    if (signaling.protocol !== 'http:' && signaling.protocol !== 'https:') return damaged;
    return { signalingUrl: signaling.toString().replace(/\/$/, ''), peerId: p, device: d.slice(0, 100) };
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
