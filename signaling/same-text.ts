import { timingSafeEqual } from 'node:crypto';

/** Constant time, so response timing does not leak how much of a secret a guess got right. */
export function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
