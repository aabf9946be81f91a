import { describe, expect, it } from 'vitest';
import { advanceState } from './message-state';

describe('advanceState', () => {
  it('moves forward through the happy path', () => {
    expect(advanceState('queued', 'on-phone')).toBe('on-phone');
    expect(advanceState('on-phone', 'sent')).toBe('sent');
    expect(advanceState('sent', 'delivered')).toBe('delivered');
  });

  it('ignores a stale report that would move backwards', () => {
    expect(advanceState('delivered', 'sent')).toBe('delivered');
    expect(advanceState('sent', 'on-phone')).toBe('sent');
    expect(advanceState('on-phone', 'queued')).toBe('on-phone');
  });

  it('keeps terminal failure and delivery', () => {
    expect(advanceState('failed', 'delivered')).toBe('failed');
    expect(advanceState('delivered', 'failed')).toBe('delivered');
  });

  it('lets a late radio result resolve unknown', () => {
    expect(advanceState('unknown', 'sent')).toBe('sent');
    expect(advanceState('unknown', 'failed')).toBe('failed');
    expect(advanceState('unknown', 'on-phone')).toBe('unknown');
  });

  it('lets a sent message fail (delivery report says so)', () => {
    expect(advanceState('sent', 'failed')).toBe('failed');
  });
});
