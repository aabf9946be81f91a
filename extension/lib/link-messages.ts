import type { ComputerLink } from './computer-link';
import { runtimeMessageListener, type UnpairAnswer } from './runtime-messages';

/**
 * What the link's document does with the popup's runtime messages (unpair, the SAS answer). Unpair
 * is answered, so the popup can tell the person when it did not happen; the polyfill sends a
 * listener's promise back as the reply.
 */
export function linkMessageListener(link: Pick<ComputerLink, 'unpair' | 'confirmSas'>) {
  return runtimeMessageListener({
    unpair: () => answerUnpair(link),
    sas: (message) => link.confirmSas(message.matches),
  });
}

async function answerUnpair(link: Pick<ComputerLink, 'unpair'>): Promise<UnpairAnswer> {
  try {
    await link.unpair();
    return { ok: true };
  } catch (error) {
    console.error('PeerText: unpair failed', error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
