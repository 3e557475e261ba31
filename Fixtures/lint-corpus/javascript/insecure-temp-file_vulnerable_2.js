#!/usr/bin/env node
// Export the sales table to CSV, then compress it.
const fs = require('fs');
const zlib = require('zlib');

const rows = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const scratch = '/tmp/export.csv'; // expect: insecure-temp-file
fs.writeFileSync(scratch, rows.map((row) => row.join(',')).join('\n'));
fs.writeFileSync('export.csv.gz', zlib.gzipSync(fs.readFileSync(scratch)));
