// log-report.js (fixed) - summarise a server log into a plain-text report (Node)
const fs = require("node:fs");

function report(file) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const errorLines = [];
  let errors = 0;
  for (const line of lines) {
    if (line.startsWith("ERROR")) {
      errors += 1;
      errorLines.push(`#${errors} ${line}`);
    }
  }
  const tail = lines.slice(-5).reverse().join("\n");
  let header = `${errors} errors`;
  header += errors > 0 ? " (see below)" : "";
  return `${header}\n${errorLines.join("\n")}\nlast lines:\n${tail}`;
}

console.log(report(process.argv[2]));
