// Node CLI: turn a Jest JSON report into a JUnit-style XML file for the CI server.
const fs = require("node:fs");

function escapeXml(text) {
  return String(text).replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]);
}

function toJUnit(report) {
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n';
  for (const suite of report.testResults) {
    xml += `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.assertionResults.length}">\n`;  // expect: string-concat-in-loop
    suite.assertionResults.forEach((test) => {
      xml += `    <testcase name="${escapeXml(test.fullName)}" time="${(test.duration || 0) / 1000}"`;  // expect: string-concat-in-loop
      xml = xml + (test.status === "failed" ? `><failure>${escapeXml(test.failureMessages.join("\n"))}</failure></testcase>\n` : "/>\n");  // expect: string-concat-in-loop
    });
    xml += "  </testsuite>\n";  // expect: string-concat-in-loop
  }
  return xml + "</testsuites>\n";
}

const [input, output] = process.argv.slice(2);
fs.writeFileSync(output, toJUnit(JSON.parse(fs.readFileSync(input, "utf8"))));
