/**
 * Wire strings of the PeerJS server protocol, as the stock `peerjs` 1.5 client expects them
 * (its `ServerMessageType`), plus the errors this server adds.
 */
export const MessageType = {
  OPEN: 'OPEN',
  LEAVE: 'LEAVE',
  CANDIDATE: 'CANDIDATE',
  OFFER: 'OFFER',
  ANSWER: 'ANSWER',
  EXPIRE: 'EXPIRE',
  HEARTBEAT: 'HEARTBEAT',
  ID_TAKEN: 'ID-TAKEN',
  ERROR: 'ERROR',
} as const;

export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** `payload.msg` of ERROR messages. The first four are the upstream server's exact texts. */
export const ErrorText = {
  INVALID_KEY: 'Invalid key provided',
  INVALID_WS_PARAMETERS: 'No id, token, or key supplied to websocket server',
  CONNECTION_LIMIT_EXCEED: 'Server has reached its concurrent user limit',
  ID_TAKEN: 'ID is taken',
  TOO_MANY_CONNECTIONS: 'Too many connections from this address',
  INVALID_MESSAGE: 'Invalid message',
  FRAME_TOO_LARGE: 'Message too large',
  FORGED_SRC: 'Forged src',
  TOO_MANY_MESSAGES: 'Too many messages from this address',
} as const;

/** What a client sends, once parsed; fields other than `type` are unchecked until used. */
export interface ClientMessage {
  type: string;
  src?: unknown;
  dst?: unknown;
  payload?: unknown;
}

/** A message on its way to `dst`, with `src` filled in by the server, never by the client. */
export interface RelayMessage {
  type: MessageType;
  src: string;
  dst: string;
  payload?: unknown;
}
