// Hono API for the browser extension with an origin allow-list.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { getCookie } from 'hono/cookie';
import { savedItemsFor } from './items';

const app = new Hono();
const EXTENSION_ORIGINS = (process.env.EXTENSION_ORIGINS ?? '').split(',').filter(Boolean);

app.use('/api/*', cors({
  origin: EXTENSION_ORIGINS,
  credentials: true,
  allowMethods: ['GET', 'POST', 'DELETE'],
}));

app.get('/api/saved', async (c) => {
  const session = getCookie(c, 'session');
  if (!session) {
    return c.json({ error: 'signed out' }, 401);
  }
  return c.json(await savedItemsFor(session));
});

export default app;
