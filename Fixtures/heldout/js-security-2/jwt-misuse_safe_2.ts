// middleware.ts -- Next.js edge middleware guarding the dashboard (jose, verified)
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { NextRequest, NextResponse } from 'next/server';

const JWKS = createRemoteJWKSet(new URL('https://id.example.com/.well-known/jwks.json'));

export async function middleware(request: NextRequest) {
  const token = request.cookies.get('session')?.value;
  if (!token) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
  const { kid } = decodeProtectedHeader(token);
  try {
    const { payload } = await jwtVerify(token, JWKS, {
      issuer: 'https://id.example.com',
      audience: 'dashboard',
      algorithms: ['ES256'],
    });
    const headers = new Headers(request.headers);
    headers.set('x-user-id', String(payload.sub));
    headers.set('x-key-id', String(kid));
    return NextResponse.next({ request: { headers } });
  } catch {
    return NextResponse.redirect(new URL('/login', request.url));
  }
}

export const config = { matcher: ['/dashboard/:path*'] };
