import { browser } from 'wxt/browser';
import { ComputerLink } from './computer-link';
import { SIGNALING_URL } from './endpoints';
import { db } from './extension-db';
import { Outbox } from './outbox';
import { onOutboxNudge } from './outbox-nudge';
import { peerIdentity } from './peer-identity';
import { isRuntimeMessage } from './runtime-messages';

/** Starts the link in whichever document owns it; the popup nudges it when the outbox grows. */
export async function startLink(): Promise<ComputerLink> {
  const link = new ComputerLink(await peerIdentity(), SIGNALING_URL, new Outbox(db));
  onOutboxNudge((stored) => link.sendStored(stored));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isRuntimeMessage(message) && message.peertext === 'unpair') void link.unpair();
    if (isRuntimeMessage(message) && message.peertext === 'sas') link.confirmSas(message.matches);
    return undefined;
  });
  await link.start();
  return link;
}
