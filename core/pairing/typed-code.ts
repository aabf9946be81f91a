/**
 * The typed code: the short `XXXX-XXXX` code the extension shows and the person types on the phone
 * when there is no camera for the QR code. The signaling server issues it and turns it into the
 * computer's peer id, once; the hello frame carries it. The first half names the code, the second is
 * its secret. (Not the QR secret: that one is in the QR code and never sent.)
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
export const TYPED_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Letters in each half. */
export const TYPED_CODE_HALF = 4;

/** A typed code as the wire carries it (the same characters as TYPED_CODE_ALPHABET; see its test). */
export const TYPED_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** True for a code in its wire form: upper case, with its hyphen. */
export function isTypedCode(value: string): boolean {
  return TYPED_CODE_PATTERN.test(value);
}

/** The wire form of a code's two halves. */
export function formatTypedCode(id: string, secret: string): string {
  return `${id}-${secret}`;
}

/** A wire-form code's two halves: the part that names it, and its secret. */
export function splitTypedCode(code: string): { id: string; secret: string } {
  return { id: code.slice(0, TYPED_CODE_HALF), secret: code.slice(TYPED_CODE_HALF + 1) };
}

/**
 * What a person typed, in wire form, or undefined when it cannot be a code: 8 of Crockford's base32
 * letters, hyphen, spaces and case optional.
 */
export function normalizeTypedCode(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 2 * TYPED_CODE_HALF) return undefined;
  const code = formatTypedCode(compact.slice(0, TYPED_CODE_HALF), compact.slice(TYPED_CODE_HALF));
  return isTypedCode(code) ? code : undefined;
}

/** `count` random letters of the alphabet; `randomBelow(n)` is a uniform integer in [0, n). */
export function randomTypedCodeChars(count: number, randomBelow: (n: number) => number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += TYPED_CODE_ALPHABET[randomBelow(TYPED_CODE_ALPHABET.length)];
  return out;
}
