// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { AuthenticatedPeer } from '@core/session/secure-session';
import { maybePart, mount, part, until } from '@web/component-fixture';
import { SasGate } from '@web/sas-gate';
import { afterEach, describe, expect, it } from 'vitest';
import { type PairedComputer, PhoneDb } from '../db/phone-db';
import { PhoneService } from '../phone/phone-service';
import './pt-sas-prompt';

const PEER = 'pt-computer';
const FINGERPRINT = 'f'.repeat(43);

/**
 * A phone (the real service, never started: no link, no bridge) that paired with a typed code and
 * now waits for the person to compare the six digits.
 */
async function phoneChecking({ computerConfirmed = false } = {}) {
  const service = new PhoneService(new PhoneDb(`sas-${Math.random()}`));
  const computer: PairedComputer = {
    peerId: PEER,
    signalingUrl: 'http://192.168.1.10:8787',
    name: 'Computer',
    pairedAt: 1,
    keyFingerprint: '',
    pairCode: 'ABCD-2345',
  };
  // What typed-code pairing leaves behind once the handshake passed, without starting the phone
  // (no link, no bridge): the stored computer, and a gate waiting for the six digits.
  const internals = service as unknown as {
    paired: { add(computer: PairedComputer): Promise<void> };
    sas: { gates: Map<string, SasGate> };
  };
  await internals.paired.add(computer);
  const peer = { role: 'computer', device: 'Chrome on Linux', fingerprint: FINGERPRINT } as AuthenticatedPeer;
  const gate = new SasGate({ send: () => undefined, close: () => undefined }, peer, '482913');
  if (computerConfirmed) gate.confirmedThere();
  internals.sas.gates.set(PEER, gate);
  return service;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-sas-prompt', () => {
  it('shows the six digits and the computer they are for', async () => {
    const service = await phoneChecking();
    const prompt = await mount('pt-sas-prompt', { service, peerId: PEER });
    expect(part(prompt, 'sas-value').textContent).toBe('482913');
    expect(prompt.shadowRoot!.textContent).toContain('Does Chrome on Linux show this number?');
    expect(maybePart(prompt, 'sas-waiting')).toBeUndefined();
  });

  it('shows nothing for a computer with no check waiting', async () => {
    const service = await phoneChecking();
    const prompt = await mount('pt-sas-prompt', { service, peerId: 'pt-another' });
    expect(prompt.shadowRoot!.textContent?.trim()).toBe('');
  });

  it('on “It matches”, waits for the computer’s answer before trusting it', async () => {
    const service = await phoneChecking();
    const prompt = await mount('pt-sas-prompt', { service, peerId: PEER });
    part(prompt, 'sas-confirm').click();
    await until(() => maybePart(prompt, 'sas-waiting') !== undefined, 'the wait for the computer');
    expect(part(prompt, 'sas-waiting').textContent).toBe('Now confirm on the computer too.');
    expect(maybePart(prompt, 'sas-confirm')).toBeUndefined();
    expect(maybePart(prompt, 'sas-reject')).toBeUndefined();
    expect(service.sasChecks.get(PEER)).toMatchObject({ here: true, there: false });
    // Not trusted yet: no key is pinned and the typed code still marks the pairing unfinished.
    expect(await service.db.computers.get(PEER)).toMatchObject({ keyFingerprint: '', pairCode: 'ABCD-2345' });
  });

  it('on “It matches” after the computer confirmed, trusts the computer’s key and name', async () => {
    const service = await phoneChecking({ computerConfirmed: true });
    const prompt = await mount('pt-sas-prompt', { service, peerId: PEER });
    part(prompt, 'sas-confirm').click();
    await until(async () => (await service.db.computers.get(PEER))?.pairCode === undefined, 'the trust');
    expect(await service.db.computers.get(PEER)).toMatchObject({
      name: 'Chrome on Linux',
      keyFingerprint: FINGERPRINT,
    });
    expect(service.sasChecks.has(PEER)).toBe(false);
    await until(() => prompt.shadowRoot!.textContent?.trim() === '', 'the prompt to go');
  });

  it('on “It differs”, forgets the computer', async () => {
    const service = await phoneChecking();
    const prompt = await mount('pt-sas-prompt', { service, peerId: PEER });
    part(prompt, 'sas-reject').click();
    await until(async () => (await service.db.computers.get(PEER)) === undefined, 'the computer to go');
    expect(service.sasChecks.has(PEER)).toBe(false);
  });
});
