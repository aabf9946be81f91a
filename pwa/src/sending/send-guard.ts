import type { GuardSettings } from '../db/phone-db';

export const DEFAULT_GUARDS: Readonly<GuardSettings> = { key: 'guards', perTenMinutes: 30, perDay: 200 };
export const TEN_MINUTES = 10 * 60_000;
export const ONE_DAY = 24 * 60 * 60_000;
/** New recipients within ten minutes before the next one needs a confirmation. */
export const NEW_RECIPIENT_BURST = 5;

/** What the phone knows about one request when it decides, all read in the transaction that stores it. */
export interface GuardFacts {
  /** This computer's texts dispatched or held in the last ten minutes and the last day. */
  sentLastTenMinutes: number;
  sentLastDay: number;
  /** Nobody this phone has texted before. */
  newRecipient: boolean;
  /** People first texted in the last ten minutes, from any computer. */
  newRecipientsLastTenMinutes: number;
  /** Set when the number can cost money (short code, premium rate). */
  costly?: string | undefined;
}

export type GuardVerdict =
  | { kind: 'allow' }
  | { kind: 'hold'; reason: string }
  | { kind: 'refuse'; reason: string };

/**
 * A phone that texts on command is a toll-fraud target, so even a paired computer is held to limits:
 * too many texts are refused outright, and a costly number or a burst of strangers waits for a person.
 */
export function judgeSend(facts: GuardFacts, settings: GuardSettings): GuardVerdict {
  if (facts.sentLastDay >= settings.perDay) {
    return {
      kind: 'refuse',
      reason: `Daily limit reached: this computer may send ${settings.perDay} texts a day. You can change the limit on the phone.`,
    };
  }
  if (facts.sentLastTenMinutes >= settings.perTenMinutes) {
    return {
      kind: 'refuse',
      reason: `Too many texts: this computer may send ${settings.perTenMinutes} every 10 minutes. Wait, or change the limit on the phone.`,
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
