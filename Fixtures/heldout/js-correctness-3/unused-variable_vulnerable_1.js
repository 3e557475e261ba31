#!/usr/bin/env node
// Generate a table of contents for a Markdown file.
const fs = require("fs");
const path = require("path"); // expect: unused-variable

const HEADING = /^(#{2,4})\s+(.+)$/;

function slug(text) {
  return text.toLowerCase().replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-");
}

function toc(markdown) {
  const lines = markdown.split("\n");
  const entries = [];
  let inFence = false;
  for (const line of lines) {
    if (line.startsWith("```")) {
      inFence = !inFence;
      continue;
    }
    const match = !inFence && HEADING.exec(line);
    if (match) {
      const [, hashes, title] = match;
      const depth = hashes.length - 2;
      const anchor = slug(title);
      const label = title.trim(); // expect: unused-variable
      entries.push(`${"  ".repeat(depth)}- [${title}](#${anchor})`);
    }
  }
  return entries.join("\n");
}

function writeBack(file, tocText) { // expect: unused-variable
  const text = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, text.replace(/<!-- toc -->[\s\S]*?<!-- tocstop -->/, `<!-- toc -->\n${tocText}\n<!-- tocstop -->`));
}

const file = process.argv[2];
console.log(toc(fs.readFileSync(file, "utf8")));
