// SvelteKit form action (src/routes/login/+page.server.ts): only same-site paths are honoured.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { signIn } from '$lib/server/auth';

function localPath(candidate: string | null): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
    return '/account';
  }
  const parsed = new URL(candidate, 'https://placeholder.invalid');
  if (parsed.origin !== 'https://placeholder.invalid') {
    return '/account';
  }
  return parsed.pathname + parsed.search;
}

export const actions: Actions = {
  default: async ({ request, url, cookies }) => {
    const form = await request.formData();
    const ok = await signIn(cookies, String(form.get('email')), String(form.get('password')));
    if (!ok) return fail(401, { message: 'Invalid credentials' });
    throw redirect(303, localPath(url.searchParams.get('redirectTo')));
  },
};
