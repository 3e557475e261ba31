#!/usr/bin/env node
// count-lines: print the number of lines of each file given on the command line.
const fs = require('fs');

for (const file of process.argv.slice(2)) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').length;
  process.stdout.write(`${lines}\t${file}\n`);
}
