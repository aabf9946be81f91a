export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** For a write nobody waits on: its failure is logged, saying what it was, not left unhandled. */
export const logFailure =
  (what: string) =>
  (error: unknown): void =>
    console.error(`PeerText: could not ${what}`, error);
