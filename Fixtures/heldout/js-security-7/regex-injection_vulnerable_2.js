#!/usr/bin/env node
'use strict';
// Log grep CLI (cac): searches rotated logs for a pattern given on the command line.
const { cac } = require('cac');
const fs = require('node:fs');
const readline = require('node:readline');

const cli = cac('loggrep');

function lineFilter(options) {
  const ignore = (options.ignore || '').split(',').filter(Boolean);
  const skip = ignore.length > 0 ? new RegExp(ignore.join('|')) : null; // expect: regex-injection
  return (line) => !(skip && skip.test(line));
}

cli
  .command('<pattern> [file]', 'print matching lines')
  .option('--ignore <list>', 'comma separated patterns to skip')
  .action((pattern, file, options) => {
    const match = new RegExp(pattern, options.caseSensitive ? '' : 'i'); // expect: regex-injection
    const keep = lineFilter(options);
    const input = file ? fs.createReadStream(file) : process.stdin;
    const rl = readline.createInterface({ input });
    rl.on('line', (line) => {
      if (match.test(line) && keep(line)) {
        process.stdout.write(line + '\n');
      }
    });
  });

cli.help();
cli.parse();
