import type { Capabilities } from '@core/bridge/bridge-contract';
import { defaultCountry } from '@web/default-country';
import { liveQuery, type Subscription } from 'dexie';
import { NativeSmsBridge } from '../bridge/native-sms-bridge';
import type { BridgeKind, SmsBridge } from '../bridge/sms-bridge';
import type { PhoneDb } from '../db/phone-db';
import { t } from '../i18n/translate';
import { ContactNames } from '../sync/contact-names';
import { InboxSync } from '../sync/inbox-sync';
import { ConnectionReport } from './connection-report';
import type { PhoneSims } from './phone-sims';

export interface BridgeStatus {
  kind: BridgeKind | 'detecting';
  problem?: string;
  /** Android refused the SMS permissions without asking: restricted settings (pt-restricted-settings). */
  restricted?: boolean;
}

/** What the screen says about the wrapper's capabilities; undefined when all is well. */
export function nativeStatus(capabilities: Capabilities): BridgeStatus | undefined {
  if (capabilities.smsPermissions === 'restricted') {
    return { kind: 'native', problem: t('bridge.restricted'), restricted: true };
  }
  if (capabilities.canSend) return undefined;
  return { kind: 'native', problem: t('bridge.noSendPermission') };
}

/**
 * The SMS bridge the phone found, as the screen shows it; with the Android wrapper also what comes
 * through it: the inbox, contact names and the report of who is connected.
 */
export class PhoneBridge {
  status: BridgeStatus = { kind: 'detecting' };
  private report: ConnectionReport | undefined;
  private namesWatch: Subscription | undefined;

  constructor(
    private readonly db: PhoneDb,
    private readonly changed: () => void,
    /** The computers connected right now, by peer id. */
    private readonly connected: () => string[],
    /** Told which bridge lists the SIMs, so computers can offer them. */
    private readonly sims?: PhoneSims,
  ) {}

  use(bridge: SmsBridge): void {
    this.status = { kind: bridge.kind };
    this.changed();
    const native = bridge instanceof NativeSmsBridge ? bridge : undefined;
    void this.sims?.use(native && (async () => (await native.client.sendMessage('listSims')).sims));
    if (!(bridge instanceof NativeSmsBridge)) return;
    // Before anything else is awaited: texts the wrapper kept while no page listened come right away.
    void new InboxSync(this.db, bridge.client, defaultCountry())
      .catchUp()
      .catch((error: unknown) => console.error('PeerText inbox import:', error));
    this.report = new ConnectionReport(this.db, bridge.client);
    this.reportConnections();
    bridge.client.sendMessage('capabilities').then(
      (capabilities) => {
        if (capabilities.canReadContacts) this.lookUpNames(bridge);
        const status = nativeStatus(capabilities);
        if (!status) return;
        this.status = status;
        this.changed();
      },
      (error: unknown) => console.warn('PeerText bridge: capabilities', error),
    );
  }

  /** Tells the wrapper, if there is one, who is connected now. */
  reportConnections(): void {
    void this.report?.send(this.connected());
  }

  /** Names for threads, now and whenever a new thread appears (its address is new to the contacts check). */
  private lookUpNames(bridge: NativeSmsBridge): void {
    const names = new ContactNames(this.db, async (numbers) => {
      const { contacts } = await bridge.client.sendMessage('lookupContacts', { numbers });
      return contacts;
    });
    this.namesWatch?.unsubscribe();
    this.namesWatch = liveQuery(() => this.db.threads.count()).subscribe({
      next: () => void names.refresh().catch((error: unknown) => console.warn('PeerText contacts:', error)),
      error: (error: unknown) => console.warn('PeerText contacts: watching threads failed', error),
    });
  }
}
