// ws RPC for a desktop companion app: JSON messages validated with zod.
import { WebSocketServer, type RawData } from 'ws';
import { z } from 'zod';

const SyncMessage = z.object({
  device: z.string().min(1).max(64),
  state: z.object({ cursor: z.number().int().nonnegative(), selection: z.array(z.string()).max(500) }),
});

type SyncState = z.infer<typeof SyncMessage>['state'];

const states = new Map<string, SyncState>();

function decode(raw: RawData) {
  return SyncMessage.parse(JSON.parse(raw.toString()));
}

const wss = new WebSocketServer({ port: Number(process.env.SYNC_PORT ?? 8084) });

wss.on('connection', (socket) => {
  socket.on('message', (raw) => {
    const { device, state } = decode(raw);
    states.set(device, state);
    socket.send(JSON.stringify({ ack: device, cursor: state.cursor }));
  });
});
