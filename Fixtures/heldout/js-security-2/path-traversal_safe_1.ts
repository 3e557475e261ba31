// Fastify plugin: attachments of support tickets, contained in the attachments root
import { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

const ATTACHMENTS = path.resolve('/var/lib/helpdesk/attachments');

interface FileParams { ticket: string; name: string }
interface PurgeBody { folder: string }

function inside(...parts: string[]): string | null {
  const full = path.resolve(ATTACHMENTS, ...parts);
  return full.startsWith(ATTACHMENTS + path.sep) ? full : null;
}

export default async function attachments(app: FastifyInstance) {
  app.get<{ Params: FileParams }>('/tickets/:ticket/files/:name', async (request, reply) => {
    const { ticket, name } = request.params;
    const full = inside(ticket, name);
    if (full === null) return reply.code(404).send();
    return reply.type('application/octet-stream').send(fs.createReadStream(full));
  });

  app.post<{ Body: PurgeBody }>('/tickets/purge', async (request, reply) => {
    const ticketId = Number.parseInt(request.body.folder, 10);
    if (!Number.isSafeInteger(ticketId)) return reply.code(400).send();
    await fs.promises.rm(path.join(ATTACHMENTS, String(ticketId)), { recursive: true, force: true });
    return { purged: ticketId };
  });
}
