import 'fake-indexeddb/auto';
import type { Change } from '@core/sync/synced-message';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { recordMessage } from './message-log';
import { PULL_WINDOW_MS, PULLS_PER_WINDOW, SyncServer } from './sync-server';

let db: PhoneDb;
let sent: { to: string; changes: Change[]; head: number }[];
let server: SyncServer;
let connected: boolean;

const text = (n: number, body = `Text ${n}`) =>
  recordMessage(db, { id: `rx:${n}`, address: '+447911123456', direction: 'in', body, date: n });
const seqs = () => sent.flatMap((b) => b.changes.map((c) => c.seq));

beforeEach(() => {
  db = new PhoneDb(`sync-${Math.random()}`);
  sent = [];
  connected = true;
  server = new SyncServer(db, (to, batch) => {
    if (connected) sent.push({ to, changes: batch.changes, head: batch.head });
    return connected;
  });
});

describe('SyncServer', () => {
  it('answers a pull with every change after the cursor, in order, then streams new ones', async () => {
    for (let n = 1; n <= 3; n++) await text(n);
    await server.pull('laptop', 1);
    expect(seqs()).toEqual([2, 3]);
    expect(sent[0]!.head).toBe(3);
    await text(4);
    await vi.waitFor(() => expect(seqs()).toEqual([2, 3, 4]));
  });

  it('logs nothing for a message stored again unchanged, and logs a state change', async () => {
    await recordMessage(db, {
      id: 'm1',
      address: '+447911123456',
      direction: 'out',
      body: 'Hi',
      date: 1,
      state: 'on-phone',
    });
    expect(
      await recordMessage(db, {
        id: 'm1',
        address: '+447911123456',
        direction: 'out',
        body: 'Hi',
        date: 1,
        state: 'on-phone',
      }),
    ).toBe(false);
    await recordMessage(db, {
      id: 'm1',
      address: '+447911123456',
      direction: 'out',
      body: 'Hi',
      date: 1,
      state: 'sent',
    });
    await server.pull('laptop', 0);
    expect(sent.flatMap((b) => b.changes.map((c) => (c.op === 'put' ? c.message.state : c.op)))).toEqual([
      'on-phone',
      'sent',
    ]);
  });

  it('says when a computer has every change, and again when it catches up with a new one', async () => {
    const caughtUp: [string, number][] = [];
    const tracked = new SyncServer(
      db,
      () => true,
      (peerId, seq) => caughtUp.push([peerId, seq]),
    );
    for (let n = 1; n <= 3; n++) await text(n);
    await tracked.pull('laptop', 0);
    expect(caughtUp).toEqual([['laptop', 3]]);
    await text(4);
    await vi.waitFor(() => expect(caughtUp.at(-1)).toEqual(['laptop', 4]));
  });

  it('keeps each computer on its own cursor', async () => {
    for (let n = 1; n <= 4; n++) await text(n);
    await server.pull('laptop', 0);
    await server.pull('desktop', 3);
    expect(sent.filter((b) => b.to === 'desktop').flatMap((b) => b.changes.map((c) => c.seq))).toEqual([4]);
    expect(sent.filter((b) => b.to === 'laptop').flatMap((b) => b.changes.map((c) => c.seq))).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('stops sending to a computer that went away, and starts over from its cursor when it pulls again', async () => {
    await text(1);
    await server.pull('laptop', 0);
    server.drop('laptop');
    await text(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(seqs()).toEqual([1]);
    await server.pull('laptop', 1);
    expect(seqs()).toEqual([1, 2]);
  });

  it('ignores a computer pulling from the start in a loop, past the limit, until the window has passed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const batches: string[] = [];
    const own = new SyncServer(db, (to) => batches.push(to) > 0);
    const answered = (to: string) => batches.filter((b) => b === to).length;
    await text(1);
    for (let i = 1; i <= PULLS_PER_WINDOW; i++) {
      await own.pull('laptop', 0, 1_000);
      await vi.waitFor(() => expect(answered('laptop')).toBe(i));
    }
    await own.pull('laptop', 0, 1_000 + PULL_WINDOW_MS - 1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('laptop pulls too often'));
    // Another computer is not held back by this one.
    await own.pull('desktop', 0, 1_000);
    await vi.waitFor(() => expect(answered('desktop')).toBe(1));
    expect(answered('laptop')).toBe(PULLS_PER_WINDOW);
    await own.pull('laptop', 0, 1_000 + PULL_WINDOW_MS);
    await vi.waitFor(() => expect(answered('laptop')).toBe(PULLS_PER_WINDOW + 1));
    own.drop('laptop');
    own.drop('desktop');
    warn.mockRestore();
  });

  it('splits a large backlog into frame-sized batches that together hold every change once', async () => {
    await db.transaction('rw', [db.messages, db.changes, db.threads], async () => {
      for (let n = 1; n <= 3_000; n++) await text(n, `Message number ${n} with some words in it`);
    });
    await server.pull('laptop', 0);
    expect(sent.length).toBeGreaterThan(5);
    expect(seqs()).toEqual(Array.from({ length: 3_000 }, (_, i) => i + 1));
    // 3,000 fake-indexeddb writes take about 2 s alone and over the 5 s default on a busy 2-core machine.
  }, 30_000);

  it('a link that refuses a batch ends that stream without losing the cursor the computer holds', async () => {
    await text(1);
    connected = false;
    await server.pull('laptop', 0);
    connected = true;
    await text(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual([]);
  });
});
