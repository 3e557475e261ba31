// Remix route: /login — redirects back to where the visitor came from.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, useSearchParams } from '@remix-run/react';
import { authenticator, commitUserSession } from '~/auth.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await authenticator.isAuthenticated(request);
  if (user) {
    const next = new URL(request.url).searchParams.get('next') ?? '/dashboard';
    return redirect(next); // expect: open-redirect
  }
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const user = await authenticator.authenticate('form', request.clone());
  const redirectTo = String(form.get('redirectTo') || '/dashboard');
  return redirect(redirectTo, { // expect: open-redirect
    headers: { 'Set-Cookie': await commitUserSession(request, user) },
  });
}

export default function Login() {
  const [params] = useSearchParams();
  return (
    <Form method="post">
      <input type="hidden" name="redirectTo" value={params.get('next') ?? '/dashboard'} />
      <input type="email" name="email" required />
      <input type="password" name="password" required />
      <button type="submit">Sign in</button>
    </Form>
  );
}
