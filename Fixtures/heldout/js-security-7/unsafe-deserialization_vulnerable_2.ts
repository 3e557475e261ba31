// ws RPC for a desktop companion app: state sync messages arrive serialised.
import { WebSocketServer, type RawData } from 'ws';
import { unserialize } from 'node-serialize';

interface SyncState {
  cursor: number;
  selection: string[];
}

const states = new Map<string, SyncState>();

function decode(raw: RawData): { device: string; state: SyncState } {
  const text = raw.toString();
  return unserialize(text); // expect: unsafe-deserialization
}

const wss = new WebSocketServer({ port: Number(process.env.SYNC_PORT ?? 8084) });

wss.on('connection', (socket) => {
  socket.on('message', (raw) => {
    const { device, state } = decode(raw);
    states.set(device, state);
    socket.send(JSON.stringify({ ack: device, cursor: state.cursor }));
  });
});
