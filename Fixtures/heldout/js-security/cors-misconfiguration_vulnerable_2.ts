import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';
import Koa from 'koa';
import koaCors from '@koa/cors';

export async function buildApi() {
  const app = Fastify({ logger: true });
  await app.register(fastifyCors, {
    origin: '*', // expect: cors-misconfiguration
    credentials: true,
    methods: ['GET', 'POST', 'DELETE'],
  });
  app.get('/api/session', async () => ({ user: 'ada' }));
  return app;
}

export function buildAdmin(): Koa {
  const admin = new Koa();
  admin.use(koaCors({ origin: (ctx) => ctx.get('Origin'), credentials: true })); // expect: cors-misconfiguration
  admin.use(async (ctx) => {
    ctx.body = { admin: true };
  });
  return admin;
}
