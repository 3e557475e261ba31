// app/api/auth/callback/route.ts -- finishes the SSO flow (Next.js App Router)
import { cookies } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { exchangeCode } from '@/lib/sso';

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const code = searchParams.get('code');
  const callbackUrl = searchParams.get('callbackUrl') ?? '/';
  if (!code) {
    return NextResponse.redirect(new URL('/login?error=missing_code', request.url));
  }
  const session = await exchangeCode(code);
  cookies().set('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  return NextResponse.redirect(callbackUrl); // expect: open-redirect
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const target = String(form.get('returnTo') || '/');
  cookies().delete('sid');
  return NextResponse.redirect(new URL(target, request.url), 303); // expect: open-redirect
}
