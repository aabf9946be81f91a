export interface SasInputs {
  computer: { spki: string; nonce: string; dtls: string };
  phone: { spki: string; nonce: string; dtls: string };
}

/**
 * Six digits both screens show after a typed-code pairing. They hash both keys, both nonces and both
 * DTLS fingerprints, so a signaling server that knows the code and sits in the middle ends up with two
 * different sessions, and (with one chance in a million) two different numbers the person will see.
 */
export async function shortAuthString(inputs: SasInputs): Promise<string> {
  const { computer: c, phone: p } = inputs;
  const text = ['peertext-sas-v1', c.spki, p.spki, c.nonce, p.nonce, c.dtls, p.dtls].join('\n');
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>),
  );
  const value = ((digest[0]! << 16) | (digest[1]! << 8) | digest[2]!) % 1_000_000;
  const digits = String(value).padStart(6, '0');
  return `${digits.slice(0, 3)} ${digits.slice(3)}`;
}
