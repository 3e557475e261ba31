// SvelteKit sign-in action and a hand-written cookie header, both with every flag.
import type { Actions } from './$types';
import type { Response } from 'express';

export const actions: Actions = {
  default: async ({ cookies, locals }) => {
    cookies.set('session', locals.token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  },
};

export function remember(res: Response, token: string): void {
  res.setHeader('Set-Cookie', `remember=${token}; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax`);
}

export function forget(res: Response): void {
  res.setHeader('Set-Cookie', 'remember=; Path=/; Max-Age=0');
}
