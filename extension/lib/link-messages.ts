import type { ComputerLink } from './computer-link';
import { isRuntimeMessage } from './runtime-messages';

/** What the link's document does with the popup's runtime messages (unpair, the SAS answer). */
export function linkMessageListener(link: Pick<ComputerLink, 'unpair' | 'confirmSas'>) {
  return (message: unknown): undefined => {
    if (isRuntimeMessage(message) && message.peertext === 'unpair') void link.unpair();
    if (isRuntimeMessage(message) && message.peertext === 'sas') link.confirmSas(message.matches);
    return undefined;
  };
}
