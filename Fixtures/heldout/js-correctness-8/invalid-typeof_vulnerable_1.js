#!/usr/bin/env node
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
const { startPreview } = require('./preview');

function checkOptions(argv) {
  if (typeof argv.port !== 'integer') { // expect: invalid-typeof
    throw new Error('--port must be a whole number');
  }
  if (argv.open && typeof argv.open !== 'boolean' && typeof argv.open !== 'strng') { // expect: invalid-typeof
    throw new Error('--open takes a browser name or nothing');
  }
  return true;
}

yargs(hideBin(process.argv))
  .command(
    'preview <dir>',
    'serve a built site locally',
    (y) => y.positional('dir', { type: 'string' }).option('port', { type: 'number', default: 4173 }).option('open'),
    (argv) => startPreview(argv.dir, { port: argv.port, open: argv.open }),
  )
  .check(checkOptions)
  .strict()
  .parse();
