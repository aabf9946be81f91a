/**
 * The Android native layer's stand-in, run inside the phone page (bundled into an init script).
 * It implements docs/bridge-contract.md exactly: handshake with a MessagePort posted to the page's
 * own origin, JSON-string requests validated with core's parser, results, sms-status and
 * sms-received events, durable dedupe of SMS ids, and the inbound queue: each sms-received is kept
 * (with its queueId) until the page acknowledges it with ackInbound, and every page load is handed
 * whatever was not acknowledged, as the wrapper does on each new port. Everything it dispatched is
 * kept in localStorage so tests can assert "exactly once" across reloads. It also keeps the phone's SMS
 * store as Android does: the system writes each send to the sent box, the SMS app writes each
 * received text to the inbox, and any change is announced with `inbox-changed`.
 * Sending and the radio are in bridge-double-radio.ts, the SMS store and inbound queue in
 * bridge-double-stores.ts; this module answers the page's requests.
 */
import { BRIDGE_HANDSHAKE } from '@core/bridge/bridge-contract';
import { parseBridgeRequest } from '@core/bridge/parse-bridge-request';
import { crashOnNextLoad, type DoubleSend, sendingRadio } from './bridge-double-radio';
import { type InboxRow, inboundQueue, phoneStore } from './bridge-double-stores';

export type { DoubleSend };

export interface BridgeDoubleOptions {
  /** The phone's SMS store at first start, as the content provider would page it out through `readInbox`. */
  inbox?: InboxRow[];
  /** Recipients whose sends fail with Android's RESULT_ERROR_NO_SERVICE. */
  failNumbers?: string[];
  /** The phone's address book, as READ_CONTACTS would give it to `lookupContacts`; none: no permission. */
  contacts?: { number: string; name: string }[];
  sentDelayMs?: number;
  deliveredDelayMs?: number;
  /** The SMS permissions as the wrapper sums them up (`capabilities.smsPermissions`); default granted. */
  smsPermissions?: 'granted' | 'missing' | 'restricted';
  /** The phone's SIMs as `listSims` answers; default one SIM. A `send` for another simId is refused `no-sim`. */
  sims?: { id: number; slot: number; carrier: string; default?: boolean }[];
}

function install(options: BridgeDoubleOptions): void {
  const { port1: native, port2: page } = new MessageChannel();
  const post = (message: unknown) => native.postMessage(JSON.stringify(message));
  const result = (id: string, value: unknown) => post({ id, type: 'result', success: true, result: value });

  const store = phoneStore(options.inbox, post);
  const inbound = inboundQueue(post, store);
  const send = sendingRadio(options, post, result, store);

  native.onmessage = (event: MessageEvent) => {
    // When the call reached the bridge, before the double's own bookkeeping.
    const receivedAt = performance.timeOrigin + performance.now();
    const parsed = parseBridgeRequest(String(event.data));
    if (!parsed.ok) {
      if (parsed.id)
        post({
          id: parsed.id,
          type: 'result',
          success: false,
          error: { code: parsed.code, message: parsed.message },
        });
      return;
    }
    const request = parsed.request;
    switch (request.type) {
      case 'capabilities': {
        // The can* flags reflect the granted permissions, as the contract says.
        const sms = (options.smsPermissions ?? 'granted') === 'granted';
        return result(request.id, {
          bridgeVersion: 1,
          platform: 'android',
          canSend: sms,
          canReadInbox: sms,
          canReceive: sms,
          canReadContacts: options.contacts !== undefined,
          smsPermissions: options.smsPermissions ?? 'granted',
        });
      }
      case 'listSims':
        return result(request.id, { sims: options.sims ?? [{ id: 1, slot: 0, carrier: 'Test Carrier' }] });
      case 'send': {
        const { simId } = request.payload;
        // As SimChoice.java: an explicit SIM must be one of the active ones, never another instead.
        if (simId !== undefined && options.sims && !options.sims.some((sim) => sim.id === simId))
          return post({
            id: request.id,
            type: 'result',
            success: false,
            error: { code: 'no-sim', message: `SIM ${simId} is not active` },
          });
        return send(request, receivedAt);
      }
      case 'readInbox': {
        const { afterId, limit } = request.payload;
        const rows = store
          .rows()
          .filter((r) => r.id > afterId)
          .sort((a, b) => a.id - b.id);
        const page = rows.slice(0, limit);
        const last = page.at(-1)?.id ?? afterId;
        return result(request.id, { messages: page, nextAfterId: last, done: rows.length <= limit });
      }
      case 'listInboxIds': {
        const { afterId, limit } = request.payload;
        const ids = store
          .rows()
          .map((r) => r.id)
          .filter((id) => id > afterId)
          .sort((a, b) => a - b);
        const page = ids.slice(0, limit);
        return result(request.id, {
          ids: page,
          nextAfterId: page.at(-1) ?? afterId,
          done: ids.length <= limit,
        });
      }
      case 'lookupContacts': {
        if (!options.contacts)
          return post({
            id: request.id,
            type: 'result',
            success: false,
            error: { code: 'permission-denied', message: 'READ_CONTACTS not granted' },
          });
        const asked = new Set(request.payload.numbers);
        return result(request.id, { contacts: options.contacts.filter((c) => asked.has(c.number)) });
      }
      case 'reportConnections':
        localStorage.setItem('bridge-double-connections', JSON.stringify(request.payload.computers));
        return result(request.id, {});
      case 'ackInbound':
        return result(request.id, inbound.ack(request.payload.queueIds));
    }
  };

  (globalThis as { bridgeDoubleReceive?: (from: string, body: string) => string }).bridgeDoubleReceive =
    inbound.receive;

  // The person using the phone itself: a text sent from its own SMS app, or one deleted there.
  const hooks = globalThis as {
    bridgeDoublePhoneAppSends?: (to: string, body: string) => number;
    bridgeDoubleDeleteSms?: (rowId: number) => void;
    bridgeDoubleStore?: () => InboxRow[];
  };
  hooks.bridgeDoublePhoneAppSends = (to, body) =>
    store.write({ box: 'sent', address: to, body, date: Date.now(), read: true });
  hooks.bridgeDoubleDeleteSms = (rowId) => store.save(store.rows().filter((r) => r.id !== rowId));
  hooks.bridgeDoubleStore = () => store.rows();

  // The next load is after a crash: radio results still owed to texts that were only dispatched are lost.
  (globalThis as { bridgeDoubleCrash?: () => void }).bridgeDoubleCrash = crashOnNextLoad;

  // Android posts the port after onPageFinished, to the PWA's origin only, then hands the new page
  // every received text no page acknowledged (a reload before the ack loses nothing).
  window.addEventListener('load', () => {
    window.postMessage(BRIDGE_HANDSHAKE, location.origin, [page]);
    inbound.attach();
  });
}

(globalThis as { installBridgeDouble?: typeof install }).installBridgeDouble = install;
