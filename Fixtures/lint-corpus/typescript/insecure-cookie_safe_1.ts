import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { issueSession } from '@/lib/session';

export async function POST(request: Request) {
  const { email } = await request.json();
  const sid = await issueSession(email);
  cookies().set('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  const response = NextResponse.json({ ok: true });
  response.cookies.set({ name: 'sid', value: sid, httpOnly: true, secure: true, sameSite: 'strict' });
  return response;
}
