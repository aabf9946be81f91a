import { type PairingInfo, readPairingUrl } from '@core/pairing/pairing-link';

export type PairingRequest = PairingInfo | { error: string };

/** Only a `#pair…` hash is a pairing attempt; any other page load is just the app opening. */
export function pairingFromLocation(href = location.href): PairingRequest | undefined {
  if (!new URL(href).hash.startsWith('#pair')) return undefined;
  return readPairingUrl(href);
}

/** The link is single-use in spirit: once handled, a reload or a bookmark must not offer it again. */
export function clearPairingHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
