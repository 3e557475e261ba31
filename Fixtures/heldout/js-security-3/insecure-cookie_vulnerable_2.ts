import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { createSessionToken, verifyPassword } from '@/lib/auth';

export async function POST(request: Request) {
  const { email, password } = await request.json();
  const user = await verifyPassword(email, password);
  if (!user) {
    return NextResponse.json({ error: 'invalid credentials' }, { status: 401 });
  }
  const token = await createSessionToken(user.id);
  cookies().set('session', token); // expect: insecure-cookie

  const response = NextResponse.json({ ok: true });
  response.cookies.set({ // expect: insecure-cookie
    name: 'user_role',
    value: user.role,
    httpOnly: false,
    path: '/',
    maxAge: 60 * 60 * 8,
  });
  return response;
}
