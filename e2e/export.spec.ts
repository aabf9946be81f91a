import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, pair, receiveSms, test } from './support/fixtures';
import { popupScreen } from './support/popup-screen';

const FRIEND = '+447911123789';
const HISTORY = [
  {
    id: 1,
    box: 'inbox' as const,
    address: 'BANK',
    body: 'Your code is 123456',
    date: Date.now() - 3_600_000,
    read: true,
  },
];
const ISO = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z';

test.use({ bridgeOptions: { inbox: HISTORY, contacts: [{ number: FRIEND, name: 'Alice Example' }] } });

/** Clicks a control that downloads a file, and returns the file's name and its text, byte-order mark kept. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: await fileText(file) };
}

async function fileText(file: Download): Promise<string> {
  // Buffer's own decoding keeps a leading BOM, which the CSV is checked for.
  return (await readFile((await file.path())!)).toString('utf8');
}

test('one conversation exports from its thread as CSV and JSON, and every text from the options page', async ({
  popup,
  phone,
  context,
  extensionId,
}) => {
  await pair(popup, phone);
  await expect(popup.getByTestId('conversation')).toHaveCount(1, { timeout: 20_000 });
  await receiveSms(phone, FRIEND, 'Running late, sorry\nSee you at 8');
  await receiveSms(phone, FRIEND, '=2+2 says the quiz');
  const friend = popup.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`);
  await friend.click();
  await expect(popup.getByTestId('thread-message')).toHaveText([/^Running late, sorry/, /^=2\+2 says/], {
    timeout: 20_000,
  });
  // The phone's contact names the thread, and so the export's name column.
  await expect(popup.getByTestId('thread-address')).toHaveText('Alice Example');
  const menu = popup.getByTestId('thread-export');
  await popupScreen(popup, 'popup-export', [
    menu.getByTestId('export-csv'),
    popup.getByTestId('thread-send'),
  ]);

  // CSV: a BOM, CRLF lines, the body with a comma and a newline quoted whole, the number intact,
  // and the text that starts like a formula defused with an apostrophe.
  const csv = await download(popup, () => menu.getByTestId('export-csv').click());
  expect(csv.name).toMatch(/^peertext-\+447911123789-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text).toMatch(
    new RegExp(
      `^\uFEFFdate,address,name,direction,body,state\r\n` +
        `${ISO},\\+447911123789,Alice Example,in,"Running late, sorry\nSee you at 8",\r\n` +
        `${ISO},\\+447911123789,Alice Example,in,'=2\\+2 says the quiz,\r\n$`,
    ),
  );

  const json = await download(popup, () => menu.getByTestId('export-json').click());
  expect(json.name).toMatch(/^peertext-\+447911123789-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(json.text);
  expect(parsed).toMatchObject({ format: 'peertext-export', version: 1 });
  expect(parsed.conversations).toHaveLength(1);
  expect(parsed.conversations[0]).toMatchObject({ address: FRIEND, name: 'Alice Example' });
  // JSON is not a spreadsheet: bodies are as the phone has them.
  expect(parsed.conversations[0].messages.map((m: { body: string }) => m.body)).toEqual([
    'Running late, sorry\nSee you at 8',
    '=2+2 says the quiz',
  ]);

  // Every text, from the options page (the popup may close while a long download starts).
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const all = options.getByTestId('export-all');
  const allJson = await download(options, () => all.getByTestId('export-json').click());
  expect(allJson.name).toMatch(/^peertext-all-\d{4}-\d{2}-\d{2}\.json$/);
  const conversations = JSON.parse(allJson.text).conversations as {
    address: string;
    messages: { body: string; direction: string }[];
  }[];
  expect(conversations.map((c) => [c.address, c.messages.length])).toEqual([
    [FRIEND, 2],
    ['BANK', 1],
  ]);
  expect(conversations[1]!.messages[0]).toMatchObject({ body: 'Your code is 123456', direction: 'in' });
  const allCsv = await download(options, () => all.getByTestId('export-csv').click());
  expect(allCsv.name).toMatch(/^peertext-all-\d{4}-\d{2}-\d{2}\.csv$/);
  // A header and three texts; one of them spans two lines inside its quotes.
  expect(allCsv.text.split('\r\n')).toHaveLength(1 + 3 + 1);
  expect(allCsv.text).toMatch(new RegExp(`\r\n${ISO},BANK,,in,Your code is 123456,\r\n$`));
});
