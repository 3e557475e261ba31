import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';
import Koa from 'koa';
import koaCors from '@koa/cors';

const ADMIN_ORIGINS = ['https://admin.example.com'];

export async function buildApi() {
  const app = Fastify({ logger: true });
  await app.register(fastifyCors, {
    origin: [/^https:\/\/([a-z0-9-]+\.)?example\.com$/],
    credentials: true,
    methods: ['GET', 'POST', 'DELETE'],
  });
  app.get('/api/session', async () => ({ user: 'ada' }));
  return app;
}

export function buildPublicFeed(): Koa {
  const feed = new Koa();
  feed.use(koaCors({ origin: '*' }));
  feed.use(async (ctx) => {
    ctx.body = { items: [] };
  });
  return feed;
}

export function buildAdmin(): Koa {
  const admin = new Koa();
  admin.use(koaCors({
    origin: (ctx) => (ADMIN_ORIGINS.includes(ctx.get('Origin')) ? ctx.get('Origin') : ''),
    credentials: true,
  }));
  admin.use(async (ctx) => {
    ctx.body = { admin: true };
  });
  return admin;
}
