import { browser } from 'wxt/browser';
import { ComputerLink } from './computer-link';
import { SIGNALING_URL } from './endpoints';
import { db } from './extension-db';
import { Outbox } from './outbox';
import { peerIdentity } from './peer-identity';
import { isRuntimeMessage } from './runtime-messages';

/** Starts the link in whichever document owns it and lets the popup ask it to flush the outbox. */
export async function startLink(): Promise<ComputerLink> {
  const link = new ComputerLink(await peerIdentity(), SIGNALING_URL, new Outbox(db));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isRuntimeMessage(message) && message.peertext === 'flush') void link.flush();
    return undefined;
  });
  await link.start();
  return link;
}
