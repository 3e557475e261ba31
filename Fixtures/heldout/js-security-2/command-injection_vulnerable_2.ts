// app/api/repos/audit/route.ts -- Next.js route handler that audits a git repository
import { exec, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { NextRequest, NextResponse } from 'next/server';

const sh = promisify(exec);

export async function POST(req: NextRequest) {
  const { repo, branch } = await req.json();
  const workdir = `/tmp/audit-${crypto.randomUUID()}`;
  await sh('git clone --depth 1 -b ' + branch + ' ' + repo + ' ' + workdir); // expect: command-injection
  const report = spawnSync('/bin/bash', ['-lc', `cd ${workdir} && npm audit --json`], { encoding: 'utf8' });
  return NextResponse.json({ repo, report: JSON.parse(report.stdout || '{}') });
}

export async function GET(req: NextRequest) {
  const pkg = req.nextUrl.searchParams.get('package') ?? 'left-pad';
  const script = `npm view ${pkg} versions --json`;
  const result = spawnSync('/bin/bash', ['-c', script], { encoding: 'utf8' }); // expect: command-injection
  return NextResponse.json({ versions: JSON.parse(result.stdout || '[]') });
}
