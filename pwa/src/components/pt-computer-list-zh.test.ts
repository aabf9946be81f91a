// @vitest-environment happy-dom
import { mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { startLanguage } from '../i18n/start-language';
import { useCatalogue } from '../i18n/translate';
import './pt-computer-list';
import './pt-request-list';

const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(navigator, 'languages');
  if (languages) Object.defineProperty(Navigator.prototype, 'languages', languages);
  useCatalogue('en', 'en', en);
});

describe('the phone app on a phone set to Simplified Chinese', () => {
  it('lists the computers in Chinese, with a Chinese date', async () => {
    Object.defineProperty(navigator, 'languages', { value: ['zh-CN', 'en-US'], configurable: true });
    expect(await startLanguage()).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    const laptop = { peerId: 'pt-laptop', signalingUrl: 'wss://s', name: 'Laptop', keyFingerprint: 'k' };
    const list = await mount('pt-computer-list', {
      computers: [{ ...laptop, pairedAt: Date.UTC(2026, 11, 7, 9, 41) }],
      stateOf: () => 'connected',
    });
    const text = list.shadowRoot?.textContent ?? '';
    expect(text).toContain('电脑');
    expect(text).toContain('已连接');
    expect(part(list, 'computer-forget').textContent?.trim()).toBe('取消配对');
    expect(part(list, 'computer-since').textContent).toMatch(/^配对于 12月7日/);
  });

  it('shows the empty send list in Chinese', async () => {
    await startLanguage(['zh']);
    const requests = await mount('pt-request-list');
    expect(requests.shadowRoot?.textContent).toContain('你的电脑通过这部手机发送的短信会显示在这里。');
  });
});
