import { describe, expect, it } from 'vitest';
import { HandshakeSlots } from './handshake-slots';

describe('HandshakeSlots', () => {
  it('closes the oldest connection once more than the maximum wait', () => {
    const slots = new HandshakeSlots(2);
    const closed: string[] = [];
    slots.admit(() => closed.push('a'));
    slots.admit(() => closed.push('b'));
    expect(closed).toEqual([]);
    slots.admit(() => closed.push('c'));
    expect(closed).toEqual(['a']);
    slots.admit(() => closed.push('d'));
    expect(closed).toEqual(['a', 'b']);
    expect(slots.size).toBe(2);
  });

  it('frees a place when a connection authenticates, so it is never pushed out afterwards', () => {
    const slots = new HandshakeSlots(2);
    const closed: string[] = [];
    const real = slots.admit(() => closed.push('real'));
    real.release();
    for (const name of ['s1', 's2', 's3', 's4']) slots.admit(() => closed.push(name));
    expect(closed).toEqual(['s1', 's2']);
    expect(closed).not.toContain('real');
  });

  it('releasing twice, or after being pushed out, changes nothing', () => {
    const slots = new HandshakeSlots(1);
    const first = slots.admit(() => undefined);
    const second = slots.admit(() => undefined);
    first.release();
    first.release();
    expect(slots.size).toBe(1);
    second.release();
    expect(slots.size).toBe(0);
  });

  it('a close that throws does not stop the admission', () => {
    const slots = new HandshakeSlots(1);
    slots.admit(() => {
      throw new Error('already gone');
    });
    expect(() => slots.admit(() => undefined)).not.toThrow();
    expect(slots.size).toBe(1);
  });
});
