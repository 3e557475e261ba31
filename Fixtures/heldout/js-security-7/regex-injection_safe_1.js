#!/usr/bin/env node
'use strict';
// Log grep CLI (cac): fixed-string search, ignore list matched with includes.
const { cac } = require('cac');
const fs = require('node:fs');
const readline = require('node:readline');

const cli = cac('loggrep');

function lineFilter(options) {
  const ignore = (options.ignore || '').split(',').filter(Boolean);
  return (line) => !ignore.some((word) => line.includes(word));
}

cli
  .command('<needle> [file]', 'print lines containing a fixed string')
  .option('--ignore <list>', 'comma separated strings to skip')
  .action((needle, file, options) => {
    const wanted = options.caseSensitive ? needle : needle.toLowerCase();
    const keep = lineFilter(options);
    const input = file ? fs.createReadStream(file) : process.stdin;
    const rl = readline.createInterface({ input });
    rl.on('line', (line) => {
      const haystack = options.caseSensitive ? line : line.toLowerCase();
      if (haystack.includes(wanted) && keep(line)) {
        process.stdout.write(line + '\n');
      }
    });
  });

cli.help();
cli.parse();
