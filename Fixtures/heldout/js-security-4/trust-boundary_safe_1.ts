// Remix route: /login — only the verified user id and server-side values go into the session.
import type { ActionFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { verifyLogin } from '~/models/user.server';
import { commitSession, getSession } from '~/sessions.server';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const user = await verifyLogin(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
  if (!user) {
    return json({ error: 'Invalid email or password' }, { status: 400 });
  }
  const session = await getSession(request.headers.get('Cookie'));
  session.set('userId', user.id);
  session.set('role', user.role);
  session.set('loggedInAt', Date.now());
  return redirect('/', { headers: { 'Set-Cookie': await commitSession(session) } });
}
