import { describe, expect, it } from 'vitest';
import { SmsLinkBridge, smsLink } from './sms-link-bridge';

describe('sms-link fallback', () => {
  it('builds an Android sms: link with the body encoded', () => {
    expect(smsLink('+447911123456', 'Tap me & send?\nOK')).toBe(
      'sms:+447911123456?body=Tap%20me%20%26%20send%3F%0AOK',
    );
    expect(smsLink('12345', 'hi')).toBe('sms:12345?body=hi');
  });

  it('never claims more than "on the phone", and cannot recover anything', async () => {
    const bridge = new SmsLinkBridge();
    await expect(bridge.send()).resolves.toEqual({ state: 'on-phone' });
    await expect(bridge.recover()).resolves.toBeUndefined();
  });
});
