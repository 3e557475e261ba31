// Node CLI: turn a Jest JSON report into a JUnit-style XML file for the CI server.
const fs = require("node:fs");

function escapeXml(text) {
  return String(text).replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]);
}

function testCase(test) {
  const open = `    <testcase name="${escapeXml(test.fullName)}" time="${(test.duration || 0) / 1000}"`;
  return test.status === "failed"
    ? `${open}><failure>${escapeXml(test.failureMessages.join("\n"))}</failure></testcase>`
    : `${open}/>`;
}

function toJUnit(report) {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<testsuites>"];
  let total = 0;
  for (const suite of report.testResults) {
    total += suite.assertionResults.length;
    parts.push(`  <testsuite name="${escapeXml(suite.name)}" tests="${suite.assertionResults.length}">`);
    parts.push(...suite.assertionResults.map(testCase));
    parts.push("  </testsuite>");
  }
  let xml = parts.join("\n");
  xml += `\n</testsuites>\n<!-- ${total} tests -->\n`;
  return xml;
}

const [input, output] = process.argv.slice(2);
fs.writeFileSync(output, toJUnit(JSON.parse(fs.readFileSync(input, "utf8"))));
