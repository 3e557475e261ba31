#!/usr/bin/env node
const { program } = require('commander');
const { readFileSync } = require('node:fs');

function pad(text, width) {
  return String(text).padEnd(width);
}

function renderTable(rows) {
  const widths = Object.keys(rows[0]).map((key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length)));
  let out = Object.keys(rows[0]).map((key, i) => pad(key, widths[i])).join('  ') + '\n';
  for (const row of rows) {
    const cells = Object.values(row).map((value, i) => pad(value, widths[i]));
    out += cells.join('  ') + '\n'; // expect: string-concat-in-loop
  }
  return out;
}

program
  .name('deps-table')
  .argument('<lockfile>', 'path to package-lock.json')
  .option('--prod', 'only production dependencies')
  .action((lockfile, options) => {
    const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
    const rows = Object.entries(lock.packages)
      .filter(([path, info]) => path !== '' && (!options.prod || !info.dev))
      .map(([path, info]) => ({ name: path.replace(/^node_modules\//, ''), version: info.version, license: info.license || '?' }));
    process.stdout.write(renderTable(rows));
  });

program.parse();
