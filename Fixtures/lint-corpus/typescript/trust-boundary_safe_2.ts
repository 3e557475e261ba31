// Fastify back office: the session holds what the server looked up
import Fastify from 'fastify';
import secureSession from '@fastify/secure-session';
import { workspaces } from './db';

const server = Fastify();
server.register(secureSession, { secret: process.env.COOKIE_SECRET as string, salt: 'f9a1c3e5b7d20468' });

server.post<{ Body: { workspace: string } }>('/workspace', async (request, reply) => {
  const found = await workspaces.findBySlug(String(request.body.workspace));
  if (!found) return reply.code(404).send();
  request.session.set('workspaceId', found.id);
  request.session.set('plan', found.plan);
  return { workspace: found.slug };
});

export default server;
