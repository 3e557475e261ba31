#!/usr/bin/env node
const fs = require("fs");
const path = require("path");

const HEADING = /^(#{2,4})\s+(.+)$/;

function slug(text) {
  return text.toLowerCase().replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-");
}

function toc(markdown) {
  const entries = [];
  for (const line of markdown.split("\n")) {
    const match = HEADING.exec(line);
    if (match) {
      const [, hashes, title] = match;
      entries.push(`${"  ".repeat(hashes.length - 2)}- [${title}](#${slug(title)})`);
    }
  }
  return entries.join("\n");
}

const file = path.resolve(process.argv[2]);
const { size, ...rest } = fs.statSync(file);
console.log(`<!-- ${path.basename(file)}, ${size} bytes, modified ${rest.mtime.toISOString()} -->`);
console.log(toc(fs.readFileSync(file, "utf8")));
module.exports = { toc, slug };
