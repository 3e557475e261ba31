import { NextRequest, NextResponse } from 'next/server';
import { getUsage } from '@/lib/usage';

const ALLOWED = new Set((process.env.USAGE_WIDGET_ORIGINS ?? '').split(',').filter(Boolean));

function corsHeaders(request: NextRequest): Record<string, string> {
  const origin = request.headers.get('origin');
  if (!origin || !ALLOWED.has(origin)) {
    return { Vary: 'Origin' };
  }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    Vary: 'Origin',
  };
}

export async function OPTIONS(request: NextRequest) {
  return new NextResponse(null, { status: 204, headers: corsHeaders(request) });
}

export async function GET(request: NextRequest) {
  const team = request.nextUrl.searchParams.get('team') ?? 'default';
  const usage = await getUsage(team, request.cookies.get('session')?.value);
  return NextResponse.json(usage, { headers: corsHeaders(request) });
}
