import 'fake-indexeddb/auto';
import type { SecureSession } from '@core/session/secure-session';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExtensionDb, type OutboxMessage } from './extension-db';
import { Outbox } from './outbox';
import { OutboxResend } from './outbox-resend';

/** A session's link as the resend sees it: open, and what was sent on it. */
function session() {
  const link = { open: true, send: vi.fn((_frame: unknown) => 'frame-id') };
  const sentBodies = () => link.send.mock.calls.map(([frame]) => (frame as { body: string }).body);
  return { link: link as unknown as SecureSession, raw: link, sentBodies };
}

let outbox: Outbox;

async function stored(body: string, at: number): Promise<OutboxMessage> {
  const result = await outbox.compose('+447911123456', body, at);
  if (!result.ok) throw new Error(result.error);
  return result.message;
}

beforeEach(() => {
  outbox = new Outbox(new ExtensionDb(`test-${Math.random()}`));
});

describe('OutboxResend', () => {
  it('sends the unsettled texts again on each new session, oldest first, each once; settled ones not', async () => {
    const a = await stored('a', 1);
    const b = await stored('b', 2);
    const c = await stored('c', 3);
    const d = await stored('d', 4);
    await outbox.applyState(b.msgId, 'delivered');
    await outbox.applyState(d.msgId, 'failed', 'No service');
    await outbox.applyState(c.msgId, 'on-phone');
    const resend = new OutboxResend(outbox);

    const first = session();
    resend.sessionStarted(first.link);
    await resend.resendUnsettled();
    await resend.resendUnsettled();
    resend.sendNew(a);
    expect(first.sentBodies()).toEqual(['a', 'c']);
    expect(first.raw.send).toHaveBeenCalledWith({ type: 'sms/send', msgId: a.msgId, to: a.to, body: 'a' });

    // The phone reconnects: a new authenticated session hears of every unsettled text again.
    await outbox.applyState(a.msgId, 'delivered');
    resend.sessionEnded();
    const second = session();
    resend.sessionStarted(second.link);
    await resend.resendUnsettled();
    expect(second.sentBodies()).toEqual(['c']);
    expect(first.sentBodies()).toEqual(['a', 'c']);
  });

  it('sends a newly stored text at once while a session is open, and not again on resend', async () => {
    const resend = new OutboxResend(outbox);
    const link = session();
    resend.sessionStarted(link.link);
    const fresh = await stored('fresh', 1);
    resend.sendNew(fresh);
    await resend.resendUnsettled();
    expect(link.sentBodies()).toEqual(['fresh']);
  });

  it('sends nothing with no session, or on a session whose link has closed', async () => {
    const waiting = await stored('waiting', 1);
    const resend = new OutboxResend(outbox);
    resend.sendNew(waiting);
    await resend.resendUnsettled();
    const closed = session();
    resend.sessionStarted(closed.link);
    closed.raw.open = false;
    resend.sendNew(waiting);
    await resend.resendUnsettled();
    expect(closed.raw.send).not.toHaveBeenCalled();
  });

  it('leaves a session replaced during the read to its own resend', async () => {
    await stored('a', 1);
    const resend = new OutboxResend(outbox);
    const old = session();
    resend.sessionStarted(old.link);
    const reading = resend.resendUnsettled();
    const replacement = session();
    resend.sessionStarted(replacement.link);
    await reading;
    expect(old.raw.send).not.toHaveBeenCalled();
    await resend.resendUnsettled();
    expect(replacement.sentBodies()).toEqual(['a']);
  });

  it('asks for the SIM chosen in compose on every send of the row, stored before the first', async () => {
    const result = await outbox.compose('+447911123456', 'from SIM 2', 1, 2);
    if (!result.ok) throw new Error(result.error);
    const resend = new OutboxResend(outbox);
    for (const s of [session(), session()]) {
      resend.sessionStarted(s.link);
      await resend.resendUnsettled();
      expect(s.raw.send).toHaveBeenCalledWith(
        expect.objectContaining({ msgId: result.message.msgId, simId: 2 }),
      );
    }
    const plain = await stored('default SIM', 2);
    const s = session();
    resend.sessionStarted(s.link);
    resend.sendNew(plain);
    expect(s.raw.send.mock.calls[0]?.[0]).not.toHaveProperty('simId');
  });
});
