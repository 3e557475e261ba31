// SvelteKit (src/routes/login/+page.server.ts): sign-in action setting the session cookies.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { createSession, verifyPassword } from '$lib/server/auth';

const WEEK = 60 * 60 * 24 * 7;

export const actions: Actions = {
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const user = await verifyPassword(String(form.get('email')), String(form.get('password')));
    if (!user) return fail(401, { message: 'Invalid credentials' });
    const session = await createSession(user.id);
    cookies.set('session', session.token, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: WEEK }); // expect: insecure-cookie
    cookies.set('refresh', session.refreshToken, { // expect: insecure-cookie
      path: '/auth/refresh',
      httpOnly: true,
      secure: false,
      maxAge: WEEK * 4,
    });
    throw redirect(303, '/');
  },
};
