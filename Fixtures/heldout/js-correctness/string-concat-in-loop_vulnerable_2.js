// log-report.js - summarise a server log into a plain-text report (Node)
const fs = require("node:fs");

function report(file) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  let out = "";
  let errors = 0;
  for (const line of lines) {
    if (line.startsWith("ERROR")) {
      errors++;
      out += `#${errors} ${line}\n`; // expect: string-concat-in-loop
    }
  }
  let i = 0;
  let tail = "";
  while (i < Math.min(5, lines.length)) {
    tail = tail + lines[lines.length - 1 - i] + "\n"; // expect: string-concat-in-loop
    i++;
  }
  return `${errors} errors\n${out}\nlast lines:\n${tail}`;
}

console.log(report(process.argv[2]));
