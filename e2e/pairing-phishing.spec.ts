import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  test as base,
  bridgeSends,
  expect,
  PWA_ORIGIN,
  pair,
  pairingLinkField,
  phoneIdOn,
  screenshotPath,
} from './support/fixtures';

/**
 * A server of the attacker's, named in a pairing link that any page or QR code can carry. It only
 * writes down who came: every HTTP request and WebSocket upgrade, with its URL.
 */
async function attackerServer() {
  const heard: string[] = [];
  const note = (request: IncomingMessage) => heard.push(`${request.method} ${request.url}`);
  const server = createServer((request, response) => {
    note(request);
    response.writeHead(404, { 'access-control-allow-origin': '*' }).end();
  });
  server.on('upgrade', (request, socket) => {
    note(request);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, heard, close: () => server.close() };
}

type Attacker = Awaited<ReturnType<typeof attackerServer>>;

const test = base.extend<{ attacker: Attacker }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  attacker: async ({}, use) => {
    const attacker = await attackerServer();
    await use(attacker);
    attacker.close();
  },
});

function phishingLink(server: string, computerId: string): string {
  const fields = new URLSearchParams({
    pair: '1',
    s: server,
    p: computerId,
    d: 'Your laptop',
    k: 'A'.repeat(43),
    t: 'B'.repeat(22),
  });
  return `${PWA_ORIGIN}/#${fields}`;
}

test('a pairing link naming another server and a paired computer is shown for what it is, and that server hears nothing', async ({
  popup,
  phone,
  attacker,
}) => {
  const computerId = await pairingLinkField(popup, 'p');
  await pair(popup, phone);
  await phone.goto(phishingLink(attacker.url, computerId));
  await expect(phone.getByTestId('pair-server')).toHaveText(new URL(attacker.url).host);
  await expect(phone.getByTestId('pair-new-server')).toContainText('None of your paired computers');
  await expect(phone.getByTestId('pair-replaces')).toContainText('This replaces');
  await expect(phone.getByTestId('pair-confirm')).toHaveText('Replace');
  await phone.screenshot({ path: screenshotPath('phone-pairing-elsewhere') });

  await phone.getByTestId('pair-dismiss').click();
  await expect(phone.getByTestId('pair-confirm')).toHaveCount(0);
  await expect(phone.locator(`[data-testid="computer"][data-peer-id="${computerId}"]`)).toHaveAttribute(
    'data-state',
    'connected',
  );
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
  expect(attacker.heard).toEqual([]);
  expect(await bridgeSends(phone)).toEqual([]);
});

test('a server the person agrees to pair through gets an id and token of its own, never those of the other servers', async ({
  popup,
  phone,
  attacker,
}) => {
  const server = await pairingLinkField(popup, 's');
  await pair(popup, phone);
  const home = await phoneIdOn(phone, server);
  await phone.goto(phishingLink(attacker.url, 'pt-somebody-else'));
  await expect(phone.getByTestId('pair-replaces')).toHaveCount(0);
  await phone.getByTestId('pair-confirm').click();
  await expect.poll(() => attacker.heard.find((line) => line.includes('id='))).toBeDefined();
  const theirs = await phoneIdOn(phone, attacker.url);
  expect(theirs.peerId).not.toBe(home.peerId);
  expect(theirs.token).not.toBe(home.token);
  for (const line of attacker.heard) {
    expect(line).not.toContain(home.peerId);
    expect(line).not.toContain(home.token);
  }
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
});
