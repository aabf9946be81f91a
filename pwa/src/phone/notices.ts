/** Something the person should know: who tried to talk to this phone, or what stopped it working. */
export interface SecurityNotice {
  at: number;
  text: string;
  /** How many times it happened: a repeated notice (a flood of strangers) is one line, not five. */
  count: number;
  /** The computer (peer id) it is about, so it can go once it is no longer true. */
  about?: string;
}

const MAX_NOTICES = 5;

/** What the screen tells the person, newest first, a few at most; each is logged too. */
export class Notices {
  list: SecurityNotice[] = [];

  constructor(private readonly changed: () => void) {}

  notice(text: string, about?: string): void {
    console.warn(`PeerText: ${text}`);
    this.show(text, about);
  }

  /** A failure the person must see on the screen; the log gets the error itself. */
  failed(text: string, error: unknown): void {
    console.error(`PeerText: ${text}`, error);
    this.show(`${text} (${error instanceof Error ? error.message : String(error)})`);
  }

  /** What was said about a computer stops being true: it paired or proved itself again. */
  clearAbout(peerId: string): void {
    this.keep((notice) => notice.about !== peerId);
  }

  /** The person read it and closed it. */
  dismiss(text: string): void {
    this.keep((notice) => notice.text !== text);
  }

  private keep(wanted: (notice: SecurityNotice) => boolean): void {
    const kept = this.list.filter(wanted);
    if (kept.length === this.list.length) return;
    this.list = kept;
    this.changed();
  }

  private show(text: string, about?: string): void {
    // The same notice again moves up with its count, so a flood cannot push the others off the screen.
    const earlier = this.list.find((notice) => notice.text === text);
    const rest = this.list.filter((notice) => notice !== earlier);
    const count = (earlier?.count ?? 0) + 1;
    const shown: SecurityNotice = { at: Date.now(), text, count, ...(about ? { about } : {}) };
    this.list = [shown, ...rest].slice(0, MAX_NOTICES);
    this.changed();
  }
}
