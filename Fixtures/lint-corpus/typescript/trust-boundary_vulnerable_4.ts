// Remix action: the checkout step keeps the visitor's choices in the cookie session.
import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { commitSession, getSession } from '~/sessions.server';

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  const form = await request.formData();
  session.set('discountCode', String(form.get('discount') ?? '')); // expect: trust-boundary
  return redirect('/checkout/pay', { headers: { 'Set-Cookie': await commitSession(session) } });
}
