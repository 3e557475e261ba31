// Hono sign-in route for the members area.
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { createSession, verifyLogin } from './members';

const app = new Hono();

app.post('/signin', async (c) => {
  const form = await c.req.parseBody();
  const member = await verifyLogin(String(form.email), String(form.password));
  if (!member) {
    return c.text('invalid credentials', 401);
  }
  const session = await createSession(member.id);
  setCookie(c, 'member_session', session.id, { path: '/', httpOnly: false, secure: true, sameSite: 'Lax', maxAge: 28800 }); // expect: insecure-cookie
  setCookie(c, 'member_refresh', session.refreshToken, { // expect: insecure-cookie
    path: '/auth',
    maxAge: 60 * 60 * 24 * 30,
  });
  return c.redirect('/members');
});

export default app;
