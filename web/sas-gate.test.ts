import type { AuthenticatedPeer, SecureSession } from '@core/session/secure-session';
import { describe, expect, it, vi } from 'vitest';
import { SasGate } from './sas-gate';

const peer = { role: 'phone', device: 'Pixel', fingerprint: 'f', pairCode: 'ABCD-EFGH' } as AuthenticatedPeer;

function gate() {
  const link = { send: vi.fn(), close: vi.fn() };
  const trusted = vi.fn();
  return { link, trusted, gate: new SasGate(link as unknown as SecureSession, peer, '123456', trusted) };
}

describe('SasGate', () => {
  it('trusts the phone only once both sides confirmed, in either order', () => {
    const a = gate();
    a.gate.confirmedThere();
    expect(a.trusted).not.toHaveBeenCalled();
    a.gate.confirmHere();
    expect(a.link.send).toHaveBeenCalledWith({ type: 'auth/confirm' });
    expect(a.trusted).toHaveBeenCalledTimes(1);
  });

  it('"they differ" closes with a refusal the phone can show, and nothing trusts it afterwards', () => {
    const { link, trusted, gate: g } = gate();
    g.reject();
    expect(link.close).toHaveBeenCalledWith({
      code: 'not-paired',
      message: expect.stringMatching(/did not match/),
    });
    g.confirmedThere();
    g.confirmHere();
    expect(trusted).not.toHaveBeenCalled();
  });

  it('the phone reads where a check stands: its own yes, then trust once the computer said yes too', () => {
    const link = { send: vi.fn(), close: vi.fn() };
    const g = new SasGate(link, peer, '123456');
    g.confirmHere();
    g.confirmHere();
    expect(link.send).toHaveBeenCalledTimes(1);
    expect(g.here).toBe(true);
    expect(g.trusted).toBe(false);
    g.confirmedThere();
    expect(g.trusted).toBe(true);
  });

  it('is never trusted once rejected', () => {
    const link = { send: vi.fn(), close: vi.fn() };
    const g = new SasGate(link, peer, '123456');
    g.confirmedThere();
    g.reject();
    g.confirmHere();
    expect(g.trusted).toBe(false);
  });
});
