import type { Contact } from '@core/bridge/bridge-contract';
import { type Change, MAX_CONTACT_NAME } from '@core/sync/synced-message';
import type { PhoneDb } from '../db/phone-db';

/** The contract's limit per `lookupContacts` call. */
const PER_LOOKUP = 200;
/** A name can change, or a number can become a contact: ask again after this long. */
const RECHECK_MS = 24 * 60 * 60 * 1000;

/**
 * Names for the phone's threads from its contacts (through the bridge), logged as changes so every
 * paired computer gets them the way it gets texts: in order, once, after its cursor. Only a name that
 * changed is logged. Short codes and alphanumeric senders are not numbers a contact can have.
 */
export class ContactNames {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: PhoneDb,
    private readonly lookup: (numbers: string[]) => Promise<Contact[]>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Looks up every thread not asked about yet (or not lately); calls made meanwhile run once after. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const addresses = (await this.db.threads.toCollection().primaryKeys()).filter((a) => a.startsWith('+'));
    const checked = new Map((await this.db.contacts.toArray()).map((c) => [c.address, c]));
    const due = addresses.filter((a) => (checked.get(a)?.checkedAt ?? 0) < this.now() - RECHECK_MS);
    for (let i = 0; i < due.length; i += PER_LOOKUP) {
      const numbers = due.slice(i, i + PER_LOOKUP);
      const found = new Map((await this.lookup(numbers)).map((c) => [c.number, c.name]));
      await this.store(numbers, found);
    }
  }

  private store(numbers: string[], found: Map<string, string>): Promise<void> {
    const { db } = this;
    return db.transaction('rw', [db.contacts, db.changes], async () => {
      const before = new Map(
        (await db.contacts.bulkGet(numbers)).flatMap((c) => (c ? [[c.address, c.name]] : [])),
      );
      for (const address of numbers) {
        const name = (found.get(address) ?? '').trim().slice(0, MAX_CONTACT_NAME);
        await db.contacts.put({ address, name, checkedAt: this.now() });
        // Nothing to tell for a number nobody named and nobody had named before.
        if ((before.get(address) ?? '') !== name)
          await db.changes.add({ op: 'contact', address, name } as Change);
      }
    });
  }
}
