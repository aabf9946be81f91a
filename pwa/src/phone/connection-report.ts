import type { NativeBridgeClient } from '../bridge/native-bridge-client';
import type { PhoneDb } from '../db/phone-db';
import { t } from '../i18n/translate';

/** The Android wrapper's notification names who is connected; it only hears when the set changes. */
export class ConnectionReport {
  private reported = '';

  constructor(
    private readonly db: PhoneDb,
    private readonly client: NativeBridgeClient,
  ) {}

  async send(connected: readonly string[]): Promise<void> {
    const computers = (await this.db.computers.bulkGet([...connected]))
      .flatMap((computer) => (computer ? [computer.name.trim().slice(0, 64) || t('computers.unnamed')] : []))
      .slice(0, 20);
    const key = JSON.stringify(computers);
    if (key === this.reported) return;
    this.reported = key;
    this.client.sendMessage('reportConnections', { computers }).catch((error: unknown) => {
      this.reported = '';
      console.warn('PeerText bridge: reportConnections', error);
    });
  }
}
