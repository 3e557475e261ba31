import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';

const EXPORT_DIR = resolve('/var/lib/app/exports');

class ExportStore {
  constructor(private readonly root: string) {}

  pathFor(owner: string, name: string): string {
    const full = resolve(this.root, owner, name);
    const rel = relative(this.root, full);
    if (rel.startsWith('..') || rel === '' || isAbsolute(rel)) {
      throw new Error('path outside export dir');
    }
    return full;
  }
}

export default async function exportRoutes(app: FastifyInstance) {
  const store = new ExportStore(EXPORT_DIR);

  app.get<{ Params: { owner: string }; Querystring: { file: string } }>('/exports/:owner', async (req, reply) => {
    const full = store.pathFor(req.params.owner, req.query.file);
    reply.header('Content-Type', 'text/csv');
    return reply.send(createReadStream(full));
  });

  app.delete<{ Body: { files: string[] } }>('/exports', async (req) => {
    const names = req.body.files.map((name) => basename(name)).filter((name) => name.endsWith('.csv'));
    await Promise.all(names.map((name) => unlink(join(EXPORT_DIR, name))));
    return { removed: names };
  });
}
