export interface SasInputs {
  computer: { spki: string; nonce: string; dtls: string };
  phone: { spki: string; nonce: string; dtls: string };
}

/**
 * Six digits both screens show after a typed-code pairing. They hash both keys, both SAS values and
 * both DTLS fingerprints, so a signaling server that knows the code and sits in the middle ends up with
 * two different sessions, and two different numbers the person will see. That holds only because
 * neither value can be chosen after seeing the other (sas-exchange.ts: the phone commits to its value
 * before the computer sends its own, and reveals it after): otherwise a relay could try values on one
 * leg until its digits match the other leg's. v2: the nonces are the committed SAS values, no longer
 * the hello nonces, which are sent before anything is seen.
 */
export async function shortAuthString(inputs: SasInputs): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(sasText(inputs)) as Uint8Array<ArrayBuffer>,
  );
  return sasDigits(new Uint8Array(digest));
}

/** What is hashed; exported so a test can model a relay's grinding with a faster, synchronous SHA-256. */
export function sasText(inputs: SasInputs): string {
  const { computer: c, phone: p } = inputs;
  return ['peertext-sas-v2', c.spki, p.spki, c.nonce, p.nonce, c.dtls, p.dtls].join('\n');
}

/** The first 3 bytes of the digest, mod 10^6, as "123 456". */
export function sasDigits(digest: Uint8Array): string {
  const value = ((digest[0]! << 16) | (digest[1]! << 8) | digest[2]!) % 1_000_000;
  const digits = String(value).padStart(6, '0');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}
