// Koa auth routes of the booking platform, hardened cookies
import Koa from 'koa';
import Router from '@koa/router';
import { issueSession, issueRefreshToken, verifyPassword } from './auth';

const app = new Koa();
app.keys = [process.env.COOKIE_KEY as string];
const router = new Router({ prefix: '/auth' });

const SESSION_COOKIE = { signed: true, httpOnly: true, secure: true, sameSite: 'lax' as const };

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await verifyPassword(email, password);
  if (!user) {
    ctx.status = 401;
    return;
  }
  ctx.cookies.set('booking_sid', await issueSession(user.id), { ...SESSION_COOKIE, maxAge: 86_400_000 });
  const refresh = await issueRefreshToken(user.id);
  ctx.cookies.set('refresh_token', refresh, { signed: true, httpOnly: true, secure: true, sameSite: 'strict', path: '/auth/refresh' });
  ctx.body = { user: user.id };
});

router.post('/logout', async (ctx) => {
  ctx.cookies.set('booking_sid', null, SESSION_COOKIE);
  ctx.status = 204;
});

app.use(router.routes());
export default app;
