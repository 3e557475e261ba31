import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { createSessionToken, verifyPassword } from '@/lib/auth';

const SESSION_COOKIE = {
  httpOnly: true,
  secure: true,
  sameSite: 'lax' as const,
  path: '/',
  maxAge: 60 * 60 * 8,
};

export async function POST(request: Request) {
  const { email, password } = await request.json();
  const user = await verifyPassword(email, password);
  if (!user) {
    return NextResponse.json({ error: 'invalid credentials' }, { status: 401 });
  }
  cookies().set('session', await createSessionToken(user.id), SESSION_COOKIE);

  const response = NextResponse.json({ ok: true });
  response.cookies.set({ name: 'user_role', value: user.role, ...SESSION_COOKIE });
  return response;
}
