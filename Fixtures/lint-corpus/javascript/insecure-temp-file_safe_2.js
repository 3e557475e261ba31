#!/usr/bin/env node
// Export the sales table to CSV, then compress it.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const rows = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const outDir = path.resolve(process.argv[3] || 'exports');
fs.mkdirSync(outDir, { recursive: true });
const csv = rows.map((row) => row.join(',')).join('\n');
fs.writeFileSync(path.join(outDir, 'export.csv.gz'), zlib.gzipSync(csv));
