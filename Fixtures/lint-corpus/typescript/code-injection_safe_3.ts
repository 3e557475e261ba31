import vm from 'node:vm';
import { NextRequest, NextResponse } from 'next/server';

const scoring = new vm.Script('result = base * weight');

export async function GET(request: NextRequest) {
  const expr = request.nextUrl.searchParams.get('expr');
  const value = Number(expr ?? '0');
  return NextResponse.json({ value });
}

export async function POST(request: NextRequest) {
  const { base, weight } = await request.json();
  const context = vm.createContext({ base: Number(base), weight: Number(weight), result: 0 });
  scoring.runInContext(context, { timeout: 50 });
  return NextResponse.json({ result: context.result });
}
