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

export function pairingUrl(pwaUrl: string, info: PairingInfo): string {
  const url = new URL(pwaUrl);
  url.hash = `pair=${encodeURIComponent(JSON.stringify({ s: info.signalingUrl, p: info.peerId, d: info.device }))}`;
  return url.toString();
}

export function readPairingUrl(href: string): PairingInfo | { error: string } {
  const hash = new URL(href).hash;
  const match = /^#pair=(.+)$/.exec(hash);
  if (!match?.[1]) return { error: 'This link has no pairing information.' };
  if (match[1].length > MAX_PAIRING_CHARS) return { error: 'This pairing link is too long.' };
  try {
    const raw = JSON.parse(decodeURIComponent(match[1])) as { s?: unknown; p?: unknown; d?: unknown };
    if (typeof raw.s !== 'string' || typeof raw.p !== 'string' || typeof raw.d !== 'string')
      throw new Error();
    const signaling = new URL(raw.s);
    if (signaling.protocol !== 'http:' && signaling.protocol !== 'https:') throw new Error();
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(raw.p)) throw new Error();
    return {
      signalingUrl: signaling.toString().replace(/\/$/, ''),
      peerId: raw.p,
      device: raw.d.slice(0, 100),
    };
  } catch {
    return { error: 'This pairing link is damaged: open it again from the extension.' };
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
