import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExtensionDb } from './extension-db';
import { Outbox } from './outbox';

let db: ExtensionDb;
let outbox: Outbox;

beforeEach(async () => {
  db = new ExtensionDb(`test-${Math.random()}`);
  outbox = new Outbox(db);
});

describe('Outbox', () => {
  it('stores a queued message with a fresh id and the normalised number', async () => {
    const result = await outbox.compose('+44 7911 123456', 'hi');
    expect(result.ok).toBe(true);
    const stored = await db.outbox.toArray();
    expect(stored).toMatchObject([{ to: '+447911123456', body: 'hi', state: 'queued' }]);
  });

  it('keeps two identical texts as two messages', async () => {
    await outbox.compose('+447911123456', 'same');
    await outbox.compose('+447911123456', 'same');
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses bad input and stores nothing', async () => {
    expect(await outbox.compose('not a number', 'hi')).toMatchObject({ ok: false });
    expect(await outbox.compose('+447911123456', '   ')).toMatchObject({ ok: false });
    expect(await outbox.compose('+447911123456', 'x'.repeat(10_001))).toMatchObject({ ok: false });
    expect(await db.outbox.count()).toBe(0);
  });

  it('moves states forward only and lists what is unsettled', async () => {
    const a = await outbox.compose('+447911123456', 'a', 1);
    const b = await outbox.compose('+447911123456', 'b', 2);
    if (!a.ok || !b.ok) throw new Error('compose failed');
    await outbox.applyState(a.message.msgId, 'delivered');
    await outbox.applyState(a.message.msgId, 'sent');
    await outbox.applyState(b.message.msgId, 'on-phone');
    expect((await db.outbox.get(a.message.msgId))?.state).toBe('delivered');
    expect((await outbox.unsettled()).map((m) => m.body)).toEqual(['b']);
  });

  it('records the reason of a failure', async () => {
    const a = await outbox.compose('+447911123456', 'a');
    if (!a.ok) throw new Error('compose failed');
    await outbox.applyState(a.message.msgId, 'failed', 'No service');
    expect(await db.outbox.get(a.message.msgId)).toMatchObject({ state: 'failed', reason: 'No service' });
  });

  it('shows why a text waits on the phone, and drops that once the phone moves on', async () => {
    const a = await outbox.compose('84222', 'STOP');
    if (!a.ok) throw new Error('compose failed');
    await outbox.applyState(a.message.msgId, 'on-phone', 'Confirm on the phone: short code');
    expect(await db.outbox.get(a.message.msgId)).toMatchObject({
      reason: 'Confirm on the phone: short code',
    });
    // A late, older report does not bring it back.
    await outbox.applyState(a.message.msgId, 'sent');
    await outbox.applyState(a.message.msgId, 'on-phone', 'Confirm on the phone: short code');
    const stored = await db.outbox.get(a.message.msgId);
    expect(stored?.state).toBe('sent');
    expect(stored).not.toHaveProperty('reason');
  });

  it('once the phone is unpaired, a text it took is never given to another phone; one it never took waits for the next', async () => {
    const texts = [];
    for (const body of ['queued', 'on phone', 'sent', 'delivered']) {
      const made = await outbox.compose('+447911123456', body);
      if (!made.ok) throw new Error('compose failed');
      texts.push(made.message.msgId);
    }
    const [queued, onPhone, sent, delivered] = texts as [string, string, string, string];
    await outbox.applyState(onPhone, 'on-phone');
    await outbox.applyState(sent, 'sent');
    await outbox.applyState(delivered, 'delivered');
    await outbox.phoneUnpaired();
    expect((await outbox.unsettled()).map((m) => m.msgId)).toEqual([queued]);
    expect(await db.outbox.get(queued)).toMatchObject({ state: 'queued' });
    expect(await db.outbox.get(onPhone)).toMatchObject({ state: 'unknown', reason: /check your phone/ });
    expect(await db.outbox.get(sent)).toMatchObject({
      state: 'unknown',
      reason: /sent it, then was unpaired/,
    });
    expect(await db.outbox.get(delivered)).not.toHaveProperty('reason');
  });

  it('reads a number typed without a country code as one of the browser region, as the popup shows it', async () => {
    const british = new Outbox(db, 'GB');
    expect(await british.compose('07911 123456', 'hi')).toMatchObject({
      ok: true,
      message: { to: '+447911123456' },
    });
    const unknown = new Outbox(db, undefined);
    expect(await unknown.compose('07911 123456', 'hi')).toMatchObject({
      ok: false,
      error: /international form/,
    });
  });
});
