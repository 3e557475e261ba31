import { NextRequest, NextResponse } from 'next/server';

const ALLOWED_PATHS = new Set(['/dashboard', '/settings', '/billing']);

export async function GET(request: NextRequest) {
  const requested = request.nextUrl.searchParams.get('callbackUrl') ?? '';
  const destination = ALLOWED_PATHS.has(requested) ? requested : '/dashboard';
  return NextResponse.redirect(new URL(destination, request.url));
}
