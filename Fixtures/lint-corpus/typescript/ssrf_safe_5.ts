import { NextRequest, NextResponse } from 'next/server';

const API_BASE = 'https://billing.example.com';

export async function GET(request: NextRequest) {
  const customerId = request.nextUrl.searchParams.get('customer') ?? '';
  const upstream = await fetch(`${API_BASE}/v1/customers/${encodeURIComponent(customerId)}`, {
    headers: { authorization: `Bearer ${process.env.BILLING_TOKEN}` },
  });
  return NextResponse.json(await upstream.json());
}
