import type { FastifyInstance } from 'fastify';
import serialize from 'serialize-javascript';
import { z } from 'zod';

const Draft = z.object({ title: z.string().max(200), blocks: z.array(z.record(z.unknown())).max(500) });

export default async function draftRoutes(app: FastifyInstance) {
  app.post('/drafts/restore', async (request, reply) => {
    const parsed = Draft.safeParse(JSON.parse(String(request.body)));
    if (!parsed.success) {
      return reply.code(400).send({ error: 'invalid draft' });
    }
    return { title: parsed.data.title, blocks: parsed.data.blocks.length };
  });

  app.get('/drafts/:id/bootstrap.js', async (request, reply) => {
    const { id } = request.params as { id: string };
    const state = { id: Number.parseInt(id, 10) || 0, savedAt: Date.now() };
    reply.type('application/javascript');
    return `window.__DRAFT__ = ${serialize(state, { isJSON: true })};`;
  });
}
