import 'fake-indexeddb/auto';
import type { AuthenticatedPeer } from '@core/session/secure-session';
import { beforeEach, describe, expect, it } from 'vitest';
import { authorizePhone } from './authorize-phone';
import { db } from './extension-db';
import { writeKv } from './kv';

const typed = {
  role: 'phone',
  device: 'Pixel',
  fingerprint: 'f',
  pairCode: 'ABCD-2345',
} as AuthenticatedPeer;

beforeEach(async () => {
  await db.kv.clear();
});

describe('authorizePhone with a typed code', () => {
  it('lets the first attempt with the code on show in, and refuses a second, saying to ask for a new code', async () => {
    await writeKv('codeOffer', { code: 'ABCD-2345', expiresAt: Date.now() + 60_000 });
    expect(await authorizePhone(typed)).toEqual({ ok: true });
    const again = await authorizePhone(typed);
    expect(again).toMatchObject({ ok: false, code: 'not-paired' });
    expect(again.ok === false && again.message).toMatch(/already used or has expired.*new code/);
  });

  it('refuses a phone with neither a pinned key nor a secret as not paired', async () => {
    const stranger = { role: 'phone', device: 'Pixel', fingerprint: 'f' } as AuthenticatedPeer;
    const refused = await authorizePhone(stranger);
    expect(refused.ok === false && refused.message).toBe('This phone is not paired with this computer.');
  });
});
