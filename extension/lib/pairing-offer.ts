import { randomBase64Url } from '@core/auth/base64url';
import { db } from './extension-db';
import { readKv, writeKv } from './kv';

export const OFFER_TTL_MS = 5 * 60_000;
/** An offer this close to expiry is replaced rather than shown: the person needs time to scan. */
const FRESH_ENOUGH_MS = 60_000;

/** The secret for the QR code on show: a still-fresh one, or a new one (128 bits, 5 minutes). */
export async function currentPairingOffer(now = Date.now()): Promise<{ secret: string; expiresAt: number }> {
  const existing = await readKv('pairingOffer');
  if (existing && existing.expiresAt - now > FRESH_ENOUGH_MS) return existing;
  const offer = { secret: randomBase64Url(16), expiresAt: now + OFFER_TTL_MS };
  await writeKv('pairingOffer', offer);
  return offer;
}

/** The secret on show if it has not expired, without spending it: a phone may say it read it. */
export async function pairingOfferOnShow(now = Date.now()): Promise<string | undefined> {
  const offer = await readKv('pairingOffer');
  return offer && offer.expiresAt > now ? offer.secret : undefined;
}

/**
 * Takes the secret on show, once: the first phone proof that asks for it spends it, right or wrong,
 * so a QR code pairs at most one phone. Undefined when none is on show or it has expired.
 */
export async function takePairingOffer(now = Date.now()): Promise<string | undefined> {
  return db.transaction('rw', db.kv, async () => {
    const offer = (await db.kv.get('pairingOffer'))?.value as
      | { secret: string; expiresAt: number }
      | undefined;
    if (!offer) return undefined;
    await db.kv.delete('pairingOffer');
    return offer.expiresAt > now ? offer.secret : undefined;
  });
}
