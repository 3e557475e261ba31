// app/api/repos/audit/route.ts -- git and npm called without a shell
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { NextRequest, NextResponse } from 'next/server';

const run = promisify(execFile);
const ALLOWED_HOSTS = new Set(['github.com', 'gitlab.com']);
const BRANCH_RE = /^[\w./-]{1,100}$/;
const PKG_RE = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

export async function POST(req: NextRequest) {
  const { repo, branch } = await req.json();
  const url = new URL(repo);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname) || !BRANCH_RE.test(branch)) {
    return NextResponse.json({ error: 'unsupported repository' }, { status: 400 });
  }
  const workdir = `/tmp/audit-${crypto.randomUUID()}`;
  await run('git', ['clone', '--depth', '1', '-b', branch, '--', url.href, workdir]);
  const report = spawnSync('bash', ['-c', 'cd "$1" && npm audit --json', 'audit', workdir], { encoding: 'utf8' });
  return NextResponse.json({ repo: url.href, report: JSON.parse(report.stdout || '{}') });
}

export async function GET(req: NextRequest) {
  const pkg = req.nextUrl.searchParams.get('package') ?? 'left-pad';
  if (!PKG_RE.test(pkg)) {
    return NextResponse.json({ error: 'bad package name' }, { status: 400 });
  }
  const result = spawnSync('npm', ['view', pkg, 'versions', '--json'], { encoding: 'utf8' });
  return NextResponse.json({ versions: JSON.parse(result.stdout || '[]') });
}
