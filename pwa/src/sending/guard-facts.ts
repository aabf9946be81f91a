import { costlyNumberReason } from '@core/address/costly-number';
import Dexie from 'dexie';
import type { CountryCode } from 'libphonenumber-js';
import type { PhoneDb } from '../db/phone-db';
import { homeRegion } from './guard-settings';
import { type GuardFacts, type GuardLimits, ONE_DAY, TEN_MINUTES } from './send-guard';

export interface GuardedRequest {
  computerPeerId: string;
  to: string;
  segments: number;
}

/**
 * Reads what `judgeSend` needs. Call it inside the transaction that stores the request (tables
 * requests, recipients, settings), so two requests cannot both slip under a limit. `phoneCountry`
 * (the phone's language region) names numbers nationally when the person set no countries.
 */
export async function readGuardFacts(
  db: PhoneDb,
  request: GuardedRequest,
  limits: GuardLimits,
  now: number,
  phoneCountry?: CountryCode,
): Promise<GuardFacts> {
  const { computerPeerId, to, segments } = request;
  // Texts = every request in the window less the refused ones (dispatch 'none'): index counts, which
  // the browser answers without walking the rows. A cursor with a filter here cost a step per recent
  // request on every send (bench:send, 2026-12-06). Run one after another: side by side in one
  // transaction, fake-indexeddb (the unit tests) mixed up the key ranges of these queries.
  const texts = async (ms: number) => {
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
  const tenMinutes = await texts(TEN_MINUTES);
  const day = await texts(ONE_DAY);
  const allAsked = await db.requests
    .where('createdAt')
    .above(now - ONE_DAY)
    .count();
  const allRefused = await db.requests
    .where('[dispatch+createdAt]')
    .between(['none', now - ONE_DAY], ['none', Dexie.maxKey], false, true)
    .count();
  const extra = await extraSegments(db, computerPeerId, now);
  const known = await db.recipients.get(to);
  const newRecipientsLastTenMinutes = await db.recipients
    .where('firstAt')
    .above(now - TEN_MINUTES)
    .count();
  return {
    segments,
    sentLastTenMinutes: tenMinutes + extra.tenMinutes,
    sentLastDay: day + extra.day,
    allSentLastDay: allAsked - allRefused + extra.all,
    newRecipient: !known,
    newRecipientsLastTenMinutes,
    costly: costlyNumberReason(to, {
      ...(limits.countries ? { homeCountries: limits.countries } : {}),
      region: homeRegion(limits, phoneCountry),
    }),
  };
}

/**
 * The SMS beyond the first of the day's long texts (the sparse `long` index). Its rows are bounded by
 * the limits themselves: each is two SMS or more, and only dispatched or held texts carry the mark.
 */
async function extraSegments(db: PhoneDb, computerPeerId: string, now: number) {
  const extra = { tenMinutes: 0, day: 0, all: 0 };
  await db.requests
    .where('[long+createdAt]')
    .between([1, now - ONE_DAY], [1, Dexie.maxKey], false, true)
    .each((row) => {
      if (row.dispatch === 'none') return; // held, then refused by the person
      const more = (row.segments ?? 1) - 1;
      extra.all += more;
      if (row.computerPeerId !== computerPeerId) return;
      extra.day += more;
      if (row.createdAt > now - TEN_MINUTES) extra.tenMinutes += more;
    });
  return extra;
}
