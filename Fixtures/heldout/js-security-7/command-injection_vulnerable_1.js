#!/usr/bin/env node
'use strict';
// Release helper CLI (yargs): tags a build and uploads the artefact.
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
const { exec, execSync } = require('node:child_process');

function archive(dir, name) {
  const cmd = 'tar -czf dist/' + name + '.tgz -C ' + dir + ' .';
  return execSync(cmd, { stdio: 'inherit' }); // expect: command-injection
}

yargs(hideBin(process.argv))
  .command(
    'publish <dir>',
    'archive a build folder and push it',
    (y) => y.positional('dir', { type: 'string' }).option('name', { type: 'string', demandOption: true }),
    (argv) => {
      archive(argv.dir, argv.name);
      const bucket = process.env.RELEASE_BUCKET;
      const upload = `aws s3 cp dist/${argv.name}.tgz s3://${bucket}/${argv.channel || 'beta'}/`;
      exec(upload, (err, stdout) => { // expect: command-injection
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
