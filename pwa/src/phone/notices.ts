/** Something the person should know: who tried to talk to this phone, or what stopped it working. */
export interface SecurityNotice {
  at: number;
  text: string;
}

const MAX_NOTICES = 5;

/** What the screen tells the person, newest first, a few at most; each is logged too. */
export class Notices {
  list: SecurityNotice[] = [];

  constructor(private readonly changed: () => void) {}

  notice(text: string): void {
    console.warn(`PeerText: ${text}`);
    this.show(text);
  }

  /** A failure the person must see on the screen; the log gets the error itself. */
  failed(text: string, error: unknown): void {
    console.error(`PeerText: ${text}`, error);
    this.show(`${text} (${error instanceof Error ? error.message : String(error)})`);
  }

  private show(text: string): void {
    this.list = [{ at: Date.now(), text }, ...this.list].slice(0, MAX_NOTICES);
    this.changed();
  }
}
