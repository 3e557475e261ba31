// Remix action: only what the server looked up goes into the session.
import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { findDiscount } from '~/models/discount.server';
import { commitSession, getSession } from '~/sessions.server';

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  const form = await request.formData();
  const discount = await findDiscount(String(form.get('discount') ?? ''));
  if (discount) session.set('discountPercent', discount.percent);
  return redirect('/checkout/pay', { headers: { 'Set-Cookie': await commitSession(session) } });
}
