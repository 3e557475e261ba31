// Astro endpoint: sign-in sets the session cookies with every flag.
import type { APIRoute } from 'astro';
import { createSession, verifyLogin } from '../../lib/members';

const COOKIE_FLAGS = { path: '/', httpOnly: true, secure: true, sameSite: 'strict' as const };

export const POST: APIRoute = async ({ request, cookies, redirect }) => {
  const form = await request.formData();
  const member = await verifyLogin(String(form.get('email')), String(form.get('password')));
  if (!member) {
    return new Response('invalid credentials', { status: 401 });
  }
  const session = await createSession(member.id);
  cookies.set('member_session', session.id, { ...COOKIE_FLAGS, maxAge: 28800 });
  cookies.set('member_refresh', session.refreshToken, { ...COOKIE_FLAGS, path: '/auth', maxAge: 2592000 });
  return redirect('/members', 303);
};
