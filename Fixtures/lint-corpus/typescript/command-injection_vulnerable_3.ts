import * as cp from 'node:child_process';
import util from 'node:util';
import { NextRequest, NextResponse } from 'next/server';

const execP = util.promisify(cp.exec);

export async function GET(request: NextRequest) {
  const host = request.nextUrl.searchParams.get('host') ?? 'localhost';
  const { stdout } = await execP(`ping -c 3 ${host}`); // expect: command-injection
  return new NextResponse(stdout);
}

export async function POST(request: NextRequest) {
  const { domain } = await request.json();
  const child = cp.spawn(`nslookup ${domain}`, { shell: true }); // expect: command-injection
  return NextResponse.json({ pid: child.pid });
}
