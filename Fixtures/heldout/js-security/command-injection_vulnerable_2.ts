#!/usr/bin/env node
// deploy.ts: builds a release and syncs it to a host given on the command line.
import { spawn, spawnSync } from 'node:child_process';

interface Options {
  host: string;
  tag: string;
  dir: string;
}

function parseArgs(argv: string[]): Options {
  const [host = 'staging.internal', tag = 'latest', dir = 'dist'] = argv;
  return { host, tag, dir };
}

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { stdio: 'inherit' }); // expect: command-injection
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const steps = [`npm run build -- --tag ${opts.tag}`, `tar czf release.tgz ${opts.dir}`];
  const code = await run(steps.join(' && '));
  if (code !== 0) {
    process.exit(code);
  }
  spawnSync(`rsync -az release.tgz deploy@${opts.host}:/srv/app/`, { shell: true, stdio: 'inherit' }); // expect: command-injection
}

main();
