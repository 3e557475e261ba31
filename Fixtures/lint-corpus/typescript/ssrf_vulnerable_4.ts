import axios from 'axios';
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('target');
  const upstream = await fetch(target!, { cache: 'no-store' }); // expect: ssrf
  return new NextResponse(upstream.body, { status: upstream.status });
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  await axios.post(body.callbackUrl, { event: 'order.created' }); // expect: ssrf
  return NextResponse.json({ delivered: true });
}
