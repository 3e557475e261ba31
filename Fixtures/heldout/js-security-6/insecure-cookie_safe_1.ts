import { Elysia, t } from 'elysia';
import { createSession, rotateRefresh } from './auth';

const HARDENED = { httpOnly: true, secure: true, sameSite: 'strict' as const };

export const auth = new Elysia({ prefix: '/auth' })
  .post(
    '/login',
    async ({ body, cookie: { sid, refresh } }) => {
      const session = await createSession(body.email, body.password);
      sid.set({ value: session.id, ...HARDENED, path: '/' });
      refresh.set({
        value: session.refreshToken,
        ...HARDENED,
        path: '/auth/refresh',
        maxAge: 60 * 60 * 24 * 30,
      });
      return { user: session.userId };
    },
    { body: t.Object({ email: t.String(), password: t.String() }) },
  )
  .post('/refresh', async ({ cookie: { refresh } }) => {
    const next = await rotateRefresh(String(refresh.value));
    return { expiresAt: next.expiresAt };
  });
