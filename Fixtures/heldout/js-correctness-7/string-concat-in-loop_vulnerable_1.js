'use strict';
// Jest custom reporter: writes a plain-text summary of failed tests for the CI comment.
const fs = require('node:fs');

class FailureSummaryReporter {
  constructor(globalConfig, options) {
    this.outputFile = (options && options.outputFile) || 'test-failures.txt';
  }

  onRunComplete(_contexts, results) {
    let text = `Failed suites: ${results.numFailedTestSuites}\n`;
    for (const suite of results.testResults) {
      if (suite.numFailingTests === 0) {
        continue;
      }
      text += `\n${suite.testFilePath}\n`; // expect: string-concat-in-loop
      suite.testResults
        .filter((test) => test.status === 'failed')
        .forEach((test) => {
          text = text + '  ✕ ' + test.fullName + '\n'; // expect: string-concat-in-loop
        });
    }
    fs.writeFileSync(this.outputFile, text);
  }
}

module.exports = FailureSummaryReporter;
