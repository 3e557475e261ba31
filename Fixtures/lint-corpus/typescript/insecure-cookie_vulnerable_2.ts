// SvelteKit sign-in action and an Express-style handler writing the cookie header by hand.
import type { Actions } from './$types';
import type { Response } from 'express';

export const actions: Actions = {
  default: async ({ cookies, locals }) => {
    cookies.set('session', locals.token, { path: '/', httpOnly: false, secure: true, sameSite: 'lax' }); // expect: insecure-cookie
  },
};

export function remember(res: Response, token: string): void {
  res.setHeader('Set-Cookie', `remember=${token}; Path=/; Max-Age=2592000`); // expect: insecure-cookie
}
