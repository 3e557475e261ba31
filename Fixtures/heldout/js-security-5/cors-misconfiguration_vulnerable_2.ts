// Hono API for the browser extension; credentials are cookies set by the main site.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { getCookie } from 'hono/cookie';
import { savedItemsFor } from './items';

const app = new Hono();

app.use('/api/*', cors({
  origin: (origin) => origin, // expect: cors-misconfiguration
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
