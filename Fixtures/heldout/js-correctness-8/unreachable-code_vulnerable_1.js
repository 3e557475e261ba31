import { json, redirect } from '@remix-run/node';
import { getSession, commitSession } from '../sessions.server';
import { findVoucher, redeemVoucher } from '../models/voucher.server';

export async function loader({ request }) {
  const session = await getSession(request.headers.get('Cookie'));
  return json({ flash: session.get('flash') || null }, { headers: { 'Set-Cookie': await commitSession(session) } });
}

export async function action({ request }) {
  const form = await request.formData();
  const code = String(form.get('code') || '').trim().toUpperCase();
  const session = await getSession(request.headers.get('Cookie'));
  const voucher = await findVoucher(code);
  if (!voucher || voucher.redeemedAt) {
    session.flash('flash', 'That code is not valid');
    return redirect('/vouchers', { headers: { 'Set-Cookie': await commitSession(session) } });
    session.unset('voucher'); // expect: unreachable-code
  }
  await redeemVoucher(voucher.id, session.get('userId'));
  session.flash('flash', `Redeemed ${voucher.value} credits`);
  return redirect('/account', { headers: { 'Set-Cookie': await commitSession(session) } });
}
