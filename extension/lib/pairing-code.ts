import { db } from './extension-db';
import { i18n } from './i18n';
import { readKv, writeKv } from './kv';
import { signalingUrl } from './server-setting';

export interface CodeOffer {
  code: string;
  expiresAt: number;
}

/**
 * The link may still be reaching the signaling server when the person asks; it is worth a wait. A few
 * tries a fixed second apart, not core/retry's Backoff: nothing failed (the link is just not online
 * yet), the person is waiting on the answer, and the tries end after five seconds with an error shown.
 */
const NOT_CONNECTED_RETRIES = 5;
const RETRY_AFTER_MS = 1_000;

/**
 * Asks the signaling server for a short code that leads a phone to this computer's peer id. The code
 * alone proves little (the server knows it too), so a phone that uses it must pass the SAS check.
 * The server only hands out codes for an id to the client that holds its token.
 */
export async function requestPairingCode(): Promise<CodeOffer> {
  const identity = await readKv('identity');
  if (!identity) throw new Error(i18n.t('pairing.noIdentity'));
  const server = await signalingUrl();
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${server}/pair/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ peerId: identity.peerId, token: identity.token }),
    });
    const body = (await response.json().catch(() => ({}))) as Partial<CodeOffer> & { error?: string };
    if (response.status === 409 && attempt < NOT_CONNECTED_RETRIES) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
      continue;
    }
    if (!response.ok || !body.code || !body.expiresAt) {
      throw new Error(body.error ?? i18n.t('pairing.codeRefused', { status: response.status }));
    }
    const offer = { code: body.code, expiresAt: body.expiresAt };
    await writeKv('codeOffer', offer);
    return offer;
  }
}

/** True once for the code on show, if it has not expired: any attempt spends it. */
export async function spendPairingCode(code: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.kv, async () => {
    const offer = (await db.kv.get('codeOffer'))?.value as CodeOffer | undefined;
    if (!offer) return false;
    await db.kv.delete('codeOffer');
    return offer.code === code && offer.expiresAt > now;
  });
}
