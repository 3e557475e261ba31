#!/usr/bin/env ts-node
// deploy.ts: deploy the branch given on the command line.
import { execFileSync, execSync, spawn } from 'child_process';

const branch: string = process.argv[2] ?? 'main';
execSync('git fetch origin', { stdio: 'inherit' });
execFileSync('git', ['checkout', branch], { stdio: 'inherit' });

const message = process.argv.slice(3).join(' ');
const child = spawn('git', ['tag', '-a', 'release', '-m', message], { stdio: 'inherit' });
child.on('exit', (code) => {
  process.exitCode = code ?? 1;
});
