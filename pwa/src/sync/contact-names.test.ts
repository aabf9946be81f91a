import 'fake-indexeddb/auto';
import type { Contact } from '@core/bridge/bridge-contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { ContactNames } from './contact-names';
import { recordMessage } from './message-log';

let db: PhoneDb;
let book: Map<string, string>;
let asked: string[][];
let now: number;
let names: ContactNames;

const text = (id: string, address: string) =>
  recordMessage(db, { id, address, direction: 'in', body: 'hi', date: 1, read: true });
const logged = async () =>
  (await db.changes.toArray()).flatMap((c) => (c.op === 'contact' ? [`${c.address}=${c.name}`] : []));

beforeEach(() => {
  db = new PhoneDb(`contacts-${Math.random()}`);
  book = new Map([['+447911123456', 'Alice']]);
  asked = [];
  now = 1_000_000_000;
  names = new ContactNames(
    db,
    async (numbers): Promise<Contact[]> => {
      asked.push(numbers);
      return numbers.flatMap((number) => (book.has(number) ? [{ number, name: book.get(number)! }] : []));
    },
    () => now,
  );
});

describe('ContactNames', () => {
  it('asks once per number, never for short codes or senders, and logs only names found', async () => {
    await text('rx:1', '+447911123456');
    await text('rx:2', '+447911123789');
    await text('rx:3', 'BANK');
    await names.refresh();
    expect(asked).toEqual([['+447911123456', '+447911123789']]);
    expect(await logged()).toEqual(['+447911123456=Alice']);
    await names.refresh();
    expect(asked).toHaveLength(1);
  });

  it('asks in calls of at most 200 numbers', async () => {
    for (let i = 0; i < 450; i++) await text(`rx:${i}`, `+4479111${String(i).padStart(5, '0')}`);
    await names.refresh();
    expect(asked.map((a) => a.length)).toEqual([200, 200, 50]);
  });

  it('a day later asks again, and logs a renamed or removed contact', async () => {
    await text('rx:1', '+447911123456');
    await names.refresh();
    book.set('+447911123456', 'Alice Smith');
    now += 25 * 60 * 60 * 1000;
    await names.refresh();
    book.clear();
    now += 25 * 60 * 60 * 1000;
    await names.refresh();
    expect(await logged()).toEqual(['+447911123456=Alice', '+447911123456=Alice Smith', '+447911123456=']);
  });
});
