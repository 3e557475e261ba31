import { Elysia, t } from 'elysia';
import { verifyLogin } from './auth';

function localPath(candidate: string | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
    return '/dashboard';
  }
  const parsed = new URL(candidate, 'https://app.example.com');
  return parsed.origin === 'https://app.example.com' ? parsed.pathname + parsed.search : '/dashboard';
}

export const login = new Elysia().post(
  '/login',
  async ({ body, query, redirect, set }) => {
    const ok = await verifyLogin(body.email, body.password);
    if (!ok) {
      set.status = 401;
      return { error: 'invalid credentials' };
    }
    return redirect(localPath(query.next), 303);
  },
  {
    body: t.Object({ email: t.String(), password: t.String() }),
    query: t.Object({ next: t.Optional(t.String()) }),
  },
);
