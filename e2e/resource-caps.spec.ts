import { HANDSHAKE_WITHIN_MS, MAX_UNAUTHENTICATED } from '../core/protocol/limits';
import {
  bridgeSends,
  expect,
  PWA_ORIGIN,
  pairingLinkField,
  pairThenPhoneAway,
  sendText,
  test,
} from './support/fixtures';
import { strangerDials } from './support/stranger';
import { strangersFlood } from './support/stranger-flood';

// The computer's caps on connections that have not proven a key (docs/security.md, "Resource caps").

test('a stranger that opens a connection and never proves a key is closed at the handshake deadline', async ({
  popup,
  phoneBrowser,
}) => {
  const computer = await pairingLinkField(popup, 'p');
  // It says nothing: any hello it could send is refused at once (not-paired), which ends it sooner.
  const result = await strangerDials(phoneBrowser, computer, [], {
    listenMs: HANDSHAKE_WITHIN_MS + 5_000,
  });
  expect(result.opened).toBe(true);
  expect(result.received).toContainEqual(
    expect.objectContaining({
      type: 'error',
      code: 'not-authenticated',
      message: 'No handshake within 10 s.',
    }),
  );
  // Counted from the open on the computer's side; the stranger's own open is a moment later.
  expect(result.closedAfterMs).toBeGreaterThan(HANDSHAKE_WITHIN_MS - 2_000);
  expect(result.closedAfterMs).toBeLessThan(HANDSHAKE_WITHIN_MS + 3_000);
});

test('a stranger dialling with binary serialization is refused before its channel opens', async ({
  popup,
  phoneBrowser,
}) => {
  const computer = await pairingLinkField(popup, 'p');
  const result = await strangerDials(phoneBrowser, computer, ['fresh-hello'], {
    serialization: 'binary',
    listenMs: 5_000,
  });
  expect(result.opened).toBe(false);
  expect(result.received).toEqual([]);
});

test('a flood of strangers holding handshakes does not keep the real phone out', async ({
  popup,
  phone,
  phoneContext,
  phoneBrowser,
}) => {
  const computer = await pairingLinkField(popup, 'p');
  await pairThenPhoneAway(popup, phone);
  const strangers = MAX_UNAUTHENTICATED + 2;
  const flood = await strangersFlood(phoneBrowser, computer, strangers);
  try {
    // The first two were pushed out as the fifth and sixth came: the computer holds four at most.
    const held = await flood.report();
    expect(held.filter((c) => c.opened)).toHaveLength(strangers);
    await expect
      .poll(async () => (await flood.report()).filter((c) => c.closed).length)
      .toBeGreaterThanOrEqual(2);
    // Four strangers wait in the handshake places while the real phone comes back and is let in.
    const back = await phoneContext.newPage();
    await back.goto(`${PWA_ORIGIN}/`);
    await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
    const item = await sendText(popup, '+44 7911 123456', 'Through the flood');
    await expect(item).toHaveAttribute('data-state', 'delivered');
    expect((await bridgeSends(back)).map((s) => s.body)).toEqual(['Through the flood']);
    // Every stranger is gone by the deadline; none was ever sent anything but the computer's hello and
    // the error that closed it. Pushed out ones were closed without a word.
    const end = await flood.allClosed(HANDSHAKE_WITHIN_MS + 5_000);
    expect(end.every((c) => c.closed)).toBe(true);
    for (const c of end) {
      expect(c.received.map((f) => f.type ?? '').filter((t) => t !== 'auth/hello' && t !== 'error')).toEqual(
        [],
      );
    }
    const pushedOut = end.filter((c) => !c.received.some((f) => f.code === 'not-authenticated'));
    expect(pushedOut.length).toBeGreaterThanOrEqual(2);
  } finally {
    await flood.leave();
  }
});
