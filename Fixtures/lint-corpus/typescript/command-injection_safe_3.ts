import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { NextRequest, NextResponse } from 'next/server';

const execFileAsync = promisify(execFile);

export async function GET(request: NextRequest) {
  const host = request.nextUrl.searchParams.get('host') ?? 'localhost';
  const { stdout } = await execFileAsync('ping', ['-c', '3', host]);
  return new NextResponse(stdout);
}

export async function POST(request: NextRequest) {
  const { domain } = await request.json();
  const child = spawn('nslookup', [String(domain)], { shell: false });
  return NextResponse.json({ pid: child.pid });
}
