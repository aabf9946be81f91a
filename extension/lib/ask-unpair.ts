import { i18n } from './i18n';
import { sendRuntimeMessage, type UnpairAnswer } from './runtime-messages';

const noLink = () => i18n.t('unpair.noLink');

/**
 * Asks the link's document to unpair (and remove the phone's texts here, if asked), and says whether it did. A message nobody received, or that
 * nobody answered, is a failure too: the person must not be left believing the phone was unpaired.
 * Failures are logged here, with the original error.
 */
export async function askToUnpair(removeTexts: boolean): Promise<UnpairAnswer> {
  let answer: UnpairAnswer | undefined;
  try {
    answer = await sendRuntimeMessage({ peertext: 'unpair', removeTexts });
  } catch (error) {
    console.error('PeerText: unpair message not delivered', error);
    return { ok: false, error: noLink() };
  }
  if (!answer) {
    // An answer that is not an unpair answer was logged by sendRuntimeMessage.
    console.error('PeerText: no link answered unpair');
    return { ok: false, error: noLink() };
  }
  if (!answer.ok) console.error('PeerText: the link could not unpair', answer.error);
  return answer;
}
