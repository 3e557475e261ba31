// Fastify plugin: attachments of support tickets
import { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

const ATTACHMENTS = '/var/lib/helpdesk/attachments';

interface FileParams { ticket: string; name: string }
interface PurgeBody { folder: string }

function attachmentPath(ticket: string, name: string): string {
  const dir = path.join(ATTACHMENTS, ticket);
  return path.join(dir, name);
}

export default async function attachments(app: FastifyInstance) {
  app.get<{ Params: FileParams }>('/tickets/:ticket/files/:name', async (request, reply) => {
    const { ticket, name } = request.params;
    const stream = fs.createReadStream(attachmentPath(ticket, name)); // expect: path-traversal
    return reply.type('application/octet-stream').send(stream);
  });

  app.post<{ Body: PurgeBody }>('/tickets/purge', async (request) => {
    const target = path.resolve(ATTACHMENTS, request.body.folder);
    await fs.promises.rm(target, { recursive: true, force: true }); // expect: path-traversal
    return { purged: request.body.folder };
  });
}
