import type { LookupResult, PairingCodes } from './pairing-codes';

export type IssuedCode = { code: string; expiresAt: number };

/**
 * Where typed codes live: this process (PairingCodes) for one server, Redis (redis-code-store.ts)
 * for several, so a code issued by one instance is looked up, and burnt, on any other.
 */
export interface CodeStore {
  /** A fresh code for this peer; its previous one stops working. Undefined when there is no room. */
  issue(peerId: string, now: number): Promise<IssuedCode | undefined>;
  /** Single use: a right answer spends the code, and so does a wrong one. */
  lookup(code: string, now: number): Promise<LookupResult>;
}

/** The in-memory table behind the async interface; its answers are immediate. */
export function memoryCodeStore(codes: PairingCodes): CodeStore {
  return {
    issue: async (peerId, now) => codes.issue(peerId, now),
    lookup: async (code, now) => codes.lookup(code, now),
  };
}
