// middleware.ts -- Next.js edge middleware guarding the dashboard (jose)
import { decodeJwt, UnsecuredJWT } from 'jose';
import { NextRequest, NextResponse } from 'next/server';

export function middleware(request: NextRequest) {
  const token = request.cookies.get('session')?.value;
  if (!token) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
  const claims = decodeJwt(token); // expect: jwt-misuse
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
  const headers = new Headers(request.headers);
  headers.set('x-user-id', String(claims.sub));
  return NextResponse.next({ request: { headers } });
}

export function previewToken(userId: string): string {
  return new UnsecuredJWT({ sub: userId, preview: true }).setExpirationTime('10m').encode(); // expect: jwt-misuse
}

export const config = { matcher: ['/dashboard/:path*'] };
