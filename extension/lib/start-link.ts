import { browser } from 'wxt/browser';
import { ComputerLink } from './computer-link';
import { SIGNALING_URL } from './endpoints';
import { db } from './extension-db';
import { linkMessageListener } from './link-messages';
import { Outbox } from './outbox';
import { onOutboxNudge } from './outbox-nudge';
import { peerIdentity } from './peer-identity';
import type { RuntimeMessage } from './runtime-messages';
import { SyncClient } from './sync-client';

/** Starts the link in whichever document owns it; the popup nudges it when the outbox grows. */
export async function startLink(
  /** Where news of arrived texts goes; the background page passes its own handler (Firefox). */
  tellIncoming: (message: Extract<RuntimeMessage, { peertext: 'incoming' }>) => void = (message) =>
    void browser.runtime.sendMessage(message).catch(() => undefined),
): Promise<ComputerLink> {
  const sync = new SyncClient(db, (arrived) => {
    const newest = arrived.at(-1)!;
    tellIncoming({
      peertext: 'incoming',
      count: arrived.length,
      address: newest.address,
      body: newest.body.slice(0, 200),
    });
  });
  const link = new ComputerLink(await peerIdentity(), SIGNALING_URL, new Outbox(db), sync);
  onOutboxNudge((stored) => link.sendStored(stored));
  browser.runtime.onMessage.addListener(linkMessageListener(link));
  await link.start();
  return link;
}
