// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { mount, part, until } from '@web/component-fixture';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../lib/download-file';
import { db } from '../lib/extension-db';
import './pt-export-menu';

// The download itself is the browser's; here each one is a file name and its Blob.
vi.mock('../lib/download-file', () => ({ downloadFile: vi.fn() }));

const ADDRESS = '+447911123456';

beforeEach(async () => {
  await Promise.all([db.messages, db.threads, db.contacts].map((table) => table.clear()));
  vi.mocked(downloadFile).mockClear();
  await db.messages.bulkAdd([
    { id: 'rx:1', address: ADDRESS, direction: 'in', body: 'One, two', date: 1_000 },
    { id: 'rx:2', address: 'BANK', direction: 'in', body: 'Code 1234', date: 2_000 },
  ]);
  await db.threads.bulkAdd(
    [ADDRESS, 'BANK'].map((address) => ({
      address,
      lastDate: 0,
      lastBody: '',
      lastDirection: 'in' as const,
      unread: 0,
    })),
  );
});

/** The one file downloaded so far, as name and text. */
async function downloaded(): Promise<{ name: string; text: string }> {
  await until(() => vi.mocked(downloadFile).mock.calls.length === 1, 'the download');
  const [name, blob] = vi.mocked(downloadFile).mock.calls[0]!;
  return { name, text: await blob.text() };
}

describe('pt-export-menu', () => {
  it('exports its conversation as CSV', async () => {
    const menu = await mount('pt-export-menu', { address: ADDRESS });
    part<HTMLButtonElement>(menu, 'export-csv').click();
    const file = await downloaded();
    expect(file.name).toMatch(/^peertext-\+447911123456-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.text).toContain('"One, two"');
    expect(file.text).not.toContain('Code 1234');
  });

  it('exports every conversation as JSON when it has no address', async () => {
    const menu = await mount('pt-export-menu', { label: 'Export all texts' });
    expect(menu.shadowRoot!.textContent).toContain('Export all texts');
    part<HTMLButtonElement>(menu, 'export-json').click();
    const file = await downloaded();
    expect(file.name).toMatch(/^peertext-all-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(file.text);
    expect(json.conversations.map((c: { address: string }) => c.address)).toEqual([ADDRESS, 'BANK']);
    await until(() => !part<HTMLButtonElement>(menu, 'export-json').disabled, 'the buttons to come back');
  });

  it('says so when the export fails', async () => {
    vi.mocked(downloadFile).mockImplementationOnce(() => {
      throw new Error('no space');
    });
    const menu = await mount('pt-export-menu', { address: ADDRESS });
    part<HTMLButtonElement>(menu, 'export-csv').click();
    await until(() => menu.shadowRoot!.querySelector('[role="alert"]') !== null, 'the error');
    expect(menu.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('no space');
  });
});
