import { costlyNumberReason } from '@core/address/costly-number';
import Dexie from 'dexie';
import type { PhoneDb } from '../db/phone-db';
import { DEFAULT_GUARDS, type GuardFacts, ONE_DAY, TEN_MINUTES } from './send-guard';

/**
 * Reads what `judgeSend` needs. Call it inside the transaction that stores the request (tables
 * requests, recipients, settings), so two requests cannot both slip under a limit.
 */
export async function readGuardFacts(
  db: PhoneDb,
  computerPeerId: string,
  to: string,
  now: number,
): Promise<GuardFacts> {
  // Texts = every request in the window less the refused ones (dispatch 'none'): two index counts,
  // which the browser answers without walking the rows. A cursor with a filter here cost a step per
  // recent request on every send (bench:send, 2026-12-06).
  const since = async (ms: number) => {
    const asked = await db.requests
      .where('[computerPeerId+createdAt]')
      .between([computerPeerId, now - ms], [computerPeerId, Dexie.maxKey], false, true)
      .count();
    const refused = await db.requests
      .where('[computerPeerId+dispatch+createdAt]')
      .between([computerPeerId, 'none', now - ms], [computerPeerId, 'none', Dexie.maxKey], false, true)
      .count();
    return asked - refused;
  };
  // One after another: run side by side in one transaction, fake-indexeddb (the unit tests) mixed
  // up the key ranges of these queries.
  const sentLastTenMinutes = await since(TEN_MINUTES);
  const sentLastDay = await since(ONE_DAY);
  const known = await db.recipients.get(to);
  const newRecipientsLastTenMinutes = await db.recipients
    .where('firstAt')
    .above(now - TEN_MINUTES)
    .count();
  return {
    sentLastTenMinutes,
    sentLastDay,
    newRecipient: !known,
    newRecipientsLastTenMinutes,
    costly: costlyNumberReason(to),
  };
}

export async function readGuardSettings(db: PhoneDb) {
  return (await db.settings.get('guards')) ?? DEFAULT_GUARDS;
}
