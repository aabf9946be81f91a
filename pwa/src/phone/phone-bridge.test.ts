import type { Capabilities } from '@core/bridge/bridge-contract';
import { describe, expect, it } from 'vitest';
import { nativeStatus } from './phone-bridge';

const all: Capabilities = {
  bridgeVersion: 1,
  platform: 'android',
  canSend: true,
  canReadInbox: true,
  canReceive: true,
  canReadContacts: true,
  smsPermissions: 'granted',
};

describe('nativeStatus', () => {
  it('says nothing more when the wrapper may send', () => {
    expect(nativeStatus(all)).toBeUndefined();
    const { smsPermissions: _, ...older } = all;
    expect(nativeStatus(older)).toBeUndefined();
  });

  it('asks for SMS in the app’s settings when it was refused', () => {
    const status = nativeStatus({ ...all, canSend: false, smsPermissions: 'missing' });
    expect(status).toMatchObject({ kind: 'native', problem: expect.stringContaining('allow SMS') });
    expect(status?.restricted).toBeUndefined();
  });

  it('shows the restricted-settings steps when Android refused without asking', () => {
    const status = nativeStatus({
      ...all,
      canSend: false,
      canReadInbox: false,
      smsPermissions: 'restricted',
    });
    expect(status).toMatchObject({ kind: 'native', restricted: true });
  });
});
