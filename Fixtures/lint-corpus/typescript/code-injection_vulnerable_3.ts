import vm from 'node:vm';
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const expr = request.nextUrl.searchParams.get('expr');
  const value = eval(expr ?? '0'); // expect: code-injection
  return NextResponse.json({ value });
}

export async function POST(request: NextRequest) {
  const { code } = await request.json();
  const context = vm.createContext({ result: null });
  vm.runInContext(code, context, { timeout: 50 }); // expect: code-injection
  return NextResponse.json({ result: context.result });
}
