/** Something the person should know: who tried to talk to this phone, or what stopped it working. */
export interface SecurityNotice {
  at: number;
  text: string;
  /** How many times it happened: a repeated notice (a flood of strangers) is one line, not five. */
  count: number;
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
    // The same notice again moves up with its count, so a flood cannot push the others off the screen.
    const earlier = this.list.find((notice) => notice.text === text);
    const rest = this.list.filter((notice) => notice !== earlier);
    const count = (earlier?.count ?? 0) + 1;
    this.list = [{ at: Date.now(), text, count }, ...rest].slice(0, MAX_NOTICES);
    this.changed();
  }
}
