import { TERMINAL_STATES } from '@core/message/message-state';
import Dexie from 'dexie';
import type { PhoneDb, SendRequest } from '../db/phone-db';

/**
 * Removes what this phone holds only for one computer beyond its pairing record (which holds its sync
 * cursor and goes with the pairing): its send requests, with their bodies and radio reports. Texts
 * waiting for the person's OK go too: nobody is left to tell. A text still at the radio stays until
 * it settles: its reports are folded into it, and the SMS store's row for it is matched by it. The
 * phone's own texts (`messages`, Android's SMS store) stay: they are the phone's, not the computer's.
 * Returns how many were removed.
 */
export async function removeComputerRequests(db: PhoneDb, peerId: string): Promise<number> {
  return db.requests
    .where('[computerPeerId+createdAt]')
    .between([peerId, Dexie.minKey], [peerId, Dexie.maxKey])
    .filter((r) => !atTheRadio(r))
    .delete();
}

function atTheRadio(request: SendRequest): boolean {
  return request.dispatch === 'started' && !TERMINAL_STATES.has(request.state);
}
