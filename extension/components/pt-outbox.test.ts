// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { allParts, mount, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, type OutboxMessage } from '../lib/extension-db';
import './pt-outbox';

const sent = (msgId: string, to: string, createdAt: number): OutboxMessage => ({
  msgId,
  to,
  body: 'Hello',
  state: 'delivered',
  createdAt,
  updatedAt: createdAt,
});

beforeEach(async () => {
  await db.outbox.clear();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-outbox', () => {
  it('names each recipient as the rest of the popup does, on one line', async () => {
    await db.outbox.bulkPut([sent('a', '+447911123456', 2_000), sent('b', '+12685551234', 1_000)]);
    const outbox = await mount('pt-outbox', { region: 'GB' });
    const shown = () => allParts(outbox, 'outbox-to').map((to) => to.textContent);
    await until(() => shown().length === 2, 'the sent texts');
    expect(shown()).toEqual(['07911 123456', '+1 268 555 1234']);
    expect(allParts(outbox, 'outbox-to').every((to) => to.classList.contains('tel'))).toBe(true);
  });
});
