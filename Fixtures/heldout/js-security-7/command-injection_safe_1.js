#!/usr/bin/env node
'use strict';
// Release helper CLI (yargs): tags a build and uploads the artefact, argv arrays only.
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
const { execFile, execFileSync } = require('node:child_process');

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const CHANNELS = new Set(['beta', 'stable', 'nightly']);

function archive(dir, name) {
  return execFileSync('tar', ['-czf', `dist/${name}.tgz`, '-C', dir, '.'], { stdio: 'inherit' });
}

yargs(hideBin(process.argv))
  .command(
    'publish <dir>',
    'archive a build folder and push it',
    (y) => y.positional('dir', { type: 'string' }).option('name', { type: 'string', demandOption: true }),
    (argv) => {
      const channel = argv.channel || 'beta';
      if (!NAME.test(argv.name) || !CHANNELS.has(channel)) {
        throw new Error('invalid name or channel');
      }
      archive(argv.dir, argv.name);
      const target = `s3://${process.env.RELEASE_BUCKET}/${channel}/`;
      execFile('aws', ['s3', 'cp', `dist/${argv.name}.tgz`, target], (err, stdout) => {
        if (err) {
          process.exitCode = 1;
          return;
        }
        process.stdout.write(stdout);
      });
    }
  )
  .demandCommand(1)
  .strict()
  .parse();
