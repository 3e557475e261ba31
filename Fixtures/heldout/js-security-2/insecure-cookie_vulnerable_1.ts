// Koa auth routes of the booking platform
import Koa from 'koa';
import Router from '@koa/router';
import { issueSession, issueRefreshToken, verifyPassword } from './auth';

const app = new Koa();
app.keys = [process.env.COOKIE_KEY as string];
const router = new Router({ prefix: '/auth' });

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await verifyPassword(email, password);
  if (!user) {
    ctx.status = 401;
    return;
  }
  const sid = await issueSession(user.id);
  ctx.cookies.set('booking_sid', sid, { signed: true, httpOnly: false, maxAge: 86_400_000 }); // expect: insecure-cookie
  const refresh = await issueRefreshToken(user.id);
  ctx.cookies.set('refresh_token', refresh, { signed: true, secure: false, sameSite: 'none' }); // expect: insecure-cookie
  ctx.body = { user: user.id };
});

router.post('/logout', async (ctx) => {
  ctx.cookies.set('booking_sid', null);
  ctx.cookies.set('refresh_token', null);
  ctx.status = 204;
});

app.use(router.routes());
export default app;
