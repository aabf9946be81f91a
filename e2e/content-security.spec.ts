import type { Page } from '@playwright/test';
import { expect, PWA_ORIGIN, test } from './support/fixtures';

/** What the page's policy does to an injected script and to a plain-http request elsewhere. */
function tryInjections(page: Page) {
  return page.evaluate(async () => {
    const violated: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violated.push(event.effectiveDirective));
    const marker = globalThis as { injectedRan?: boolean };
    const script = document.createElement('script');
    script.textContent = 'globalThis.injectedRan = true';
    document.head.append(script);
    const sent = await fetch('http://192.0.2.1:8080/leak').then(
      () => 'sent',
      () => 'refused',
    );
    // Violation events are queued as tasks: one more turn lets the last one arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { injectedRan: marker.injectedRan === true, sent, violated: [...new Set(violated)].sort() };
  });
}

const STOPPED = { injectedRan: false, sent: 'refused', violated: ['connect-src', 'script-src-elem'] };

test('the phone app runs no injected script and sends nothing over plain http to another host', async ({
  phone,
}) => {
  await phone.goto(`${PWA_ORIGIN}/`);
  await expect(phone.locator('pt-phone-app')).toHaveAttribute('data-started', 'yes');
  expect(await tryInjections(phone)).toEqual(STOPPED);
});

test('the extension’s popup runs no injected script and sends nothing over plain http to another host', async ({
  popup,
}) => {
  await expect(popup.getByTestId('pairing-link')).toHaveAttribute('href', /#pair=/);
  expect(await tryInjections(popup)).toEqual(STOPPED);
});
