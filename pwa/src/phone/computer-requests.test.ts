import 'fake-indexeddb/auto';
import type { MessageState } from '@core/message/message-state';
import { describe, expect, it } from 'vitest';
import { type DispatchStep, PhoneDb } from '../db/phone-db';
import { removeComputerRequests } from './computer-requests';

const request = (msgId: string, computerPeerId: string, dispatch: DispatchStep, state: MessageState) => ({
  msgId,
  computerPeerId,
  to: '+447911123456',
  body: `Body of ${msgId}`,
  state,
  dispatch,
  parts: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('removeComputerRequests', () => {
  it("removes one computer's settled, refused and held requests, not one still at the radio nor another computer's", async () => {
    const db = new PhoneDb(`requests-${Math.random()}`);
    await db.requests.bulkAdd([
      request('delivered', 'laptop', 'started', 'delivered'),
      request('refused', 'laptop', 'none', 'failed'),
      request('held', 'laptop', 'held', 'on-phone'),
      request('at-radio', 'laptop', 'started', 'sent'),
      request('other', 'desktop', 'started', 'delivered'),
    ]);
    await db.messages.add({
      id: 'delivered',
      address: '+447911123456',
      direction: 'out',
      body: 'Kept',
      date: 1,
    });
    expect(await removeComputerRequests(db, 'laptop')).toBe(3);
    expect((await db.requests.toCollection().primaryKeys()).sort()).toEqual(['at-radio', 'other']);
    expect(await db.messages.count()).toBe(1);
  });
});
