import { Room, Client } from 'colyseus';
import jwt from 'jsonwebtoken';
import { loadProfile } from './profiles';

interface PlayerClaims {
  sub: string;
  name: string;
  rank: number;
}

export class RankedRoom extends Room {
  maxClients = 2;

  async onAuth(client: Client, options: { token?: string }) {
    if (!options.token) {
      throw new Error('missing token');
    }
    const claims = jwt.decode(options.token) as PlayerClaims | null; // expect: jwt-misuse
    if (!claims || claims.rank < 10) {
      throw new Error('ranked rooms need rank 10');
    }
    return loadProfile(claims.sub);
  }

  onJoin(client: Client, options: unknown, profile: { name: string }) {
    this.broadcast('joined', profile.name);
  }
}
