import { type WebSocket, WebSocketServer } from 'ws';

/**
 * The floor bench/signaling.ts measures our server against: a bare `ws` relay that sends OPEN on
 * connect and forwards each message to the peer named by its `dst`, and does nothing else (no key
 * check, no limits, no queue, no heartbeat). Run as its own process: `PORT=… node --import tsx …`.
 */
const port = Number(process.env['PORT'] || 0);
const peers = new Map<string, WebSocket>();
// ws's own defaults (permessage-deflate off on the server side), as our server gets them.
const wss = new WebSocketServer({ port, host: '127.0.0.1' });

wss.on('connection', (ws, request) => {
  const id = new URL(request.url ?? '/', 'http://x').searchParams.get('id') ?? '';
  peers.set(id, ws);
  ws.send('{"type":"OPEN"}');
  ws.on('message', (data) => {
    const text = String(data);
    const { dst } = JSON.parse(text) as { dst?: string };
    if (dst) peers.get(dst)?.send(text);
  });
  ws.on('close', () => {
    if (peers.get(id) === ws) peers.delete(id);
  });
});

wss.on('listening', () => console.log(`listening on ${port}`));
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
