import { t } from './i18n/translate';

/**
 * Outside a secure context a browser hides what the phone app is made of (WebCrypto, service
 * workers, the camera), so it could only fail half-way. It says so instead, and how to get there.
 */
export function notSecureMessage(location: Pick<Location, 'protocol' | 'host'>): string {
  return t('notSecure.text', { address: `${location.protocol}//${location.host}` });
}

/** Shows the message instead of the app; the page starts nothing else. */
export function showNotSecure(doc: Document): void {
  const main = doc.createElement('main');
  main.setAttribute('role', 'alert');
  main.dataset['testid'] = 'not-secure';
  main.style.cssText = 'max-width: 32rem; margin: 2rem auto; padding: 0 1rem;';
  const title = doc.createElement('h1');
  title.textContent = t('notSecure.title');
  const text = doc.createElement('p');
  text.textContent = notSecureMessage(doc.location);
  main.append(title, text);
  doc.body.append(main);
}
