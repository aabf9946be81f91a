import { useServer } from './netns/use-server';
import {
  test as base,
  bridgeSends,
  expect,
  pair,
  receiveSms,
  sendText,
  showPairingCode,
  typePairingCode,
} from './support/fixtures';
import {
  CLUSTER_URL,
  INSTANCE_A,
  INSTANCE_B,
  peersOn,
  type SignalingCluster,
  startSignalingCluster,
} from './support/signaling-cluster';

/**
 * Two signaling instances on a real Redis behind Caddy act as one server: the computer lands on A,
 * the phone on B (signaling-cluster.ts), and everything between them crosses instances.
 */
const test = base.extend<{ cluster: SignalingCluster }>({
  cluster: async ({ context, extensionId }, use) => {
    const cluster = await startSignalingCluster();
    await useServer(context, extensionId, CLUSTER_URL);
    await use(cluster);
    await cluster.stop();
  },
});

const FRIEND = '+447911123789';

test('computer on instance A, phone on B: paired by link, texts both ways; A dies and the computer is back through B within 10 s, its queued text goes once', async ({
  cluster,
  popup,
  phone,
  phoneContext,
}) => {
  await popup.reload();
  await expect(popup.getByTestId('pairing-link')).toHaveAttribute(
    'href',
    new RegExp(`s=${encodeURIComponent(CLUSTER_URL)}`),
  );
  await pair(popup, phone);
  expect([await peersOn(INSTANCE_A), await peersOn(INSTANCE_B)]).toEqual([1, 1]);
  const first = await sendText(popup, '+447911123456', 'Across two instances');
  await expect(first).toHaveAttribute('data-state', 'delivered');
  await receiveSms(phone, FRIEND, 'And back');
  await expect(popup.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`)).toBeVisible({
    timeout: 20_000,
  });

  // Instance A crashes. Caddy's health check takes it out; the computer dials again and lands on B.
  await cluster.killA();
  const killedAt = Date.now();
  await expect.poll(() => peersOn(INSTANCE_B), { timeout: 10_000, intervals: [100] }).toBe(2);
  const back = Date.now() - killedAt;
  expect(back).toBeLessThan(10_000);

  // The phone goes away; a text waits on the computer; the phone returns and meets it through B.
  await phone.close();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'away', { timeout: 30_000 });
  const queued = await sendText(popup, '+447911123456', 'Queued while A was down');
  await expect(queued).toHaveAttribute('data-state', 'queued');
  const again = await phoneContext.newPage();
  // The phone app as the pairing link opened it: served by the cluster, on Caddy's origin.
  await again.goto(`${CLUSTER_URL}/`);
  await expect(queued).toHaveAttribute('data-state', 'delivered', { timeout: 30_000 });
  expect((await bridgeSends(again)).map((send) => send.body)).toEqual([
    'Across two instances',
    'Queued while A was down',
  ]);
});

test('typed code across instances: the computer shows it on A, the phone looks it up and checks the digits through B', async ({
  cluster: _startsTheCluster,
  popup,
  phone,
}) => {
  await popup.reload();
  const code = await showPairingCode(popup);
  // The phone app as the signaling server serves it, on Caddy's plain-http origin: it finds its
  // server by asking that origin (signaling-url.ts), not at the development port.
  await typePairingCode(phone, code, CLUSTER_URL);
  const phoneSas = phone.getByTestId('sas-value');
  await expect(phoneSas).toHaveText(/^\d{3} \d{3}$/, { timeout: 20_000 });
  await expect(popup.getByTestId('sas-value')).toHaveText((await phoneSas.textContent())!);
  await phone.getByTestId('sas-confirm').click();
  await popup.getByTestId('sas-confirm').click();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
  await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'connected');
  expect([await peersOn(INSTANCE_A), await peersOn(INSTANCE_B)]).toEqual([1, 1]);
  const sent = await sendText(popup, '+447911123456', 'Paired by code across instances');
  await expect(sent).toHaveAttribute('data-state', 'delivered');
  expect((await bridgeSends(phone)).map((send) => send.body)).toEqual(['Paired by code across instances']);
});
