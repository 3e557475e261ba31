import Cryo from 'cryo';
import type { FastifyInstance } from 'fastify';

type Board = { title: string; cards: unknown[] };

export default async function boardRoutes(app: FastifyInstance) {
  app.post('/boards/import', async (request) => {
    const board = Cryo.parse(request.body as string) as Board; // expect: unsafe-deserialization
    return { title: board.title, cards: board.cards.length };
  });
}
