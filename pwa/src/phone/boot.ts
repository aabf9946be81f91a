import { defaultCountry } from '@web/default-country';
import { detectBridge, onLateNativeBridge } from '../bridge/detect-bridge';
import type { PhoneDb } from '../db/phone-db';
import { phoneIdentity } from '../link/phone-identity';
import { ServerIdentities } from '../link/server-identities';
import { SendRequestLedger } from '../sending/send-request-ledger';
import { scrubDeletedFromLog } from '../sync/forget-bodies';
import { SyncServer } from '../sync/sync-server';
import { ConnectedComputers, type ConnectedComputersEvents } from './connected-computers';
import type { PairedComputers } from './paired-computers';
import type { PhoneBridge } from './phone-bridge';

const LOG_SCRUBBED = 'peertext-log-scrubbed';

/** What runs once the phone has booted: what it dials, what it sends and what it syncs. */
export interface RunningPhone {
  computers: ConnectedComputers;
  servers: ServerIdentities;
  requests: SendRequestLedger;
  sync: SyncServer;
}

/**
 * The phone's start: its identity, its SMS bridge, the send requests a previous run left half done.
 * Not safe to run twice (it subscribes to the bridge). Dialling the paired computers is left to
 * the caller, once it holds what this returns: their frames need it.
 */
export async function bootPhone(
  db: PhoneDb,
  paired: PairedComputers,
  bridgeStatus: PhoneBridge,
  events: ConnectedComputersEvents,
): Promise<RunningPhone> {
  const identity = await phoneIdentity(db);
  // A log written before deletions scrubbed it still holds deleted texts' bodies: once, before any
  // computer can pull it. A cleared flag only costs one more harmless pass.
  if (localStorage.getItem(LOG_SCRUBBED) !== '1') {
    await scrubDeletedFromLog(db);
    localStorage.setItem(LOG_SCRUBBED, '1');
  }
  const bridge = await detectBridge();
  const servers = new ServerIdentities(db, identity);
  const computers = new ConnectedComputers(
    servers,
    identity.deviceName,
    {
      key: identity.deviceKey,
      authorize: (peerId, peer) => paired.authorize(peerId, peer),
      pairSecret: (peerId) => paired.pairSecret(peerId),
      pairCode: (peerId) => paired.pairCode(peerId),
    },
    events,
  );
  const sync = new SyncServer(
    db,
    (peerId, batch) => computers.send(peerId, batch),
    (peerId, seq) => void db.computers.update(peerId, { syncedSeq: seq, syncedAt: Date.now() }),
  );
  const requests = new SendRequestLedger(db, bridge, {
    reply: (peerId, frame) => computers.send(peerId, frame),
    defaultCountry: defaultCountry(),
  });
  bridgeStatus.use(bridge);
  onLateNativeBridge((late) => {
    requests.useBridge(late);
    bridgeStatus.use(late);
  });
  // Half-finished dispatches are settled before any computer can ask about them.
  await requests.recover();
  return { computers, servers, requests, sync };
}
