import type {
  AckInboundResult,
  BridgeEvent,
  ListInboxIdsResult,
  ReadInboxResult,
} from '@core/bridge/bridge-contract';

/** A page of the phone's SMS store: the rows (or ids) after `afterId`, in id order. */
export type StorePage = { afterId: number; limit: number };

/** What the inbox needs of the native bridge: paging through the SMS store, events, and acknowledging them. */
export interface InboxSource {
  sendMessage(type: 'readInbox', payload: StorePage): Promise<ReadInboxResult>;
  sendMessage(type: 'listInboxIds', payload: StorePage): Promise<ListInboxIdsResult>;
  sendMessage(type: 'ackInbound', payload: { queueIds: number[] }): Promise<AckInboundResult>;
  subscribe(listener: (event: BridgeEvent) => void): () => void;
}
