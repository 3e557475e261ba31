'use strict';
// Jest custom reporter: summary lines collected in an array and joined once.
const fs = require('node:fs');

class FailureSummaryReporter {
  constructor(globalConfig, options) {
    this.outputFile = (options && options.outputFile) || 'test-failures.txt';
  }

  onRunComplete(_contexts, results) {
    const lines = [`Failed suites: ${results.numFailedTestSuites}`];
    let failures = 0;
    for (const suite of results.testResults) {
      if (suite.numFailingTests === 0) {
        continue;
      }
      failures += suite.numFailingTests;
      lines.push('', suite.testFilePath);
      suite.testResults
        .filter((test) => test.status === 'failed')
        .forEach((test) => lines.push(`  ✕ ${test.fullName}`));
    }
    lines.push('', `${failures} failing tests`);
    fs.writeFileSync(this.outputFile, lines.join('\n') + '\n');
  }
}

module.exports = FailureSummaryReporter;
