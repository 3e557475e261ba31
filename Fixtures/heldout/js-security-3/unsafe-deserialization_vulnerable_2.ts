import Cryo from 'cryo';
import type { FastifyInstance } from 'fastify';
import { unserialize } from 'node-serialize';

type Draft = { title: string; blocks: unknown[] };

export default async function draftRoutes(app: FastifyInstance) {
  app.addContentTypeParser('application/x-cryo', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.post('/drafts/restore', async (request) => {
    const draft = Cryo.parse(request.body as string) as Draft; // expect: unsafe-deserialization
    return { title: draft.title, blocks: draft.blocks.length };
  });

  app.get('/drafts/state', async (request) => {
    const header = request.headers['x-editor-state'];
    const state = header ? unserialize(String(header)) : {}; // expect: unsafe-deserialization
    return { keys: Object.keys(state) };
  });
}
