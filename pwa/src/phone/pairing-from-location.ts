import { type PairingInfo, readPairingUrl } from '@core/pairing/pairing-link';
import type { MessageKey } from '../i18n/en';
import { t } from '../i18n/translate';

export type PairingRequest = PairingInfo | { error: string };

/** readPairingUrl's sentences (core/, shared with the extension, in English) as this phone words them. */
const LINK_ERRORS: Readonly<Record<string, MessageKey>> = {
  'This link has no pairing information.': 'link.noInfo',
  'This pairing link is too long.': 'link.tooLong',
  'This pairing link is damaged: open it again from the extension.': 'link.damaged',
};

/** The same request, its error (if any) in the phone's language. */
export function localPairingError(request: PairingRequest): PairingRequest {
  if (!('error' in request)) return request;
  const key = LINK_ERRORS[request.error];
  return key ? { error: t(key) } : request;
}

/** Only a `#pair…` hash is a pairing attempt; any other page load is just the app opening. */
export function pairingFromLocation(href = location.href): PairingRequest | undefined {
  if (!new URL(href).hash.startsWith('#pair')) return undefined;
  return localPairingError(readPairingUrl(href));
}

/** The link is single-use in spirit: once handled, a reload or a bookmark must not offer it again. */
export function clearPairingHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
