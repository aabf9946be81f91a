import 'fake-indexeddb/auto';
import type { SyncedMessage } from '@core/sync/synced-message';
import { describe, expect, it } from 'vitest';
import { exportConversations } from './export-rows';
import { exportChunks, exportFileName, exportTexts } from './export-texts';
import { ExtensionDb } from './extension-db';

const ALICE = '+447911123456';
const NOW = new Date(Date.UTC(2026, 11, 7, 12));

async function seeded(): Promise<ExtensionDb> {
  const db = new ExtensionDb(`export-${Math.random()}`);
  const texts: SyncedMessage[] = [
    { id: 'rx:2', address: ALICE, direction: 'in', body: 'Hi, "you"\nthere', date: Date.UTC(2026, 0, 2) },
    {
      id: 'm1',
      address: ALICE,
      direction: 'out',
      body: 'Hello 👋',
      date: Date.UTC(2026, 0, 1),
      state: 'delivered',
    },
    {
      id: 'rx:3',
      address: 'BANK',
      direction: 'in',
      body: '=1+1',
      date: Date.UTC(2026, 0, 3),
      truncated: true,
    },
  ];
  await db.messages.bulkAdd(texts);
  await db.threads.bulkAdd(
    [ALICE, 'BANK'].map((address) => ({
      address,
      lastDate: 0,
      lastBody: '',
      lastDirection: 'in' as const,
      unread: 0,
    })),
  );
  await db.contacts.add({ address: ALICE, name: 'Alice, "Al"' });
  return db;
}

async function text(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

describe('exportTexts', () => {
  it('writes one conversation as CSV, oldest first, with the contact’s name', async () => {
    const file = await exportTexts(await seeded(), 'csv', ALICE, NOW);
    expect(file.name).toBe('peertext-+447911123456-2026-12-07.csv');
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    expect(await text(file.blob)).toBe(
      '\uFEFFdate,address,name,direction,body,state\r\n' +
        '2026-01-01T00:00:00.000Z,+447911123456,"Alice, ""Al""",out,Hello 👋,delivered\r\n' +
        '2026-01-02T00:00:00.000Z,+447911123456,"Alice, ""Al""",in,"Hi, ""you""\nthere",\r\n',
    );
  });

  it('writes every conversation as JSON in the peertext-export shape', async () => {
    const file = await exportTexts(await seeded(), 'json', undefined, NOW);
    expect(file.name).toBe('peertext-all-2026-12-07.json');
    expect(JSON.parse(await text(file.blob))).toEqual({
      format: 'peertext-export',
      version: 1,
      exportedAt: '2026-12-07T12:00:00.000Z',
      conversations: [
        {
          address: ALICE,
          name: 'Alice, "Al"',
          messages: [
            {
              id: 'm1',
              date: '2026-01-01T00:00:00.000Z',
              direction: 'out',
              body: 'Hello 👋',
              state: 'delivered',
            },
            { id: 'rx:2', date: '2026-01-02T00:00:00.000Z', direction: 'in', body: 'Hi, "you"\nthere' },
          ],
        },
        {
          address: 'BANK',
          messages: [
            { id: 'rx:3', date: '2026-01-03T00:00:00.000Z', direction: 'in', body: '=1+1', truncated: true },
          ],
        },
      ],
    });
  });

  it('writes valid JSON for a conversation with no texts, and an empty export', async () => {
    const db = new ExtensionDb(`export-${Math.random()}`);
    const empty = async (address?: string) => {
      let all = '';
      for await (const chunk of exportChunks(db, 'json', address, NOW)) all += chunk;
      return JSON.parse(all).conversations;
    };
    expect(await empty()).toEqual([]);
    expect(await empty('+15551234567')).toEqual([{ address: '+15551234567', messages: [] }]);
  });

  it('reads a conversation longer than a page in pages, every text once, in date order', async () => {
    const db = new ExtensionDb(`export-${Math.random()}`);
    // 25 texts over 10 milliseconds, several in the same one, added out of order.
    const texts = Array.from(
      { length: 25 },
      (_, i): SyncedMessage => ({
        id: `rx:${String(24 - i).padStart(2, '0')}`,
        address: ALICE,
        direction: 'in',
        body: `text ${i}`,
        date: 1_000 + (i % 10),
      }),
    );
    await db.messages.bulkAdd(texts);
    await db.messages.add({ id: 'other', address: 'BANK', direction: 'in', body: 'x', date: 1_005 });
    const pages: string[][] = [];
    for await (const conversation of exportConversations(db, ALICE, 4))
      for await (const page of conversation.pages) pages.push(page.map((r) => r.id));
    expect(pages.every((page) => page.length <= 4)).toBe(true);
    expect(pages.length).toBe(7);
    const expected = [...texts].sort((a, b) => a.date - b.date || (a.id < b.id ? -1 : 1)).map((t) => t.id);
    expect(pages.flat()).toEqual(expected);
  });
});

describe('exportFileName', () => {
  it('names the file by address or "all" and the day, in safe characters only', () => {
    expect(exportFileName(undefined, 'csv', NOW)).toBe('peertext-all-2026-12-07.csv');
    expect(exportFileName('+447911123456', 'json', NOW)).toBe('peertext-+447911123456-2026-12-07.json');
    expect(exportFileName('../My Bank/ü', 'csv', NOW)).toBe('peertext-___My_Bank__-2026-12-07.csv');
    expect(exportFileName('', 'csv', NOW)).toBe('peertext-_-2026-12-07.csv');
  });
});
