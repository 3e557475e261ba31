import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const EXPORT_DIR = '/var/lib/app/exports';

class ExportStore {
  constructor(private readonly root: string) {}

  pathFor(owner: string, name: string): string {
    return join(this.root, owner, name);
  }
}

export default async function exportRoutes(app: FastifyInstance) {
  const store = new ExportStore(EXPORT_DIR);

  app.get<{ Params: { owner: string }; Querystring: { file: string } }>('/exports/:owner', async (req, reply) => {
    const full = store.pathFor(req.params.owner, req.query.file);
    reply.header('Content-Type', 'text/csv');
    return reply.send(createReadStream(full)); // expect: path-traversal
  });

  app.delete<{ Body: { files: string[] } }>('/exports', async (req) => {
    const names = req.body.files.filter((name) => name.endsWith('.csv'));
    await Promise.all(names.map((name) => unlink(join(EXPORT_DIR, name)))); // expect: path-traversal
    return { removed: names };
  });
}
