import type { Change } from './synced-message';

export type BatchPlan =
  | { kind: 'apply'; changes: Change[]; cursor: number }
  | { kind: 'nothing-new' }
  | { kind: 'resync'; reason: string };

/**
 * What a computer at `cursor` does with a batch from the phone: apply the changes it has not seen, or
 * ask again from its cursor when a sequence number is missing. A gap is never skipped: the change in
 * it could be a text the person would then never see.
 */
export function planBatch(cursor: number, changes: readonly Change[]): BatchPlan {
  const fresh = changes.filter((c) => c.seq > cursor);
  if (fresh.length === 0) return { kind: 'nothing-new' };
  let expected = cursor + 1;
  for (const change of fresh) {
    if (change.seq !== expected) {
      return { kind: 'resync', reason: `Expected change ${expected}, got ${change.seq}.` };
    }
    expected += 1;
  }
  return { kind: 'apply', changes: fresh, cursor: expected - 1 };
}
