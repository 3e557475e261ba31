// Fastify + @fastify/secure-session: multi-tenant admin console
import Fastify from 'fastify';
import secureSession from '@fastify/secure-session';

const app = Fastify();
app.register(secureSession, {
  key: Buffer.from(process.env.SESSION_KEY as string, 'hex'),
  cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'strict' },
});

interface SwitchBody { tenant: string; impersonate?: string }

app.post<{ Body: SwitchBody }>('/console/switch', async (request) => {
  const { tenant, impersonate } = request.body;
  request.session.set('tenant', tenant); // expect: trust-boundary
  if (impersonate) {
    request.session.set('actingAs', impersonate); // expect: trust-boundary
  }
  return { tenant };
});

app.get('/console/region', async (request) => {
  const region = request.headers['x-preferred-region'];
  request.session.set('region', region); // expect: trust-boundary
  return { region };
});

export default app;
