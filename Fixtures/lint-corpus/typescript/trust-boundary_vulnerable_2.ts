// Fastify back office: the workspace a user picked is kept in the secure session
import Fastify from 'fastify';
import secureSession from '@fastify/secure-session';

const server = Fastify();
server.register(secureSession, { secret: process.env.COOKIE_SECRET as string, salt: 'f9a1c3e5b7d20468' });

server.post<{ Body: { workspace: string; role?: string } }>('/workspace', async (request) => {
  const { workspace, role } = request.body;
  request.session.set('workspace', workspace); // expect: trust-boundary
  if (role) request.session.set('role', role); // expect: trust-boundary
  return { workspace };
});

export default server;
