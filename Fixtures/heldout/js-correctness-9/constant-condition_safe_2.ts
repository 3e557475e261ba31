import { Room, Client } from 'colyseus';
import { Schema, MapSchema, type } from '@colyseus/schema';

class Player extends Schema {
  @type('number') x = 0;
  @type('number') y = 0;
  @type('boolean') ready = false;
}

class LobbyState extends Schema {
  @type({ map: Player }) players = new MapSchema<Player>();
  @type('string') phase = 'waiting';
}

export class LobbyRoom extends Room<LobbyState> {
  maxClients = 8;

  onCreate(options: { autoStart?: boolean }) {
    this.setState(new LobbyState());
    this.onMessage('move', (client, message: { x: number; y: number }) => {
      const player = this.state.players.get(client.sessionId);
      if (player) {
        player.x = message.x;
        player.y = message.y;
      }
    });
    this.onMessage('ready', (client) => {
      const player = this.state.players.get(client.sessionId);
      if (player) {
        player.ready = true;
      }
      const everyone = [...this.state.players.values()];
      if ((everyone.length >= 2 && everyone.every((p) => p.ready)) || options.autoStart === true) {
        this.state.phase = 'playing';
        this.lock();
      }
    });
  }

  onJoin(client: Client) {
    this.state.players.set(client.sessionId, new Player());
  }

  onLeave(client: Client) {
    this.state.players.delete(client.sessionId);
  }
}
