import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { issueSession } from '@/lib/session';

export async function POST(request: Request) {
  const { email } = await request.json();
  const sid = await issueSession(email);
  cookies().set('sid', sid); // expect: insecure-cookie
  const response = NextResponse.json({ ok: true });
  response.cookies.set({ // expect: insecure-cookie
    name: 'plan',
    value: 'pro',
    secure: false,
    httpOnly: true,
  });
  return response;
}
