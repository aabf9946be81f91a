import { describe, expect, it } from 'vitest';
import { type KnownText, matchStoreRows, type StoreRow } from './match-store-rows';

const ALICE = '+447911123456';
const row = (id: number, body: string, date: number, box: StoreRow['box'] = 'sent'): StoreRow => ({
  id,
  box,
  address: ALICE,
  body,
  date,
});
const sent = (messageId: string, body: string, from: number, box: KnownText['box'] = 'sent'): KnownText => ({
  messageId,
  box,
  address: ALICE,
  body,
  from,
  to: from + 600_000,
});

describe('matchStoreRows', () => {
  it('ties each known text to one row: two identical texts stay two messages', () => {
    const matches = matchStoreRows(
      [row(11, 'ok', 1_000), row(12, 'ok', 2_000)],
      [sent('m1', 'ok', 0), sent('m2', 'ok', 1_500)],
    );
    expect([...matches]).toEqual([
      [11, 'm1'],
      [12, 'm2'],
    ]);
  });

  it('leaves rows nobody here sent: a text sent from another app, or a third identical one', () => {
    const matches = matchStoreRows([row(11, 'ok', 1_000), row(12, 'ok', 2_000)], [sent('m1', 'ok', 0)]);
    expect([...matches]).toEqual([[11, 'm1']]);
  });

  it('needs the same box, address, body and a date inside the window', () => {
    const known = [sent('m1', 'ok', 10_000)];
    expect(matchStoreRows([row(1, 'ok', 10_000, 'inbox')], known).size).toBe(0);
    expect(matchStoreRows([{ ...row(1, 'ok', 10_000), address: '+447911123789' }], known).size).toBe(0);
    expect(matchStoreRows([row(1, 'OK', 10_000)], known).size).toBe(0);
    expect(matchStoreRows([row(1, 'ok', 9_999)], known).size).toBe(0);
    expect(matchStoreRows([row(1, 'ok', 610_001)], known).size).toBe(0);
    expect(matchStoreRows([row(1, 'ok', 610_000)], known).size).toBe(1);
  });

  it('matches received texts to inbox rows the same way', () => {
    const matches = matchStoreRows([row(5, 'hi', 3_000, 'inbox')], [sent('rx:a', 'hi', 0, 'inbox')]);
    expect([...matches]).toEqual([[5, 'rx:a']]);
  });
});
