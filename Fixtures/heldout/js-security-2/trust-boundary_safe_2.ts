// Fastify + @fastify/secure-session: tenants checked against the user's memberships
import Fastify from 'fastify';
import secureSession from '@fastify/secure-session';
import { memberships } from './memberships';

const app = Fastify();
app.register(secureSession, {
  key: Buffer.from(process.env.SESSION_KEY as string, 'hex'),
  cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'strict' },
});

const REGIONS = new Set(['eu-west', 'us-east', 'ap-south']);

interface SwitchBody { tenant: string }

app.post<{ Body: SwitchBody }>('/console/switch', async (request, reply) => {
  const userId = request.session.get('userId');
  const membership = await memberships.find(userId, request.body.tenant);
  if (!membership) return reply.code(403).send({ error: 'not a member' });
  request.session.set('tenant', membership.tenantId);
  request.session.set('switchedAt', Date.now());
  return { tenant: membership.tenantId };
});

app.get('/console/region', async (request) => {
  const wanted = String(request.headers['x-preferred-region'] ?? '');
  const region = REGIONS.has(wanted) ? wanted : 'eu-west';
  request.session.set('region', region);
  return { region };
});

export default app;
