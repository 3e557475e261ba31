import { NextRequest, NextResponse } from 'next/server';
import { getUsage } from '@/lib/usage';

function corsHeaders(request: NextRequest): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*', // expect: cors-misconfiguration
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
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
