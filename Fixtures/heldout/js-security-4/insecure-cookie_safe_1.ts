// Nuxt server route /api/auth/login: session cookie with every flag set through h3's setCookie.
import { createError, defineEventHandler, readBody, setCookie } from 'h3';
import { createSession, verifyPassword } from '../../utils/auth';

const SESSION_COOKIE = {
  httpOnly: true,
  secure: true,
  sameSite: 'strict' as const,
  path: '/',
  maxAge: 60 * 60 * 8,
};

export default defineEventHandler(async (event) => {
  const { email, password } = await readBody<{ email: string; password: string }>(event);
  const user = await verifyPassword(email, password);
  if (!user) throw createError({ statusCode: 401, statusMessage: 'Invalid credentials' });
  const session = await createSession(user.id);
  setCookie(event, 'sid', session.token, SESSION_COOKIE);
  setCookie(event, 'sid_refresh', session.refreshToken, { ...SESSION_COOKIE, path: '/api/auth/refresh', maxAge: 60 * 60 * 24 * 30 });
  return { ok: true };
});
