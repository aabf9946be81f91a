/**
 * Outside a secure context a browser hides what the phone app is made of (WebCrypto, service
 * workers, the camera), so it could only fail half-way. It says so instead, and how to get there.
 */
export function notSecureMessage(location: Pick<Location, 'protocol' | 'host'>): string {
  return (
    `This address (${location.protocol}//${location.host}) is not a secure connection, so this browser ` +
    'keeps from PeerText what it needs: encryption keys, the camera and offline use. ' +
    'Install the PeerText Android app (it carries this page inside it), or open PeerText at the https:// ' +
    'address of your signaling server.'
  );
}

/** Shows the message instead of the app; the page starts nothing else. */
export function showNotSecure(doc: Document): void {
  const main = doc.createElement('main');
  main.setAttribute('role', 'alert');
  main.dataset['testid'] = 'not-secure';
  main.style.cssText = 'max-width: 32rem; margin: 2rem auto; padding: 0 1rem;';
  const title = doc.createElement('h1');
  title.textContent = 'PeerText cannot start here';
  const text = doc.createElement('p');
  text.textContent = notSecureMessage(doc.location);
  main.append(title, text);
  doc.body.append(main);
}
