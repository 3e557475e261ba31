#!/usr/bin/env node
// Find TODO/FIXME comments in the source tree and group them by author.
const fs = require("fs");
const path = require("path");

const SOURCE_FILE = /\.(js|ts)$/;

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") walk(full, out);
    else if (SOURCE_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

const byAuthor = {};
for (const file of walk(process.argv[2] || "src")) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    const todo = new RegExp("(TODO|FIXME)\\((\\w+)\\):\\s*(.*)"); // expect: regex-in-loop
    const m = todo.exec(line);
    if (m) {
      (byAuthor[m[2]] = byAuthor[m[2]] || []).push(`${file}:${i + 1} ${m[3]}`);
    }
  });
}
console.log(JSON.stringify(byAuthor, null, 2));
