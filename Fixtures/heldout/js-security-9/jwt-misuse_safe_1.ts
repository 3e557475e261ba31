import { readFileSync } from 'node:fs';
import { Room, Client } from 'colyseus';
import jwt from 'jsonwebtoken';
import { loadProfile } from './profiles';

const PUBLIC_KEY = readFileSync(process.env.GAME_JWT_PUBLIC_KEY ?? '/etc/game/jwt.pub');

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
    const claims = jwt.verify(options.token, PUBLIC_KEY, {
      algorithms: ['RS256'],
      audience: 'ranked-rooms',
    }) as PlayerClaims;
    if (claims.rank < 10) {
      throw new Error('ranked rooms need rank 10');
    }
    return loadProfile(claims.sub);
  }
}
