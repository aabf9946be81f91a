import { createHmac } from 'node:crypto';

export interface TurnCredential {
  username: string;
  credential: string;
  /** Unix seconds after which the TURN server refuses the username. */
  expiresAt: number;
}

/**
 * A TURN REST credential (draft-uberti-behave-turn-rest, coturn's `use-auth-secret`): the username
 * is `<expiry>:<peer id>` and the password is the HMAC-SHA1 of it under the secret the TURN server
 * shares. Nothing is stored: coturn recomputes the HMAC and checks the expiry itself.
 */
export function turnCredential(
  secret: string,
  peerId: string,
  nowMs: number,
  ttlSeconds: number,
): TurnCredential {
  const expiresAt = Math.floor(nowMs / 1000) + ttlSeconds;
  const username = `${expiresAt}:${peerId}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential, expiresAt };
}
