import type { ComputerEndpoint } from './computer-endpoint';
import { runtimeMessageListener, type UnpairAnswer } from './runtime-messages';
import { signalingUrl } from './server-setting';

/**
 * What the endpoint's document does with the popup's runtime messages (unpair, the SAS answer).
 * Unpair is answered, so the popup can tell the person when it did not happen; the polyfill sends a
 * listener's promise back as the reply.
 */
export function endpointMessageListener(
  endpoint: Pick<ComputerEndpoint, 'unpair' | 'confirmSas' | 'useServer'>,
) {
  return runtimeMessageListener({
    unpair: (message) => answerUnpair(endpoint, message.removeTexts === true),
    sas: (message) => endpoint.confirmSas(message.matches),
    'server-changed': async () => {
      endpoint.useServer(await signalingUrl());
      return true as const;
    },
  });
}

async function answerUnpair(
  endpoint: Pick<ComputerEndpoint, 'unpair'>,
  removeTexts: boolean,
): Promise<UnpairAnswer> {
  try {
    await endpoint.unpair(removeTexts);
    return { ok: true };
  } catch (error) {
    console.error('PeerText: unpair failed', error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
