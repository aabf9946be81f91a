import type { GuardSettings } from '../db/phone-db';

/** The limits with every field filled in: what a phone that never saved any is held to. */
export type GuardLimits = Required<Omit<GuardSettings, 'countries'>> & Pick<GuardSettings, 'countries'>;

export const DEFAULT_GUARDS: Readonly<GuardLimits> = {
  key: 'guards',
  perTenMinutes: 30,
  perDay: 200,
  totalPerDay: 300,
};
export const TEN_MINUTES = 10 * 60_000;
export const ONE_DAY = 24 * 60 * 60_000;
/** New recipients within ten minutes before the next one needs a confirmation. */
export const NEW_RECIPIENT_BURST = 5;

/** What the phone knows about one request when it decides, all read in the transaction that stores it. */
export interface GuardFacts {
  /** SMS this text takes (a 10,000-character UCS-2 text is about 150). */
  segments: number;
  /** SMS of this computer's texts dispatched or held in the last ten minutes and the last day. */
  sentLastTenMinutes: number;
  sentLastDay: number;
  /** SMS of every computer's texts in the last day. */
  allSentLastDay: number;
  /** Nobody this phone has texted before. */
  newRecipient: boolean;
  /** People first texted in the last ten minutes, from any computer. */
  newRecipientsLastTenMinutes: number;
  /** Set when the number can cost money (short code, premium rate, satellite, abroad, …). */
  costly?: string | undefined;
}

export type GuardVerdict =
  | { kind: 'allow' }
  | { kind: 'hold'; reason: string }
  | { kind: 'refuse'; reason: string };

const plural = (n: number) => (n === 1 ? '1 SMS' : `${n} SMS`);

/**
 * A phone that texts on command is a toll-fraud target, so even a paired computer is held to limits,
 * counted in SMS since that is what the carrier bills: too many are refused outright, and a costly
 * number or a burst of strangers waits for a person.
 */
export function judgeSend(facts: GuardFacts, limits: GuardLimits): GuardVerdict {
  const size = facts.segments > 1 ? ` (this text is ${plural(facts.segments)})` : '';
  if (facts.allSentLastDay + facts.segments > limits.totalPerDay) {
    return {
      kind: 'refuse',
      reason: `Daily limit reached: all computers together may send ${plural(limits.totalPerDay)} a day${size}. You can change the limit on the phone.`,
    };
  }
  if (facts.sentLastDay + facts.segments > limits.perDay) {
    return {
      kind: 'refuse',
      reason: `Daily limit reached: this computer may send ${plural(limits.perDay)} a day${size}. You can change the limit on the phone.`,
    };
  }
  if (facts.sentLastTenMinutes + facts.segments > limits.perTenMinutes) {
    return {
      kind: 'refuse',
      reason: `Too many texts: this computer may send ${plural(limits.perTenMinutes)} every 10 minutes${size}. Wait, or change the limit on the phone.`,
    };
  }
  if (facts.costly) return { kind: 'hold', reason: `Confirm on the phone: ${facts.costly}` };
  if (facts.newRecipient && facts.newRecipientsLastTenMinutes >= NEW_RECIPIENT_BURST) {
    return {
      kind: 'hold',
      reason: `Confirm on the phone: more than ${NEW_RECIPIENT_BURST} new recipients in 10 minutes.`,
    };
  }
  return { kind: 'allow' };
}
