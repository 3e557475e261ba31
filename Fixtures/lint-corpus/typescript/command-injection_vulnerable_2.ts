#!/usr/bin/env ts-node
// deploy.ts: deploy the branch given on the command line.
import { execSync, spawn } from 'child_process';

const branch: string = process.argv[2] ?? 'main';
execSync(`git fetch origin && git checkout ${branch}`, { stdio: 'inherit' }); // expect: command-injection

const message = process.argv.slice(3).join(' ');
const child = spawn('git tag -a release -m "' + message + '"', { shell: true, stdio: 'inherit' }); // expect: command-injection
child.on('exit', (code) => {
  process.exitCode = code ?? 1;
});
