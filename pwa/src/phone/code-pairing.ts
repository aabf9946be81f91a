import { normalizeTypedCode } from '@core/pairing/typed-code';
import type { PairedComputer } from '../db/phone-db';
import { t } from '../i18n/translate';
import { findSignalingUrl } from './signaling-url';

/** Asks the signaling server which computer shows this code. Each code works once. */
export async function lookupPairingCode(
  signalingUrl: string,
  typed: string,
): Promise<{ ok: true; code: string; peerId: string } | { ok: false; error: string }> {
  const code = normalizeTypedCode(typed);
  if (!code) return { ok: false, error: t('code.badFormat') };
  try {
    const response = await fetch(`${signalingUrl}/pair/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const body = (await response.json().catch(() => ({}))) as { peerId?: string; error?: string };
    if (response.ok && body.peerId) return { ok: true, code, peerId: body.peerId };
    if (response.status === 429) return { ok: false, error: t('code.tooMany') };
    // The server's own words, when it has some, stay as it said them.
    return { ok: false, error: body.error ?? t('code.unknown') };
  } catch {
    return { ok: false, error: t('code.unreachable') };
  }
}

/**
 * The computer a typed code leads to, as it is stored until the SAS check: nothing is pinned and
 * there is no secret; the code stands in for both until both screens' six digits were confirmed.
 */
export async function pairedFromCode(
  typed: string,
  now = Date.now,
): Promise<{ ok: true; computer: PairedComputer } | { ok: false; error: string }> {
  const signalingUrl = await findSignalingUrl();
  const found = await lookupPairingCode(signalingUrl, typed);
  if (!found.ok) return found;
  return {
    ok: true,
    computer: {
      peerId: found.peerId,
      signalingUrl,
      name: t('computers.unnamed'),
      pairedAt: now(),
      keyFingerprint: '',
      pairCode: found.code,
    },
  };
}
