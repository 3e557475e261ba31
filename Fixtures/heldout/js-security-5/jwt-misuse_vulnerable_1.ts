// Hono middleware for the admin API; claims are read from the bearer token.
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { decode } from 'hono/jwt';
import { listTenants } from './tenants';

const requireAdmin = createMiddleware(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const token = header.replace(/^Bearer\s+/i, '');
  const { payload } = decode(token); // expect: jwt-misuse
  if (!Array.isArray(payload.roles) || !payload.roles.includes('admin')) {
    return c.json({ error: 'forbidden' }, 403);
  }
  c.set('adminId', String(payload.sub));
  await next();
});

const app = new Hono();
app.use('/admin/*', requireAdmin);
app.get('/admin/tenants', async (c) => c.json(await listTenants()));

export default app;
