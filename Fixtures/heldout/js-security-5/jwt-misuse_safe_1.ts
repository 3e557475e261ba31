// Hono middleware for the admin API; tokens are verified with a fixed algorithm.
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';
import { listTenants } from './tenants';

type Env = { Bindings: { ADMIN_JWT_SECRET: string }; Variables: { adminId: string } };

const requireAdmin = createMiddleware<Env>(async (c, next) => {
  const token = (c.req.header('Authorization') ?? '').replace(/^Bearer\s+/i, '');
  let payload;
  try {
    payload = await verify(token, c.env.ADMIN_JWT_SECRET, 'HS256');
  } catch {
    return c.json({ error: 'unauthorized' }, 401);
  }
  if (!Array.isArray(payload.roles) || !payload.roles.includes('admin')) {
    return c.json({ error: 'forbidden' }, 403);
  }
  c.set('adminId', String(payload.sub));
  await next();
});

const app = new Hono<Env>();
app.use('/admin/*', requireAdmin);
app.get('/admin/tenants', async (c) => c.json(await listTenants()));

export default app;
