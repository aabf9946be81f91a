import { browser } from 'wxt/browser';
import { ComputerEndpoint } from './computer-endpoint';
import { endpointMessageListener } from './endpoint-messages';
import { db } from './extension-db';
import { Outbox } from './outbox';
import { onOutboxNudge } from './outbox-nudge';
import { peerIdentity } from './peer-identity';
import { keepTextsAfter, pruneOldTexts } from './retention';
import { type RuntimeMessage, sendRuntimeMessage } from './runtime-messages';
import { signalingUrl } from './server-setting';
import { SyncClient } from './sync-client';

const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Starts the computer's endpoint in whichever document owns it; the popup nudges it when the outbox grows. */
export async function startEndpoint(
  /** Where news of arrived texts goes; the background page passes its own handler (Firefox). */
  tellIncoming: (message: Extract<RuntimeMessage, { peertext: 'incoming' }>) => void = (message) =>
    void sendRuntimeMessage(message).catch(() => undefined),
): Promise<ComputerEndpoint> {
  const sync = new SyncClient(
    db,
    (arrived) => {
      const newest = arrived.at(-1)!;
      tellIncoming({
        peertext: 'incoming',
        count: arrived.length,
        address: newest.address,
        body: newest.body.slice(0, 200),
      });
    },
    keepTextsAfter,
  );
  // Retention: at start, then hourly while the endpoint's document lives.
  const prune = () =>
    void pruneOldTexts().catch((error: unknown) => console.error('PeerText: retention', error));
  prune();
  setInterval(prune, PRUNE_EVERY_MS);
  const endpoint = new ComputerEndpoint(await peerIdentity(), await signalingUrl(), new Outbox(db), sync);
  onOutboxNudge((stored) => endpoint.sendStored(stored));
  browser.runtime.onMessage.addListener(endpointMessageListener(endpoint));
  await endpoint.start();
  return endpoint;
}
