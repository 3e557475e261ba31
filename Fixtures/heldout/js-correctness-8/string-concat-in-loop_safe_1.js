#!/usr/bin/env node
const { program } = require('commander');
const { readFileSync } = require('node:fs');

function renderTable(rows) {
  const keys = Object.keys(rows[0]);
  const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length)));
  const lines = [keys.map((key, i) => key.padEnd(widths[i])).join('  ')];
  let longest = 0;
  for (const row of rows) {
    const line = Object.values(row).map((value, i) => String(value).padEnd(widths[i])).join('  ');
    longest = Math.max(longest, line.length);
    lines.push(line);
  }
  return `${lines.join('\n')}\n${'-'.repeat(longest)}\n`;
}

program
  .name('deps-table')
  .argument('<lockfile>', 'path to package-lock.json')
  .action((lockfile) => {
    const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
    const rows = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .map(([path, info]) => ({ name: path.replace(/^node_modules\//, ''), version: info.version }));
    process.stdout.write(renderTable(rows));
  });

program.parse();
