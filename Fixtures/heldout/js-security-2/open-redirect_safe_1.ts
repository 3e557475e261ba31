// app/api/auth/callback/route.ts -- SSO callback, redirects stay on this origin
import { cookies } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { exchangeCode } from '@/lib/sso';

function sameOrigin(raw: string | null, request: NextRequest): URL {
  const fallback = new URL('/', request.url);
  if (!raw) return fallback;
  const candidate = new URL(raw, request.url);
  return candidate.origin === request.nextUrl.origin ? candidate : fallback;
}

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const code = searchParams.get('code');
  if (!code) {
    return NextResponse.redirect(new URL('/login?error=missing_code', request.url));
  }
  const session = await exchangeCode(code);
  cookies().set('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  return NextResponse.redirect(sameOrigin(searchParams.get('callbackUrl'), request));
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  cookies().delete('sid');
  return NextResponse.redirect(sameOrigin(String(form.get('returnTo') || '/'), request), 303);
}
